import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { labelled } from '../../../components/a11y'
import { Button } from '../../../components/button'
import { Choice } from '../../../components/choice'
import { useBusy } from '../../../components/use-busy'
import { useRemote } from '../../../components/use-remote'
import { OPINION_OUTCOMES, type ConsultationView, type OpinionItem, type OpinionOutcome } from '../../../core/legislation/types'
import { markOpinion, opinionsOf, submission } from '../../../services/api/legislation'
import { keepExport } from '../../../services/media'
import { toast } from '../../../services/platform'
import { useAppStore } from '../../../store'

/** After the law passed: what became of one opinion, with a sentence. */
function Mark({ o, onDone }: { o: OpinionItem; onDone(items: OpinionItem[]): void }) {
  const [outcome, setOutcome] = useState<OpinionOutcome | null>(o.outcome)
  const [note, setNote] = useState(o.note ?? '')
  const [busy, run] = useBusy()
  const save = () => run(async () => (onDone((await markOpinion({ opinionId: o.id, outcome: outcome!, note: note.trim() })).items), void toast('已标记', 'success')))
  return (
    <View className='opinion-mark'>
      <View className='chips'>{OPINION_OUTCOMES.map((x) => <Choice key={x} className='opinion-outcome' on={outcome === x} onPick={() => setOutcome(x)}>{x}</Choice>)}</View>
      <Input {...labelled('采纳情况说明')} className='input opinion-note' value={note} maxlength={200} placeholder='一句话说明，如 已在第四条增加消防设施要求' onInput={(e) => setNote(e.detail.value)} />
      <Button className='btn btn--ghost btn--small save-mark' disabled={busy || !outcome} onClick={() => void save()}>保存</Button>
    </View>
  )
}

/**
 * The opinions written so far, article by article, with how many people each came from; each
 * point's submission to the asking body as a .docx; once the law passed, each marked.
 */
export function Opinions({ c, version }: { c: ConsultationView; version: number }) {
  const user = useAppStore((s) => s.user)
  const list = useRemote(() => opinionsOf(c.id), [c.id, version])
  const [busy, run] = useBusy()
  // The office sends for any point, staff for their own; the consultants write, the points send.
  const points = user?.role === 'staff' ? c.points.filter((p) => p.id === user.stationId) : user?.role === 'office' ? c.points : []
  const send = (code: string) =>
    run(async () => {
      const doc = await submission({ id: c.id, stationCode: code })
      await keepExport(doc.url, doc.name)
      toast(`已生成 ${doc.rows} 条修改建议`, 'success')
    })
  const items = list.data?.items ?? []
  return (
    <View className='card opinions'>
      <Text className='section-title'>{`修改建议（${items.length} 条）`}</Text>
      {items.map((o) => (
        <View key={o.id} className='list-item opinion'>
          <Text className='field-label'>{`${o.articleLabel ?? '总体意见'} · 来自 ${o.people} 人${o.outcome ? ` · ${o.outcome}` : ''}`}</Text>
          <Text className='field-value'>{o.text}</Text>
          <Text className='hint'>{`理由：${o.reason}`}</Text>
          {c.finalAt && <Mark o={o} onDone={(next) => list.replace({ items: next })} />}
        </View>
      ))}
      {points.map((p) => (
        <Button key={p.code} className='btn btn--primary download-submission' disabled={busy || !items.length} onClick={() => void send(p.code)}>
          {`下载${p.name}的修改意见（Word）`}
        </Button>
      ))}
    </View>
  )
}
