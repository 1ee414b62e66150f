import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { useBusy } from '../../../components/use-busy'
import type { DutyReportView } from '../../../core/accountability/types'
import { RATINGS, type Rating } from '../../../core/cases/ratings'
import { paperVotes } from '../../../services/api/duty'
import { toast } from '../../../services/platform'

/** The paper votes of one deputy's face-to-face 述职: entered, or corrected, by the station. */
export function PaperVotes({ report, onSaved }: { report: DutyReportView; onSaved(r: DutyReportView): void }) {
  const [votes, setVotes] = useState<Record<Rating, string>>({ 满意: String(report.paper.满意), 基本满意: String(report.paper.基本满意), 不满意: String(report.paper.不满意) })
  const [busy, run] = useBusy()
  const save = () =>
    run(async () => {
      if (RATINGS.some((r) => !/^\d+$/.test(votes[r]))) return void toast('票数应为 0 或正整数')
      onSaved(await paperVotes({ id: report.id, 满意: Number(votes.满意), 基本满意: Number(votes.基本满意), 不满意: Number(votes.不满意) }))
      toast('已录入', 'success')
    })
  return (
    <View className='list-item paper-votes'>
      <Text className='field-value'>
        {report.deputy.name} · {report.year}年度 · 评议结果：{report.verdict}
      </Text>
      <View className='row row--between'>
        {RATINGS.map((r) => (
          <View key={r} className='paper-vote'>
            <Text className='muted'>{r}</Text>
            <Input className='input' type='number' value={votes[r]} onInput={(e) => setVotes((v) => ({ ...v, [r]: e.detail.value }))} />
          </View>
        ))}
      </View>
      <Button className='btn btn--ghost btn--small save-paper' loading={busy} disabled={busy} onClick={() => void save()}>
        保存纸质票
      </Button>
    </View>
  )
}
