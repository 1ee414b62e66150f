import { Input, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { labelled } from '../../../components/a11y'
import { Button } from '../../../components/button'
import { Choice } from '../../../components/choice'
import { CONTACT_WAYS, SUGGESTION_RATINGS, type SuggestionRating } from '../../../core/suggestions/states'
import * as api from '../../../services/api/suggestions'
import { toast } from '../../../services/platform'
import { AnswerForm } from './answer-form'
import { DeputyPhones } from './phones'
import { useMove, type Props } from './use-move'


/** The 领衔 deputy's draft: submit or withdraw. An invited deputy: 附议 or not. */
export function DeputyActions({ s, onDone }: Omit<Props, 'user'>) {
  const { busy, go } = useMove(onDone)
  const { lead: leading, invited } = s.you
  return (
    <View className='row row--wrap'>
      {leading && (s.status === 'draft' || s.status === 'returned') && (
        <Button className='btn btn--primary submit-suggestion' disabled={busy} onClick={() => void go('已提交人大办', () => api.submitSuggestion({ id: s.id, version: s.version }))}>
          提交
        </Button>
      )}
      {leading && ['draft', 'returned', 'submitted', 'accepted'].includes(s.status) && (
        <Button className='btn btn--ghost withdraw-suggestion' disabled={busy} onClick={() => void go('已撤回', () => api.withdrawSuggestion({ id: s.id, version: s.version }))}>
          撤回
        </Button>
      )}
      {invited && (
        <>
          <Button className='btn btn--primary cosign' disabled={busy} onClick={() => void go('已附议', () => api.cosignSuggestion({ id: s.id, accept: true }))}>
            附议
          </Button>
          <Button className='btn btn--ghost decline-cosign' disabled={busy} onClick={() => void go('已回复', () => api.cosignSuggestion({ id: s.id, accept: false }))}>
            不附议
          </Button>
        </>
      )}
    </View>
  )
}

/** Its deputies rate the answer and the contact; 不满意 needs a reason. */
export function Evaluate({ s, onDone }: Omit<Props, 'user'>) {
  const { busy, go } = useMove(onDone)
  const [rating, setRating] = useState<SuggestionRating | ''>('')
  const [contact, setContact] = useState<SuggestionRating | ''>('')
  const [comment, setComment] = useState('')
  const send = () => {
    if (!rating || !contact) return void toast('请评价办理结果和沟通联系')
    void go('已评价', () => api.evaluateSuggestion({ id: s.id, version: s.version, rating, contactRating: contact, ...(comment.trim() ? { comment: comment.trim() } : {}) }))
  }
  return (
    <View className='card evaluate-form'>
      <Text className='section-title'>评价答复</Text>
      <Text className='field-label'>办理结果</Text>
      <View className='chips'>{SUGGESTION_RATINGS.map((r) => <Choice key={r} className='rate-result' on={rating === r} onPick={() => setRating(r)}>{r}</Choice>)}</View>
      <Text className='field-label'>沟通联系</Text>
      <View className='chips'>{SUGGESTION_RATINGS.map((r) => <Choice key={r} className='rate-contact' on={contact === r} onPick={() => setContact(r)}>{r}</Choice>)}</View>
      <Input {...labelled('意见（不满意时必填）')} className='input rate-comment' value={comment} maxlength={500} placeholder='意见（不满意时必填，将要求重新办理一次）' onInput={(e) => setComment(e.detail.value)} />
      <Button className='btn btn--primary send-evaluation' disabled={busy} onClick={send}>提交评价</Button>
    </View>
  )
}

/** The office: 审查 (with a reason to return it or turn it into a letter), then 交办 to a lead unit and any assisting ones. */
export function OfficeActions({ s, onDone }: Omit<Props, 'user'>) {
  const { busy, go } = useMove(onDone)
  const [reason, setReason] = useState('')
  const options = s.unitOptions
  const [picked, setLead] = useState('')
  // The catalogue's proposal for the category, until the office picks another.
  const lead = picked || options?.proposedId || ''
  const [assists, setAssists] = useState<string[]>([])
  const review = (outcome: 'accept' | 'return' | 'letter', said: string) =>
    void go(said, () => api.reviewSuggestion({ id: s.id, version: s.version, outcome, ...(reason.trim() ? { reason: reason.trim() } : {}) }))
  if (s.status === 'submitted')
    return (
      <View className='card review-form'>
        <Text className='section-title'>审查</Text>
        <Input {...labelled('理由（退回或转来信时必填）')} className='input review-reason' value={reason} maxlength={500} placeholder='理由（退回或转为来信时必填）' onInput={(e) => setReason(e.detail.value)} />
        <View className='row row--wrap'>
          <Button className='btn btn--primary accept-suggestion' disabled={busy} onClick={() => review('accept', '已通过审查')}>通过，待交办</Button>
          <Button className='btn btn--ghost return-suggestion' disabled={busy} onClick={() => review('return', '已退回代表')}>退回修改</Button>
          <Button className='btn btn--ghost letter-suggestion' disabled={busy} onClick={() => review('letter', '已转为来信')}>转为来信</Button>
        </View>
      </View>
    )
  if (!options) return null
  return (
    <View className='card assign-form'>
      <Text className='section-title'>{s.status === 'assigned' ? '调整承办单位' : '交办'}</Text>
      <Text className='field-label'>主办单位</Text>
      <View className='chips'>{options.departments.map((d) => <Choice key={d.id} className='assign-lead' on={lead === d.id} onPick={() => (setLead(d.id), setAssists((a) => a.filter((x) => x !== d.id)))}>{d.name}</Choice>)}</View>
      <Text className='field-label'>协办单位（可多选，可不选）</Text>
      <View className='chips'>
        {options.departments.filter((d) => d.id !== lead).map((d) => (
          <Choice key={d.id} className='assign-assist' multi on={assists.includes(d.id)} onPick={() => setAssists((a) => (a.includes(d.id) ? a.filter((x) => x !== d.id) : [...a, d.id]))}>{d.name}</Choice>
        ))}
      </View>
      <Text className='hint'>答复期限为交办之日起三个月，遇节假日顺延到下一个工作日。</Text>
      <Button className='btn btn--primary assign-suggestion' disabled={busy || !lead} onClick={() => void go('已交办', () => api.assignSuggestion({ id: s.id, version: s.version, leadDepartmentId: lead, assistDepartmentIds: assists }))}>交办</Button>
    </View>
  )
}

/** The office keeps a suggestion's answers off the public page, with a reason. */
export function Withhold({ s, onDone }: Omit<Props, 'user'>) {
  const { busy, go } = useMove(onDone)
  const [reason, setReason] = useState('')
  return (
    <View className='card withhold-form'>
      <Text className='section-title'>答复不予公开</Text>
      <Input {...labelled('不公开的理由')} className='input withhold-reason' value={reason} maxlength={500} placeholder='不公开的理由' onInput={(e) => setReason(e.detail.value)} />
      <Button className='btn btn--ghost withhold' disabled={busy} onClick={() => void go('答复已不予公开', () => api.withholdAnswer({ id: s.id, reason: reason.trim() }))}>不予公开</Button>
    </View>
  )
}

/** A unit: 签收; the lead unit logs its contact with the deputies and answers; an assisting one sends its view. */
export function UnitActions({ s, user, onDone }: Props) {
  const { busy, go } = useMove(onDone)
  const unit = s.units.find((u) => u.id === user.departmentId)
  const [way, setWay] = useState<(typeof CONTACT_WAYS)[number]>('电话')
  const [note, setNote] = useState('')
  const [text, setText] = useState('')
  if (!unit || !['assigned', 'rehandling'].includes(s.status)) return null
  if (!unit.signedAt)
    return <Button className='btn btn--primary sign-suggestion' disabled={busy} onClick={() => void go('已签收', () => api.signSuggestion({ id: s.id }))}>签收</Button>
  if (unit.role === 'assist')
    return (
      <View className='card assist-form'>
        <Text className='section-title'>协办意见（送主办单位）</Text>
        <View className='textarea'><Textarea {...labelled('协办意见')} className='assist-text' value={text} maxlength={5000} onInput={(e) => setText(e.detail.value)} /></View>
        <Button className='btn btn--primary send-assist' disabled={busy} onClick={() => void go('已送主办单位', () => api.sendAssistView({ id: s.id, text: text.trim() }))}>提交意见</Button>
      </View>
    )
  return (
    <>
      <View className='card contact-form'>
        <Text className='section-title'>联系代表（答复前必须登记）</Text>
        <DeputyPhones id={s.id} />
        <View className='chips'>{CONTACT_WAYS.map((w) => <Choice key={w} className='contact-way' on={way === w} onPick={() => setWay(w)}>{w}</Choice>)}</View>
        <Input {...labelled('联系情况')} className='input contact-note' value={note} maxlength={500} placeholder='联系了哪位代表，谈了什么' onInput={(e) => setNote(e.detail.value)} />
        <Button className='btn btn--ghost log-contact' disabled={busy} onClick={() => void go('已登记联系', () => api.contactDeputies({ id: s.id, way, at: new Date().toISOString(), note: note.trim() }))}>登记联系</Button>
      </View>
      <AnswerForm s={s} onDone={onDone} />
    </>
  )
}
