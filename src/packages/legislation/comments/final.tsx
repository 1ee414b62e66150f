import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { labelled } from '../../../components/a11y'
import { Button } from '../../../components/button'
import { useBusy } from '../../../components/use-busy'
import type { ConsultationView, FinalAlignment } from '../../../core/legislation/types'
import { loadFinal, notifyCommenters } from '../../../services/api/legislation'
import { toast } from '../../../services/platform'

/** What the alignment found, in a line: kept, changed, inserted, dropped. */
function summary(a: FinalAlignment): string {
  const count = (f: (p: FinalAlignment['pairs'][number]) => boolean) => a.pairs.filter(f).length
  return `对照结果：未改 ${count((p) => !!p.draftArticleId && !!p.finalNo && !p.changed)} 条，修改 ${count((p) => !!p.draftArticleId && !!p.finalNo && p.changed)} 条，新增 ${count((p) => !p.draftArticleId)} 条，删去 ${count((p) => !p.finalNo)} 条`
}

/**
 * After the law passed (for whoever manages the draft): paste the text as passed, matched to the
 * draft article by article; once every opinion is marked, tell each commenter what became of theirs.
 */
export function FinalPanel({ c, onDone }: { c: ConsultationView; onDone(): void }) {
  const [text, setText] = useState('')
  const [aligned, setAligned] = useState<FinalAlignment | null>(null)
  const [busy, run] = useBusy()
  const load = () =>
    run(async () => {
      setAligned(await loadFinal({ id: c.id, text }))
      setText('')
      onDone()
    })
  const notify = () =>
    run(async () => {
      toast(`已通知 ${(await notifyCommenters(c.id)).notified} 位提意见的群众`, 'success')
    })
  return (
    <View className='card final-panel'>
      <Text className='section-title'>法规通过后：对照与反馈</Text>
      {aligned && <Text className='field-value final-summary'>{summary(aligned)}</Text>}
      {c.finalAt && !aligned && <Text className='hint'>已载入正式文本。标明每条修改建议的采纳情况后，通知提意见的群众。</Text>}
      <Text className='field-label'>{c.finalAt ? '重新载入正式文本（可不填）' : '粘贴通过的正式文本'}</Text>
      <View className='textarea'><Textarea {...labelled('通过的正式文本')} className='final-text' value={text} maxlength={400000} onInput={(e) => setText(e.detail.value)} /></View>
      <Button className='btn btn--ghost load-final' disabled={busy || text.trim().length < 10} onClick={() => void load()}>与草案逐条对照</Button>
      {c.finalAt && <Button className='btn btn--primary notify-commenters' disabled={busy} onClick={() => void notify()}>通知提意见的群众</Button>}
    </View>
  )
}
