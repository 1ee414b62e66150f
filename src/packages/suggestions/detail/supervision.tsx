import { Input, Picker, Switch, Text, View } from '@tarojs/components'
import dayjs from 'dayjs'
import { useState } from 'react'
import { labelled } from '../../../components/a11y'
import { Button } from '../../../components/button'
import { Choice } from '../../../components/choice'
import type { SuggestionView } from '../../../core/suggestions/types'
import { shanghaiDay } from '../../../core/time'
import * as api from '../../../services/api/suggestions'
import { toast } from '../../../services/platform'
import { useMove, type Props } from './use-move'

type Own = Omit<Props, 'user'>

/** 督办 as everyone reading it sees it: overdue, 重点督办 with its leader and milestones, the requests for more time. */
export function SupervisionCard({ s }: { s: SuggestionView }) {
  const today = shanghaiDay(new Date())
  if (!s.overdue && !s.key && !s.extensions.length) return null
  return (
    <View className='card supervision'>
      {s.overdue && <Text className='warning suggestion-overdue'>{`已超过答复期限（${s.dueOn}）`}</Text>}
      {s.key && <Text className='section-title'>{`重点督办${s.leader ? ` · 督办领导：${s.leader}` : ''}`}</Text>}
      {s.milestones.map((m, i) => (
        <Text key={i} className={`field-value milestone ${!m.doneAt && m.due < today ? 'warning' : ''}`}>
          {`${m.doneAt ? '✓ 已完成' : m.due < today ? '！已逾期' : '○ 未完成'} ${m.title}（${m.due} 前）`}
        </Text>
      ))}
      {s.extensions.map((x, i) => (
        <Text key={i} className='hint extension'>
          {`申请延期至 ${x.until}：${x.reason} · ${x.approved === null ? '待人大办审批' : x.approved ? '已同意' : `不同意：${x.decision}`}`}
        </Text>
      ))}
    </View>
  )
}

/** The lead unit: before signing, ask for another unit (申请调整); once signed, ask for more time (延期). */
export function UnitRequests({ s, onDone }: Own) {
  const { busy, go } = useMove(onDone)
  const [reason, setReason] = useState('')
  // One month more is proposed; the unit may pick another day.
  const [until, setUntil] = useState(s.dueOn ? dayjs(s.dueOn).add(1, 'month').format('YYYY-MM-DD') : '')
  const lead = s.units.find((u) => u.role === 'lead')
  if (!s.you.leadUnit || s.status !== 'assigned' || !lead) return null
  if (!s.you.signed)
    return lead.redirect ? null : (
      <View className='card redirect-form'>
        <Text className='section-title'>申请调整承办单位</Text>
        <Input {...labelled('申请调整的理由')} className='input redirect-reason' value={reason} maxlength={500} placeholder='为什么不应由本单位主办' onInput={(e) => setReason(e.detail.value)} />
        <Button className='btn btn--ghost ask-redirect' disabled={busy} onClick={() => void go('已提交人大办', () => api.redirectSuggestion({ id: s.id, reason: reason.trim() }))}>申请调整</Button>
      </View>
    )
  if (s.extensions.some((x) => x.approved === null)) return null
  return (
    <View className='card extend-form'>
      <Text className='section-title'>申请延期（经人大办同意，自交办起不超过 6 个月）</Text>
      <Picker mode='date' value={until || s.dueOn || ''} start={s.dueOn ?? undefined} onChange={(e) => setUntil(e.detail.value)}>
        <Text className='link extend-until'>{until ? `延期至 ${until}（点击修改）` : '选择延期后的答复期限'}</Text>
      </Picker>
      <Input {...labelled('延期理由')} className='input extend-reason' value={reason} maxlength={500} placeholder='延期理由' onInput={(e) => setReason(e.detail.value)} />
      <Button className='btn btn--ghost ask-extension' disabled={busy || !until} onClick={() => void go('已申请延期', () => api.extendSuggestion({ id: s.id, until, reason: reason.trim() }))}>申请延期</Button>
    </View>
  )
}

/** The office: decide a request for more time, press an overdue suggestion (督办), name it 重点督办 with its leader and milestones. */
export function OfficeSupervision({ s, onDone }: Own) {
  const { busy, go } = useMove(onDone)
  const [note, setNote] = useState('')
  const [leader, setLeader] = useState('')
  const [milestones, setMilestones] = useState(s.milestones.map(({ title, due }) => ({ title, due })))
  const pending = s.extensions.find((x) => x.approved === null)
  const decide = (approve: boolean) => void go(approve ? '已同意延期' : '已不同意延期', () => api.decideExtension({ id: s.id, approve, ...(note.trim() ? { reason: note.trim() } : {}) }))
  const edit = (i: number, m: Partial<{ title: string; due: string }>) => setMilestones((all) => all.map((x, j) => (j === i ? { ...x, ...m } : x)))
  if (!s.leaderOptions) return null
  return (
    <View className='card office-supervision'>
      {(pending || s.overdue) && (
        <Input {...labelled('意见')} className='input supervise-note' value={note} maxlength={500} placeholder={pending ? '审批意见（不同意时必填）' : '督办意见（可不填）'} onInput={(e) => setNote(e.detail.value)} />
      )}
      {pending && (
        <View className='row row--wrap'>
          <Button className='btn btn--primary approve-extension' disabled={busy} onClick={() => decide(true)}>{`同意延期至 ${pending.until}`}</Button>
          <Button className='btn btn--ghost refuse-extension' disabled={busy} onClick={() => decide(false)}>不同意</Button>
        </View>
      )}
      {s.overdue && (
        <Button className='btn btn--primary supervise-suggestion' disabled={busy} onClick={() => void go('已督办', () => api.superviseSuggestion({ id: s.id, ...(note.trim() ? { note: note.trim() } : {}) }))}>督办</Button>
      )}
      <Text className='section-title'>{s.key ? '重点督办：调整督办领导和办理节点' : '列为重点督办'}</Text>
      <View className='chips'>{s.leaderOptions.map((l) => <Choice key={l.id} className='pick-leader' on={leader === l.id} onPick={() => setLeader(leader === l.id ? '' : l.id)}>{l.label}</Choice>)}</View>
      {!s.leaderOptions.length && <Text className='hint'>本区还没有人大办领导账号，可以先列为重点督办，之后再指定督办领导。</Text>}
      {milestones.map((m, i) => (
        <View key={i} className='row milestone-row'>
          <Input {...labelled(`第 ${i + 1} 个节点`)} className='input milestone-title' value={m.title} maxlength={60} placeholder='节点名称' onInput={(e) => edit(i, { title: e.detail.value })} />
          <Picker mode='date' value={m.due} onChange={(e) => edit(i, { due: e.detail.value })}>
            <Text className='link milestone-due'>{m.due || '完成时间'}</Text>
          </Picker>
        </View>
      ))}
      <Text className='link add-milestone' onClick={() => setMilestones((all) => [...all, { title: '', due: s.dueOn ?? '' }])}>＋添加办理节点</Text>
      <Button className='btn btn--ghost prioritize-suggestion' disabled={busy} onClick={() => {
        if (milestones.some((m) => !m.title.trim() || !m.due)) return void toast('请填写每个节点的名称和完成时间')
        void go('已列为重点督办', () => api.prioritizeSuggestion({ id: s.id, ...(leader ? { leaderUserId: leader } : {}), milestones: milestones.map((m) => ({ title: m.title.trim(), due: m.due })) }))
      }}>
        {s.key ? '保存' : '列为重点督办'}
      </Button>
    </View>
  )
}

/** The lead unit's progress: each quarter on a B answer until done (回头看), or a 重点督办 one's milestones while handled. */
export function ProgressForm({ s, onDone }: Own) {
  const { busy, go } = useMove(onDone)
  const [percent, setPercent] = useState('')
  const [note, setNote] = useState('')
  const [done, setDone] = useState(false)
  const [reached, setReached] = useState<number | null>(null)
  const answered = s.status === 'answered' || s.status === 'closed'
  const send = () => {
    const n = Number(percent)
    if (!Number.isInteger(n) || n < 0 || n > 100) return void toast('完成进度请填写 0 到 100 的整数')
    void go('已报告进展', () => api.reportProgress({ id: s.id, percent: n, note: note.trim(), ...(answered ? { done } : {}), ...(reached === null ? {} : { milestoneIndex: reached }) }))
  }
  return (
    <View className='card progress-form'>
      <Text className='section-title'>{answered ? '办理进展（B 类答复每季度报告，直至办结）' : '办理进展（重点督办）'}</Text>
      <Input {...labelled('完成进度（%）')} className='input input--short progress-percent' type='number' value={percent} maxlength={3} placeholder='完成进度 %' onInput={(e) => setPercent(e.detail.value)} />
      <Input {...labelled('进展情况')} className='input progress-note' value={note} maxlength={500} placeholder='这一季度做了什么' onInput={(e) => setNote(e.detail.value)} />
      {s.milestones.some((m) => !m.doneAt) && <Text className='field-label'>完成了哪个节点（可不选）</Text>}
      <View className='chips'>
        {s.milestones.map((m, i) => !m.doneAt && <Choice key={i} className='reach-milestone' on={reached === i} onPick={() => setReached(reached === i ? null : i)}>{m.title}</Choice>)}
      </View>
      {answered && (
        <View className='row'>
          <Switch {...labelled('已经办结')} className='progress-done' checked={done} onChange={(e) => setDone(e.detail.value)} />
          <Text className='field-value'>已经办结</Text>
        </View>
      )}
      <Button className='btn btn--primary send-progress' disabled={busy} onClick={send}>报告进展</Button>
    </View>
  )
}
