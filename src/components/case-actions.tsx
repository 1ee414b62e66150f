import { Input, Text, Textarea, View } from '@tarojs/components'
import { Button } from './button'
import { useEffect, useState } from 'react'
import type { MovePayload } from '../core/cases/payloads'
import { RATINGS } from '../core/cases/ratings'
import { CASE_ACTIONS, judgeMove, transitionOf, type PersonAction } from '../core/cases/transitions'
import type { CaseDetail } from '../core/cases/types'
import type { Role } from '../core/identity/roles'
import type { MediaItem } from '../core/media/limits'
import { moveCase } from '../services/api/cases'
import { ApiError, errorMessage } from '../services/api/call'
import { toast } from '../services/platform'
import { askForPushes, loadPushTemplates } from '../services/subscribe'
import { useDraft } from '../store/use-draft'
import { formOf } from './case-forms'
import { PickDepartment, PickOpenCase } from './case-pickers'
import { MediaPicker } from './media'
import { Choice } from './choice'

/** The moves the table offers this person on this case. Residents act only on their own cases. */
function offeredMoves(detail: CaseDetail, role: Role): PersonAction[] {
  if (role === 'resident' && !detail.mine) return []
  const facts = { status: detail.status, resultRating: detail.resultRating, reopenCount: detail.reopenCount, resolvedBy: detail.resolvedBy, overdue: detail.overdue, urged: detail.urged }
  return CASE_ACTIONS.filter((a) => judgeMove(a, facts, role).ok)
}

/** What a handler has put into one move's form: its fields by key, and the photos uploaded for it. */
interface MoveDraft {
  fields: Record<string, string>
  media: MediaItem[]
}

interface Props {
  detail: CaseDetail
  role: Role
  /** The case as the move left it; or null when it must be loaded again (someone else moved it). */
  onMoved(detail: CaseDetail | null): void
}

/** One button per move on offer; the chosen one opens its form, whose draft is kept until the move is made. */
export function CaseActions({ detail, role, onMoved }: Props) {
  const [open, setOpen] = useState<PersonAction | null>(null)
  const [sending, setSending] = useState(false)
  const [uploading, setUploading] = useState(0)
  const [draft, update, clear] = useDraft<MoveDraft>(`move:${detail.id}:${open ?? ''}`, () => ({ fields: {}, media: [] }))
  const moves = offeredMoves(detail, role)
  useEffect(() => void loadPushTemplates(), [])
  if (moves.length === 0) return null

  const field = (key: string, value: string) => update((d) => ({ fields: { ...d.fields, [key]: value } }))
  const send = async (action: PersonAction) => {
    if (uploading) return toast('照片还在上传，请稍候')
    // Rating is the resident's other tap: ask whether WeChat may tell them what happens next.
    if (action === 'rate' || action === 'reopen') askForPushes()
    const values: Record<string, string | string[]> = {}
    for (const f of formOf(action).fields) {
      if (f.kind === 'media') {
        if (draft.media.length) values[f.key] = draft.media.map((m) => m.id)
        continue
      }
      const v = (draft.fields[f.key] ?? '').trim()
      if (!v) {
        if ('optional' in f && f.optional) continue
        return toast(`请填写${f.label}`)
      }
      values[f.key] = v
    }
    setSending(true)
    try {
      const moved = await moveCase(action, detail, values as MovePayload<typeof action>)
      clear()
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

  const form = open && formOf(open)
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
      {open && form && (
        <View className={`move-form move-form--${open}`}>
          {form.fields.map((f) => (
            <View key={f.key} className={`move-field move-field--${f.key}`}>
              <Text className='field-label'>{f.label}</Text>
              {f.kind === 'text' && (
                <Textarea
                  className='textarea textarea--short'
                  value={draft.fields[f.key] ?? ''}
                  maxlength={f.max}
                  placeholder={f.placeholder}
                  onInput={(e) => field(f.key, e.detail.value)}
                />
              )}
              {f.kind === 'line' && (
                <Input className='input' value={draft.fields[f.key] ?? ''} maxlength={f.max} placeholder={f.placeholder} onInput={(e) => field(f.key, e.detail.value)} />
              )}
              {f.kind === 'rating' && (
                <View className='chips'>
                  {RATINGS.map((r) => (
                    <Choice key={r} on={draft.fields[f.key] === r} onPick={() => field(f.key, r)}>
                      {r}
                    </Choice>
                  ))}
                </View>
              )}
              {f.kind === 'department' && <PickDepartment caseId={detail.id} value={draft.fields[f.key]} onPick={(v) => field(f.key, v)} />}
              {f.kind === 'media' && <MediaPicker items={draft.media} onChange={(media) => update({ media })} onBusy={setUploading} />}
              {f.kind === 'case' && <PickOpenCase except={detail.id} value={draft.fields[f.key]} onPick={(v) => field(f.key, v)} />}
            </View>
          ))}
          <Button className={`btn ${form.danger ? 'btn--ghost' : 'btn--primary'} move-confirm`} loading={sending} disabled={sending} onClick={() => send(open)}>
            {form.confirm}
          </Button>
        </View>
      )}
    </View>
  )
}
