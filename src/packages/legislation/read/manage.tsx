import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { labelled } from '../../../components/a11y'
import { Button } from '../../../components/button'
import { useBusy } from '../../../components/use-busy'
import type { ConsultationView } from '../../../core/legislation/types'
import { closeConsultation, editArticles, publishConsultation, publishSummary } from '../../../services/api/legislation'
import { nav, toast } from '../../../services/platform'
import { useDraft } from '../../../store/use-draft'

/**
 * For whoever manages it: before publishing, each article's words to check and correct (the split
 * is the machine's), then 公布; while open, 结束征求意见; the team reads what people said.
 */
export function ManagePanel({ c, onDone }: { c: ConsultationView; onDone(next: ConsultationView): void }) {
  const [busy, run] = useBusy()
  const [texts, setTexts] = useState<Record<string, string>>({})
  const go = (said: string, work: () => Promise<ConsultationView>) => run(async () => (onDone(await work()), void toast(said, 'success')))
  const changed = Object.keys(texts).length > 0
  const save = () =>
    go('条文已保存', async () => {
      const next = await editArticles({ id: c.id, version: c.version, articles: c.articles.map((a) => ({ heading: a.heading, text: (texts[a.id] ?? a.text).trim() })) })
      setTexts({})
      return next
    })
  return (
    <View className='card manage-panel'>
      {c.status === 'draft' && (
        <>
          <Text className='section-title'>{`检查条文（自动拆分为 ${c.articles.length} 条，公布前可修改）`}</Text>
          {c.articles.map((a) => (
            <View key={a.id} className='list-item article-edit'>
              <Text className='field-label'>{`${a.label}${a.heading ? `（${a.heading}）` : ''}`}</Text>
              <View className='textarea'>
                <Textarea {...labelled(`${a.label}条文`)} className='article-edit-text' value={texts[a.id] ?? a.text} maxlength={5000} autoHeight
                  onInput={(e) => setTexts((t) => ({ ...t, [a.id]: e.detail.value }))} />
              </View>
            </View>
          ))}
          {changed && <Button className='btn btn--ghost save-articles' disabled={busy} onClick={() => void save()}>保存修改</Button>}
          <Button className='btn btn--primary publish-consultation' disabled={busy || changed} onClick={() => void go('已公布，开始征求意见', () => publishConsultation({ id: c.id, version: c.version }))}>
            {changed ? '请先保存修改' : '公布，开始征求意见'}
          </Button>
        </>
      )}
      {c.status === 'open' && (
        <Button className='btn btn--ghost close-consultation' disabled={busy} onClick={() => void go('已结束征求意见', () => closeConsultation({ id: c.id }))}>提前结束征求意见</Button>
      )}
      {c.you.manages && c.status === 'closed' && <SummaryForm c={c} onDone={onDone} />}
      {c.you.team && c.status !== 'draft' && (
        <Button className='btn btn--primary read-comments' onClick={() => nav.to(`/packages/legislation/comments/index?id=${c.id}`)}>查看收到的意见</Button>
      )}
    </View>
  )
}

/** 意见综述: once comments closed, what people said in the team's words, for everyone to read; followers and commenters are told the first time. */
function SummaryForm({ c, onDone }: { c: ConsultationView; onDone(next: ConsultationView): void }) {
  const [{ text }, update, clear] = useDraft<{ text: string }>(`law-summary:${c.id}`, () => ({ text: c.summary?.text ?? '' }))
  const [busy, run] = useBusy()
  const publish = () =>
    run(async () => {
      if (text.trim().length < 10) return void toast('请写下意见综述（至少 10 个字）')
      const { at } = await publishSummary({ id: c.id, text: text.trim() })
      clear()
      onDone({ ...c, summary: { text: text.trim(), at } })
      toast(c.summary ? '意见综述已更新' : '意见综述已公布，已通知关注和提意见的群众', 'success')
    })
  return (
    <View className='summary-form'>
      <Text className='section-title'>{c.summary ? '修改意见综述' : '公布意见综述'}</Text>
      <View className='textarea'>
        <Textarea {...labelled('意见综述')} className='summary-input' value={text} maxlength={20000} autoHeight placeholder='群众主要提了哪些意见、集中在哪几条' onInput={(e) => update({ text: e.detail.value })} />
      </View>
      <Button className='btn btn--primary publish-summary' disabled={busy} onClick={() => void publish()}>{c.summary ? '保存修改' : '公布意见综述'}</Button>
    </View>
  )
}
