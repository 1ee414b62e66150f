import { Input, Text, Textarea, View } from '@tarojs/components'
import { labelled } from '../../../components/a11y'
import { Button } from '../../../components/button'
import { Choice } from '../../../components/choice'
import { Consent } from '../../../components/consent'
import { useFormSend } from '../../../components/use-form-send'
import { VoiceButton } from '../../../components/voice-button'
import type { ArticleView, ConsultationView } from '../../../core/legislation/types'
import { commentOn } from '../../../services/api/legislation'
import { toast } from '../../../services/platform'
import { useDraft } from '../../../store/use-draft'

interface CommentDraft {
  text: string
  clause: number | null
  name: string
  phone: string
  consent: boolean
}

const fresh = (): CommentDraft => ({ text: '', clause: null, name: '', phone: '', consent: false })

function problemOf(d: CommentDraft): string | null {
  if (d.text.trim().length < 4) return '请写下您的意见（至少 4 个字）'
  if (d.phone && !/^1[3-9]\d{9}$/.test(d.phone)) return '请填写 11 位手机号码，或不填'
  if (d.phone && !d.consent) return '留下手机号前，请先同意提供给联系点工作人员'
  return null
}

/**
 * An opinion on one article (perhaps one of its 款) or on the whole draft, by typing or by voice;
 * a name and phone only if the person wants staff to reach them. Kept on the phone until it is sent.
 */
export function CommentForm({ c, article, from, onDone }: { c: ConsultationView; article: ArticleView | null; from?: string; onDone(next: ConsultationView): void }) {
  const [draft, update, clear] = useDraft<CommentDraft>(`law-comment:${c.id}:${article?.id ?? 'all'}`, fresh)
  const { problem, sending, send } = useFormSend(() => problemOf(draft))
  const clauses = article ? article.text.split('\n').filter((l) => !/^（[一二三四五六七八九十]+）/.test(l)).length : 0
  const submit = () =>
    send(async () => {
      const next = await commentOn({
        id: c.id, text: draft.text.trim(), ...(article ? { articleId: article.id } : {}), ...(article && draft.clause ? { clause: draft.clause } : {}),
        ...(draft.name.trim() ? { name: draft.name.trim() } : {}), ...(draft.phone ? { phone: draft.phone, phoneConsent: draft.consent } : {}),
        ...(from ? { stationCode: from } : {}),
      })
      clear()
      toast('意见已提交，谢谢您', 'success')
      onDone(next)
    })
  return (
    <View className='comment-form'>
      {clauses > 1 && (
        <View className='chips'>
          <Choice className='comment-clause' on={!draft.clause} onPick={() => update({ clause: null })}>整条</Choice>
          {Array.from({ length: clauses }, (_, i) => (
            <Choice key={i} className='comment-clause' on={draft.clause === i + 1} onPick={() => update({ clause: i + 1 })}>{`第 ${i + 1} 款`}</Choice>
          ))}
        </View>
      )}
      <View className='textarea'>
        <Textarea {...labelled(article ? `对${article.label}的意见` : '对整部草案的意见')} className='comment-text' value={draft.text} maxlength={2000}
          placeholder={article ? '这一条哪里要改、为什么' : '对整部草案的意见'} onInput={(e) => update({ text: e.detail.value })} />
      </View>
      <VoiceButton onText={(t) => update((d) => ({ text: `${d.text}${t}` }))} />
      <Text className='field-label'>姓名和手机号（可不填，只给联系点工作人员看，方便联系您）</Text>
      <Input {...labelled('姓名')} className='input comment-name' value={draft.name} maxlength={20} placeholder='姓名' onInput={(e) => update({ name: e.detail.value })} />
      <Input {...labelled('手机号')} className='input comment-phone' type='number' value={draft.phone} maxlength={11} placeholder='手机号' onInput={(e) => update({ phone: e.detail.value.replace(/\D/g, '') })} />
      {draft.phone !== '' && (
        <Consent on={draft.consent} onToggle={() => update({ consent: !draft.consent })}>同意将手机号提供给联系点工作人员</Consent>
      )}
      {problem && <Text className='warning'>{problem}</Text>}
      <Button className='btn btn--primary send-comment' loading={sending} disabled={sending} onClick={() => void submit()}>提交意见</Button>
    </View>
  )
}
