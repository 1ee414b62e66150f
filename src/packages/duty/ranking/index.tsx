import { Text, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { Page } from '../../../components/page'
import '../duty.css'
import { StateView } from '../../../components/state-view'
import { useBusy } from '../../../components/use-busy'
import { useRemote } from '../../../components/use-remote'
import { periodOf } from '../../../core/accountability/periods'
import { shanghaiDay } from '../../../core/time'
import { pointRules, pointsRanking } from '../../../services/api/duty'
import { exportWorkbook } from '../../../services/api/reports'
import { keepExport } from '../../../services/media'
import { nav, stopPullDownRefresh } from '../../../services/platform'
import { useAppStore } from '../../../store'
import { RulesTable } from './rules-table'
import { Choice } from '../../../components/choice'

/** Rankings by points over this quarter or this year, to Excel; the points table (the admin edits it). */
export default function PointsRanking() {
  const role = useAppStore((s) => s.user?.role)
  const [per, setPer] = useState<'quarter' | 'year'>('quarter')
  const span = periodOf(shanghaiDay(new Date()), per)
  const ranking = useRemote(() => pointsRanking({ from: span.from, to: span.to }), [span.key])
  const rules = useRemote(() => pointRules(), [])
  const [exporting, run] = useBusy()
  usePullDownRefresh(() => void Promise.all([ranking.reload(), rules.reload()]).finally(stopPullDownRefresh))
  return (
    <Page>
      <View className='chips'>
        {(['quarter', 'year'] as const).map((p) => (
          <Choice key={p} className='ranking-period' on={p === per} onPick={() => setPer(p)}>
            {p === 'quarter' ? '本季度' : '本年度'}
          </Choice>
        ))}
      </View>
      <Button className='btn btn--ghost btn--small export-points' loading={exporting} disabled={exporting} onClick={() => void run(async () => {
        const made = await exportWorkbook({ kind: 'points', from: span.from, to: span.to })
        await keepExport(made.url, made.name)
      })}>
        导出 Excel
      </Button>
      <StateView loading={ranking.loading} error={ranking.error} onRetry={ranking.reload} empty={!ranking.data?.rows.length} emptyText='没有在任代表'>
        <View className='card ranking'>
          <Text className='section-title'>{`${span.label}履职积分排名`}</Text>
          {ranking.data?.rows.map((r) => (
            <View key={r.deputy.code} className='row row--between list-item ranking-row' onClick={() => nav.to(`/packages/duty/deputy/index?code=${r.deputy.code}`)}>
              <Text>{`${r.rank}. ${r.deputy.name} · ${r.station}`}</Text>
              <Text className='field-value'>{`${r.total} 分 · ${r.band}`}</Text>
            </View>
          ))}
        </View>
      </StateView>
      <StateView loading={rules.loading} error={rules.error} onRetry={rules.reload}>
        {rules.data && <RulesTable view={rules.data} editable={role === 'admin'} onSaved={(v) => { rules.replace(v); void ranking.reload() }} />}
      </StateView>
    </Page>
  )
}
