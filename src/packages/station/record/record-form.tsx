import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { useFormSend } from '../../../components/use-form-send'
import { CASE_TEXT_MAX, CASE_TEXT_MIN, MINUTES_MAX, MOBILE_PATTERN } from '../../../core/limits'
import type { NoticeView } from '../../../core/reception/views'
import { shanghaiDay } from '../../../core/time'
import { getConsultation } from '../../../services/api/legislation'
import { recordReceptionDay, type ReceptionBoard } from '../../../services/api/reception-days'
import { toast } from '../../../services/platform'
import { useDraft } from '../../../store/use-draft'
import { labelled } from '../../../components/a11y'
import { Choice } from '../../../components/choice'
import { useRemote } from '../../../components/use-remote'

interface Request {
  category: string
  /** At a forum: the article the opinion is on ('' the whole draft). */
  articleId?: string
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

/** Says what is wrong before anything is sent. */
function problemOf(d: Draft, forum: boolean): string | null {
  if (d.minutes.trim().length < 10) return '请填写接待纪要（至少 10 个字）'
  if (!/^\d+$/.test(d.attendance.trim())) return '请填写到场群众人数'
  for (const [i, r] of d.requests.entries()) {
    if (!forum && !r.category) return `第 ${i + 1} 条现场诉求：请选择类别`
    const what = forum ? '发言意见' : '现场诉求'
    if (r.text.trim().length < CASE_TEXT_MIN) return `第 ${i + 1} 条${what}：请把${forum ? '意见' : '问题'}写清楚（至少 ${CASE_TEXT_MIN} 个字）`
    if (r.phone && !MOBILE_PATTERN.test(r.phone)) return `第 ${i + 1} 条${what}：手机号应为 11 位`
  }
  return null
}

/**
 * The staff's record of a reception day: minutes, attendance, deputies present, and each on-site
 * request (a case once sent); at a forum on a draft law, each opinion voiced, by article (a comment on the draft).
 */
export function RecordForm({ notice, onRecorded }: { notice: NoticeView & { categories: string[] }; onRecorded(board: ReceptionBoard): void }) {
  const forum = !!notice.consultationId
  const law = useRemote(notice.consultationId ? () => getConsultation({ id: notice.consultationId! }) : null, [notice.consultationId])
  const what = forum ? '发言意见' : '现场诉求'
  const [draft, update, clear] = useDraft<Draft>(`record:${notice.id}`, () => ({ day: shanghaiDay(new Date()), minutes: '', attendance: '', present: [], requests: [] }))
  const { problem, sending, send: sendForm } = useFormSend(() => problemOf(draft, forum), ['VALIDATION', 'CONFLICT'])
  const updateRequest = (i: number, patch: Partial<Request>) => update((d) => ({ requests: d.requests.map((r, j) => (j === i ? { ...r, ...patch } : r)) }))

  const send = () =>
    sendForm(async () => {
      const board = await recordReceptionDay({
        id: notice.id,
        day: draft.day,
        minutes: draft.minutes.trim(),
        attendance: Number(draft.attendance),
        deputiesPresent: draft.present,
        requests: draft.requests.map((q) => ({
          ...(forum ? (q.articleId ? { articleId: q.articleId } : {}) : { category: q.category }),
          text: q.text.trim(),
          ...(q.name.trim() ? { name: q.name.trim() } : {}),
          ...(q.phone ? { phone: q.phone } : {}),
        })),
      })
      clear()
      onRecorded(board)
      toast(!draft.requests.length ? '接待记录已登记' : forum ? `已登记，${draft.requests.length} 条发言意见已记入草案` : `已登记，${draft.requests.length} 条现场诉求已转为工单`, 'success')
    })

  return (
    <View className='card record-form'>
      <Text className='section-title'>登记接待记录</Text>
      <Text className='field-label'>接待日期</Text>
      <Picker mode='date' value={draft.day} end={shanghaiDay(new Date())} onChange={(e) => update({ day: e.detail.value })}>
        <Text className='input record-day'>{draft.day}</Text>
      </Picker>
      <Text className='field-label'>到场代表</Text>
      <View className='chips'>
        {notice.deputies.map((d) => (
          <Choice
            key={d.id}
            className='present'
            on={draft.present.includes(d.id)}
            multi
            onPick={() => update((f) => ({ present: f.present.includes(d.id) ? f.present.filter((x) => x !== d.id) : [...f.present, d.id] }))}
          >
            {d.name}
          </Choice>
        ))}
      </View>
      <Text className='field-label'>到场群众人数</Text>
      <Input {...labelled('到场群众人数')} className='input attendance' type='number' value={draft.attendance} onInput={(e) => update({ attendance: e.detail.value })} />
      <Text className='field-label'>接待纪要</Text>
      <View className='textarea textarea--short'>
        <Textarea className='minutes' value={draft.minutes} maxlength={MINUTES_MAX} placeholder='群众反映了哪些问题，代表如何答复' onInput={(e) => update({ minutes: e.detail.value })} />
      </View>
      {draft.requests.map((r, i) => (
        <View key={i} className='onsite-request'>
          <View className='row row--between'>
            <Text className='section-title'>{`${what} ${i + 1}`}</Text>
            <Text className='link remove-request' onClick={() => update((d) => ({ requests: d.requests.filter((_, j) => j !== i) }))}>
              删除
            </Text>
          </View>
          <View className='chips'>
            {forum ? (
              <>
                <Choice className='request-article' on={!r.articleId} onPick={() => updateRequest(i, { articleId: '' })}>整部草案</Choice>
                {(law.data?.articles ?? []).map((a) => (
                  <Choice key={a.id} className='request-article' on={r.articleId === a.id} onPick={() => updateRequest(i, { articleId: a.id })}>{a.label}</Choice>
                ))}
              </>
            ) : (
              notice.categories.map((c) => (
                <Choice key={c} on={r.category === c} onPick={() => updateRequest(i, { category: c })}>
                  {c}
                </Choice>
              ))
            )}
          </View>
          <View className='textarea textarea--short'>
            <Textarea className='request-text' value={r.text} maxlength={CASE_TEXT_MAX} placeholder='群众反映的问题' onInput={(e) => updateRequest(i, { text: e.detail.value })} />
          </View>
          <Input className='input request-name' value={r.name} maxlength={20} placeholder='反映人姓名（选填）' onInput={(e) => updateRequest(i, { name: e.detail.value })} />
          <Input className='input request-phone' type='number' value={r.phone} maxlength={11} placeholder='联系电话（选填）' onInput={(e) => updateRequest(i, { phone: e.detail.value })} />
        </View>
      ))}
      <Button className='btn btn--ghost add-request' onClick={() => update((d) => ({ requests: [...d.requests, EMPTY_REQUEST] }))}>
        {`添加一条${what}`}
      </Button>
      {problem && <Text className='error-text'>{problem}</Text>}
      <Button className='btn btn--primary save-record' loading={sending} disabled={sending} onClick={send}>
        登记
      </Button>
      <Text className='hint'>{forum ? '登记后，每条发言意见都记入草案的征求意见，由联系点整理' : '登记后，每条现场诉求都会转为工单，进入五单流程'}</Text>
    </View>
  )
}
