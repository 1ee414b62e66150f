import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { Role } from '../core/case-states'
import { NOTE_MAX, REASON_MAX, REPLY_TEXT_MAX } from '../core/limits'
import { RATINGS } from '../core/ratings'
import { CASE_ACTIONS, planMove, transitionOf } from '../core/transitions'
import type { CaseDetail } from '../core/types'
import { ApiError, callFunction, errorMessage } from '../services/api'
import { toast } from '../services/platform'
import { askForPushes, loadPushTemplates } from '../services/subscribe'
import { useAppStore } from '../store'
import { PickDepartment, PickOpenCase } from './case-pickers'
import { MediaPicker } from './media'

type Field =
  | { key: string; label: string; kind: 'text' | 'line'; max: number; optional?: boolean; placeholder?: string }
  | { key: string; label: string; kind: 'rating' | 'department' | 'case' | 'media' }

interface Form {
  fields: Field[]
  /** What the confirm button says. */
  confirm: string
  danger?: boolean
}

const text = (key: string, label: string, max: number, placeholder?: string, optional?: boolean): Field => ({
  key, label, kind: 'text', max, placeholder, optional,
})

/** The form of each move: what the table's payload asks for, in words. */
const FORMS: Record<string, Form> = {
  accept: { fields: [], confirm: '确认受理' },
  answer: { fields: [text('text', '答复内容', REPLY_TEXT_MAX, '告诉群众您了解到的情况和下一步怎么办')], confirm: '发送答复' },
  decline: {
    fields: [text('reason', '不予受理的理由', REASON_MAX), { key: 'referral', label: '建议途径（选填）', kind: 'line', max: 100, optional: true, placeholder: '如 12345 热线、人民法院' }],
    confirm: '确认不予受理',
    danger: true,
  },
  requestDispatch: { fields: [text('note', '说明（选填）', NOTE_MAX, '需要哪个部门处理、为什么', true)], confirm: '申请派单' },
  dispatch: { fields: [{ key: 'departmentId', label: '承办部门', kind: 'department' }, text('note', '派单说明（选填）', NOTE_MAX, undefined, true)], confirm: '确认派单' },
  acceptOrder: { fields: [], confirm: '确认接单' },
  sendBack: { fields: [text('reason', '退单理由', REASON_MAX, '说明为什么不属于本部门办理')], confirm: '确认退单', danger: true },
  followUp: { fields: [text('text', '跟单记录', NOTE_MAX, '您了解到的进展、督促的情况')], confirm: '保存跟单记录' },
  resolve: {
    fields: [text('text', '办理结果', REPLY_TEXT_MAX, '怎么解决的，群众可以怎样核实'), { key: 'media', label: '现场照片（选填）', kind: 'media' }],
    confirm: '提交办结',
  },
  rate: {
    fields: [
      { key: 'resultRating', label: '对办理结果', kind: 'rating' },
      { key: 'followUpRating', label: '对代表跟进', kind: 'rating' },
      text('comment', '说几句（选填）', NOTE_MAX, undefined, true),
    ],
    confirm: '提交评价',
  },
  reopen: { fields: [text('reason', '重新办理的理由', REASON_MAX, '问题还有哪些没有解决')], confirm: '申请重新办理' },
  withdraw: { fields: [], confirm: '确认撤回', danger: true },
  merge: { fields: [{ key: 'intoId', label: '合并到', kind: 'case' }], confirm: '确认合并', danger: true },
}

/** The moves the table offers this person on this case. Residents act only on their own cases. */
export function offeredMoves(detail: CaseDetail, role: Role): string[] {
  if (role === 'resident' && !detail.mine) return []
  const facts = { status: detail.status, resultRating: detail.resultRating, reopenCount: detail.reopenCount, resolvedBy: detail.resolvedBy }
  return CASE_ACTIONS.filter((a) => planMove(a, facts, role).ok)
}

interface Props {
  detail: CaseDetail
  role: Role
  /** The case as the move left it; or null when it must be loaded again (someone else moved it). */
  onMoved(detail: CaseDetail | null): void
}

/** One button per move on offer; the chosen one opens its form. */
export function CaseActions({ detail, role, onMoved }: Props) {
  const [open, setOpen] = useState<string | null>(null)
  const [picks, setPicks] = useState<Record<string, string>>({})
  const [sending, setSending] = useState(false)
  const drafts = useAppStore((s) => s.actionDrafts)
  const setDraft = useAppStore((s) => s.setActionDraft)
  const mediaDrafts = useAppStore((s) => s.mediaDrafts)
  const setMediaDraft = useAppStore((s) => s.setMediaDraft)
  const [uploading, setUploading] = useState(0)
  const moves = offeredMoves(detail, role)
  useEffect(() => void loadPushTemplates(), [])
  if (moves.length === 0) return null

  const draftKey = (action: string, field: string) => `${detail.id}:${action}:${field}`
  const send = async (action: string) => {
    const form = FORMS[action]
    if (uploading) return toast('照片还在上传，请稍候')
    // Rating is the resident's other tap: ask whether WeChat may tell them what happens next.
    if (action === 'rate' || action === 'reopen') askForPushes()
    const values: Record<string, string | string[]> = {}
    for (const f of form.fields) {
      if (f.kind === 'media') {
        const ids = (mediaDrafts[`${detail.id}:${action}`] ?? []).map((m) => m.id)
        if (ids.length) values[f.key] = ids
        continue
      }
      const v = f.kind === 'text' || f.kind === 'line' ? (drafts[draftKey(action, f.key)] ?? '').trim() : picks[`${action}:${f.key}`]
      if (!v) {
        if ('optional' in f && f.optional) continue
        return toast(`请填写${f.label}`)
      }
      values[f.key] = v
    }
    setSending(true)
    try {
      const moved = await callFunction<CaseDetail>('cases', { action, id: detail.id, version: detail.version, ...values })
      form.fields.forEach((f) => setDraft(draftKey(action, f.key), ''))
      setMediaDraft(`${detail.id}:${action}`, [])
      setOpen(null)
      toast(`已${transitionOf(action)!.label}`, 'success')
      onMoved(moved)
    } catch (e) {
      toast(errorMessage(e))
      if (e instanceof ApiError && e.code === 'CONFLICT') onMoved(null)
    } finally {
      setSending(false)
    }
  }

  const pick = (action: string, key: string, value: string) => setPicks((p) => ({ ...p, [`${action}:${key}`]: value }))

  return (
    <View className='card case-actions'>
      <Text className='section-title'>办理</Text>
      <View className='row row--wrap'>
        {moves.map((a) => (
          <Button key={a} className={`btn btn--small move move--${a} ${open === a ? 'btn--primary' : 'btn--ghost'}`} onClick={() => setOpen(open === a ? null : a)}>
            {transitionOf(a)!.label}
          </Button>
        ))}
      </View>
      {open && (
        <View className={`move-form move-form--${open}`}>
          {FORMS[open].fields.map((f) => (
            <View key={f.key} className={`move-field move-field--${f.key}`}>
              <Text className='field-label'>{f.label}</Text>
              {f.kind === 'text' && (
                <Textarea
                  className='textarea textarea--short'
                  value={drafts[draftKey(open, f.key)] ?? ''}
                  maxlength={f.max}
                  placeholder={f.placeholder}
                  onInput={(e) => setDraft(draftKey(open, f.key), e.detail.value)}
                />
              )}
              {f.kind === 'line' && (
                <Input
                  className='input'
                  value={drafts[draftKey(open, f.key)] ?? ''}
                  maxlength={f.max}
                  placeholder={f.placeholder}
                  onInput={(e) => setDraft(draftKey(open, f.key), e.detail.value)}
                />
              )}
              {f.kind === 'rating' && (
                <View className='chips'>
                  {RATINGS.map((r) => (
                    <Text key={r} className={`chip ${picks[`${open}:${f.key}`] === r ? 'chip--on' : ''}`} onClick={() => pick(open, f.key, r)}>
                      {r}
                    </Text>
                  ))}
                </View>
              )}
              {f.kind === 'department' && (
                <PickDepartment caseId={detail.id} value={picks[`${open}:${f.key}`]} onPick={(v) => pick(open, f.key, v)} />
              )}
              {f.kind === 'media' && (
                <MediaPicker items={mediaDrafts[`${detail.id}:${open}`] ?? []} onChange={(items) => setMediaDraft(`${detail.id}:${open}`, items)} onBusy={setUploading} />
              )}
              {f.kind === 'case' && <PickOpenCase except={detail.id} value={picks[`${open}:${f.key}`]} onPick={(v) => pick(open, f.key, v)} />}
            </View>
          ))}
          <Button
            className={`btn ${FORMS[open].danger ? 'btn--ghost' : 'btn--primary'} move-confirm`}
            loading={sending}
            disabled={sending}
            onClick={() => send(open)}
          >
            {FORMS[open].confirm}
          </Button>
        </View>
      )}
    </View>
  )
}
