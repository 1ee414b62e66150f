import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { StatusTag } from '../../../components/status-tag'
import { StateView } from '../../../components/state-view'
import { useRemote } from '../../../components/use-remote'
import { CASE_PAGE } from '../../../core/case-pages'
import type { CaseStatus } from '../../../core/case-states'
import { CASE_TEXT_MAX, CASE_TEXT_MIN, MINUTES_MAX, MOBILE_PATTERN } from '../../../core/limits'
import type { AdvanceQuestion, NoticeView, ReceptionRecordView } from '../../../core/reception-views'
import { formatShanghai, shanghaiDay } from '../../../core/time'
import { ApiError, callFunction, errorMessage } from '../../../services/api'
import { nav, stopPullDownRefresh, toast } from '../../../services/platform'
import { storage } from '../../../services/storage'
import { useAppStore } from '../../../store'

interface Board {
  questions: AdvanceQuestion[]
  records: ReceptionRecordView[]
}

interface Request {
  category: string
  text: string
  name: string
  phone: string
}

interface Draft {
  day: string
  minutes: string
  attendance: string
  present: string[]
  requests: Request[]
}

const EMPTY_REQUEST: Request = { category: '', text: '', name: '', phone: '' }
const draftKey = (id: string) => `reception-record-${id}`

/** Says what is wrong before anything is sent. */
function problemOf(d: Draft): string | null {
  if (d.minutes.trim().length < 10) return '请填写接待纪要（至少 10 个字）'
  if (!/^\d+$/.test(d.attendance.trim())) return '请填写到场群众人数'
  for (const [i, r] of d.requests.entries()) {
    if (!r.category) return `第 ${i + 1} 条现场诉求：请选择类别`
    if (r.text.trim().length < CASE_TEXT_MIN) return `第 ${i + 1} 条现场诉求：请把问题写清楚（至少 ${CASE_TEXT_MIN} 个字）`
    if (r.phone && !MOBILE_PATTERN.test(r.phone)) return `第 ${i + 1} 条现场诉求：手机号应为 11 位`
  }
  return null
}

/**
 * A reception day's questions sent in before it (提前征集), and its record after: staff write
 * the minutes, attendance and who attended, and each on-site request becomes a case.
 */
export default function ReceptionRecord() {
  const id = useRouter().params.id ?? ''
  const user = useAppStore((s) => s.user)
  const notice = useRemote(() => callFunction<NoticeView & { categories: string[] }>('notices', { action: 'get', id }, { auth: false }), [id])
  const board = useRemote(() => callFunction<Board>('notices', { action: 'records', id }), [id])
  const [draft, setDraft] = useState<Draft>(() => storage.get<Draft>(draftKey(id)) ?? { day: shanghaiDay(new Date()), minutes: '', attendance: '', present: [], requests: [] })
  const [problem, setProblem] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  usePullDownRefresh(() => void Promise.all([notice.reload(), board.reload()]).finally(stopPullDownRefresh))

  const update = (patch: Partial<Draft>) =>
    setDraft((d) => {
      const next = { ...d, ...patch }
      storage.set(draftKey(id), next)
      return next
    })
  const updateRequest = (i: number, patch: Partial<Request>) => update({ requests: draft.requests.map((r, j) => (j === i ? { ...r, ...patch } : r)) })

  const send = async () => {
    const p = problemOf(draft)
    setProblem(p)
    if (p) return
    setSending(true)
    try {
      const r = await callFunction<Board>('notices', {
        action: 'record',
        id,
        day: draft.day,
        minutes: draft.minutes.trim(),
        attendance: Number(draft.attendance),
        deputiesPresent: draft.present,
        requests: draft.requests.map((q) => ({
          category: q.category,
          text: q.text.trim(),
          ...(q.name.trim() ? { name: q.name.trim() } : {}),
          ...(q.phone ? { phone: q.phone } : {}),
        })),
      })
      storage.remove(draftKey(id))
      board.replace(r)
      toast(draft.requests.length ? `已登记，${draft.requests.length} 条现场诉求已转为工单` : '接待记录已登记', 'success')
    } catch (e) {
      if (e instanceof ApiError && (e.code === 'VALIDATION' || e.code === 'CONFLICT')) setProblem(e.message)
      else toast(`${errorMessage(e)}，内容已保存`)
    } finally {
      setSending(false)
    }
  }

  const n = notice.data
  const isStaff = !!n && user?.role === 'staff' && user.stationId === n.stationId
  const caseLink = (caseId: string) => user && nav.to(`${CASE_PAGE[user.role]}?id=${caseId}`)
  return (
    <View className='page'>
      <StateView loading={notice.loading} error={notice.error} onRetry={notice.reload}>
        {n && (
          <View className='card'>
            <Text className='section-title'>{n.theme}</Text>
            <Text className='muted'>
              {n.stationName} · {n.when}
            </Text>
          </View>
        )}
      </StateView>
      <StateView loading={board.loading} error={board.error} onRetry={board.reload}>
        {board.data && (
          <>
            <View className='card'>
              <Text className='section-title'>提前征集的问题（{board.data.questions.length}）</Text>
              {board.data.questions.length === 0 && <Text className='muted'>还没有群众提前提问</Text>}
              {board.data.questions.map((q) => (
                <View key={q.id} className='list-item advance-question' onClick={() => caseLink(q.id)}>
                  <View className='row row--between'>
                    <Text className='muted'>
                      {q.number} · {q.category} · {formatShanghai(q.createdAt)}
                    </Text>
                    <StatusTag status={q.status as CaseStatus} />
                  </View>
                  <Text className='advance-question__text'>{q.text}</Text>
                </View>
              ))}
            </View>
            {board.data.records.map((r) => (
              <View key={r.id} className='card reception-record'>
                <Text className='section-title'>{r.day} 接待记录</Text>
                <Text className='field-value record-attendance'>到场群众 {r.attendance} 人{r.deputiesPresent.length ? `，到场代表：${r.deputiesPresent.join('、')}` : ''}</Text>
                <Text className='record-minutes'>{r.minutes}</Text>
                {r.requests.map((c) => (
                  <View key={c.id} className='row row--between list-item record-request' onClick={() => caseLink(c.id)}>
                    <Text>
                      {c.number} · {c.category}
                    </Text>
                    <StatusTag status={c.status as CaseStatus} />
                  </View>
                ))}
              </View>
            ))}
          </>
        )}
      </StateView>
      {isStaff && n && (
        <View className='card record-form'>
          <Text className='section-title'>登记接待记录</Text>
          <Text className='field-label'>接待日期</Text>
          <Picker mode='date' value={draft.day} end={shanghaiDay(new Date())} onChange={(e) => update({ day: e.detail.value })}>
            <Text className='input record-day'>{draft.day}</Text>
          </Picker>
          <Text className='field-label'>到场代表</Text>
          <View className='chips'>
            {n.deputies.map((d) => (
              <Text
                key={d.id}
                className={`chip present ${draft.present.includes(d.id) ? 'chip--on' : ''}`}
                onClick={() => update({ present: draft.present.includes(d.id) ? draft.present.filter((x) => x !== d.id) : [...draft.present, d.id] })}
              >
                {d.name}
              </Text>
            ))}
          </View>
          <Text className='field-label'>到场群众人数</Text>
          <Input className='input attendance' type='number' value={draft.attendance} onInput={(e) => update({ attendance: e.detail.value })} />
          <Text className='field-label'>接待纪要</Text>
          <View className='textarea textarea--short'>
            <Textarea className='minutes' value={draft.minutes} maxlength={MINUTES_MAX} placeholder='群众反映了哪些问题，代表如何答复' onInput={(e) => update({ minutes: e.detail.value })} />
          </View>
          {draft.requests.map((r, i) => (
            <View key={i} className='onsite-request'>
              <View className='row row--between'>
                <Text className='section-title'>现场诉求 {i + 1}</Text>
                <Text className='link remove-request' onClick={() => update({ requests: draft.requests.filter((_, j) => j !== i) })}>
                  删除
                </Text>
              </View>
              <View className='chips'>
                {n.categories.map((c) => (
                  <Text key={c} className={`chip ${r.category === c ? 'chip--on' : ''}`} onClick={() => updateRequest(i, { category: c })}>
                    {c}
                  </Text>
                ))}
              </View>
              <View className='textarea textarea--short'>
                <Textarea className='request-text' value={r.text} maxlength={CASE_TEXT_MAX} placeholder='群众反映的问题' onInput={(e) => updateRequest(i, { text: e.detail.value })} />
              </View>
              <Input className='input request-name' value={r.name} maxlength={20} placeholder='反映人姓名（选填）' onInput={(e) => updateRequest(i, { name: e.detail.value })} />
              <Input className='input request-phone' type='number' value={r.phone} maxlength={11} placeholder='联系电话（选填）' onInput={(e) => updateRequest(i, { phone: e.detail.value })} />
            </View>
          ))}
          <Button className='btn btn--ghost add-request' onClick={() => update({ requests: [...draft.requests, EMPTY_REQUEST] })}>
            添加一条现场诉求
          </Button>
          {problem && <Text className='error-text'>{problem}</Text>}
          <Button className='btn btn--primary save-record' loading={sending} disabled={sending} onClick={send}>
            登记
          </Button>
          <Text className='hint'>登记后，每条现场诉求都会转为工单，进入五单流程</Text>
        </View>
      )}
    </View>
  )
}
