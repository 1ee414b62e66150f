import { Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { statusLabel } from '../core/cases/states'
import type { Funnel } from '../core/stats/types'
import { funnelFigures } from '../services/api/stats'
import { stopPullDownRefresh } from '../services/platform'
import { StateView } from './state-view'
import { useRemote } from './use-remote'

const STEPS: [keyof Funnel, string][] = [
  ['received', '选民接单'],
  ['dispatched', '人大派单'],
  ['accepted', '部门接单'],
  ['rated', '群众评单'],
  ['satisfied', '满意（含基本满意）'],
]

const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`)

function Breakdown({ title, counts, label }: { title: string; counts: Record<string, number>; label: (k: string) => string }) {
  return (
    <View className='card'>
      <Text className='section-title'>{title}</Text>
      {Object.entries(counts).map(([k, n]) => (
        <View key={k} className='row row--between funnel-row'>
          <Text>{label(k)}</Text>
          <Text className='figure'>{n}</Text>
        </View>
      ))}
    </View>
  )
}

/** The five-order figures the office reports: the funnel, the satisfaction rate, where cases stand. */
export function FunnelPage() {
  const funnel = useRemote(() => funnelFigures(), [])
  usePullDownRefresh(() => void funnel.reload().finally(stopPullDownRefresh))
  const f = funnel.data
  return (
    <View className='page'>
      <StateView loading={funnel.loading} error={funnel.error} onRetry={funnel.reload}>
        {f && (
          <>
            <View className='card'>
              <Text className='section-title'>五单工作法</Text>
              {STEPS.map(([key, label]) => (
                <View key={key} className={`row row--between funnel-row funnel-row--${key}`}>
                  <Text>{label}</Text>
                  <Text className='figure'>{f[key] as number} 件</Text>
                </View>
              ))}
              <View className='row row--between funnel-row funnel-row--rate'>
                <Text>满意率</Text>
                <Text className='figure figure--big'>{percent(f.satisfactionRate)}</Text>
              </View>
              <View className='row row--between funnel-row funnel-row--overdue'>
                <Text>当前超期</Text>
                <Text className='figure'>{f.overdue} 件</Text>
              </View>
            </View>
            <Breakdown title='按状态' counts={f.byStatus} label={statusLabel} />
            <Breakdown title='按类别' counts={f.byCategory} label={(c) => c} />
          </>
        )}
      </StateView>
    </View>
  )
}
