import { Switch, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { labelled } from '../../../components/a11y'
import { Button } from '../../../components/button'
import { Choice } from '../../../components/choice'
import type { MediaItem } from '../../../core/media/limits'
import { GRADES, type Grade } from '../../../core/suggestions/states'
import type { SuggestionView } from '../../../core/suggestions/types'
import * as api from '../../../services/api/suggestions'
import { useDraft } from '../../../store/use-draft'
import { AttachmentsPicker } from '../attachments'
import { useMove } from './use-move'

interface AnswerDraft {
  grade: Grade | ''
  text: string
  public: boolean
  media: MediaItem[]
}

/**
 * The lead unit's answer: its class, words, whether it is published, and the signed answer as a
 * PDF or photos. Kept on the phone until it is sent: a long answer is never typed twice.
 */
export function AnswerForm({ s, onDone }: { s: SuggestionView; onDone(next: SuggestionView): void }) {
  const { busy, go } = useMove(onDone)
  const [draft, update, clear] = useDraft<AnswerDraft>(`suggestion-answer:${s.id}:${s.answers.length + 1}`, () => ({ grade: '', text: '', public: true, media: [] }))
  const [uploading, setUploading] = useState(0)
  const send = () =>
    go('已答复', async () => {
      const next = await api.answerSuggestion({ id: s.id, version: s.version, grade: draft.grade as Grade, text: draft.text.trim(), public: draft.public, media: draft.media.map((m) => m.id) })
      clear()
      return next
    })
  return (
    <View className='card answer-form'>
      <Text className='section-title'>答复</Text>
      <View className='chips'>{(Object.keys(GRADES) as Grade[]).map((g) => <Choice key={g} className='answer-grade' on={draft.grade === g} onPick={() => update({ grade: g })}>{`${g} 类 ${GRADES[g]}`}</Choice>)}</View>
      <View className='textarea'><Textarea {...labelled('答复内容')} className='answer-text' value={draft.text} maxlength={5000} onInput={(e) => update({ text: e.detail.value })} /></View>
      <View className='row'>
        <Switch {...labelled('答复公开')} className='answer-public' checked={draft.public} onChange={(e) => update({ public: e.detail.value })} />
        <Text className='field-value'>答复公开</Text>
      </View>
      <Text className='field-label'>盖章的答复函（PDF 或照片，可不传）</Text>
      <AttachmentsPicker items={draft.media} onChange={(media) => update({ media })} onBusy={setUploading} />
      <Button className='btn btn--primary send-answer' disabled={busy || !draft.grade || uploading > 0} onClick={() => void send()}>
        {uploading > 0 ? '附件上传中…' : '提交答复'}
      </Button>
    </View>
  )
}
