import { Text, View } from '@tarojs/components'
import type { DutySummary } from '../core/accountability/types'
import { percentText } from '../core/percent'
import { nav } from '../services/platform'

/** A deputy's 履职 on their public page: this quarter's points, the last 述职's result, the latest verified activities; the whole record a tap away. */
export function DutyCard({ code, duty }: { code: string; duty: DutySummary }) {
  const open = () => nav.to(`/packages/duty/deputy/index?code=${code}`)
  const r = duty.report
  return (
    <View className='card duty-card' onClick={open}>
      <Text className='section-title'>履职档案</Text>
      <View className='row row--between'>
        <Text className='field-value quarter-points'>{`${duty.points.label}积分 ${duty.points.total} 分`}</Text>
        <Text className='tag'>{duty.points.band}</Text>
      </View>
      {r && (
        <Text className='muted last-duty-report'>{`${r.year}年度述职：${r.verdict}${r.rate !== null ? `（满意率 ${percentText(r.rate)}）` : ''}`}</Text>
      )}
      {duty.activities.map((a) => (
        <Text key={a.id} className='muted recent-activity'>{`${a.date} ${a.kind}：${a.title}`}</Text>
      ))}
      <Text className='link duty-more'>查看全部履职记录与积分明细 ›</Text>
    </View>
  )
}
