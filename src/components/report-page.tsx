import { Picker, Text, View } from '@tarojs/components'
import { Button } from './button'
import { usePullDownRefresh } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { PERIODS, periodOf, rankedOn, RATES, REPORT_BY, STAGE_LABELS, type Period, type Rate, type ReportBy, type ReportCounts, type ReportRow } from '../core/stats/report'
import { shanghaiDay } from '../core/time'
import { exportWorkbook } from '../services/api/reports'
import { reportFigures } from '../services/api/stats'
import { keepExport } from '../services/media'
import { stopPullDownRefresh } from '../services/platform'
import { Chart } from './chart'
import { categoryOption, funnelOption, rankingOption, trendOption } from './report-charts'
import { StateView } from './state-view'
import { useBusy } from './use-busy'
import { useRemote } from './use-remote'
import { Page } from './page'
import { Choice } from './choice'

/** The five orders as the seeds' tables report them, then the overdue. */
const ORDERS: [keyof ReportCounts, string][] = [
  ['received', '选民接单'],
  ['dispatched', '人大派单'],
  ['accepted', '部门接单'],
  ['followed', '代表跟单'],
  ['rated', '群众评单'],
  ['satisfied', '满意（含基本满意）'],
  ['overdue', '曾超期'],
]

/** The groups that can be ranked against each other. */
const RANKED: readonly ReportBy[] = ['station', 'deputy', 'department']

const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`)
const days = (d: number | null) => (d === null ? '—' : `${d} 个工作日`)

function Rates({ row }: { row: ReportRow }) {
  return (
    <View className='figure-grid'>
      {(Object.keys(RATES) as Rate[]).map((r) => (
        <View key={r} className={`figure-cell report-rate--${r}`}>
          <Text className='figure'>{percent(row[r])}</Text>
          <Text className='muted'>{RATES[r]}</Text>
        </View>
      ))}
    </View>
  )
}

/**
 * 五单统计 of a period for the caller's scope (the office its district, staff their station, a
 * deputy their own cases): the five orders, the rates, each stage's median working days, and the
 * figures by month, category, station, deputy or department, ranked on a rate where they compare.
 */
export function ReportPage({ dimensions }: { dimensions: readonly ReportBy[] }) {
  const [preset, setPreset] = useState<Period | null>('month')
  const [period, setPeriod] = useState(() => periodOf('month', shanghaiDay(new Date())))
  const [by, setBy] = useState<ReportBy>(dimensions[0])
  const [rankOn, setRankOn] = useState<Rate | null>(null)
  const [exporting, run] = useBusy()
  const report = useRemote(() => reportFigures({ ...period, by }), [period.from, period.to, by])
  usePullDownRefresh(() => void report.reload().finally(stopPullDownRefresh))
  const pick = (p: Period) => (setPreset(p), setPeriod(periodOf(p, shanghaiDay(new Date()))))
  const choose = (edge: 'from' | 'to', value: string) => (setPreset(null), setPeriod((p) => ({ ...p, [edge]: value })))
  const r = report.data
  const rows = r && rankOn && RANKED.includes(by) ? rankedOn(r.rows, rankOn) : (r?.rows ?? [])
  const funnel = useMemo(() => r && funnelOption(r.total), [r])
  const chart = useMemo(() => {
    if (!r || r.rows.length === 0) return null
    if (r.by === 'month') return trendOption(r.rows)
    if (r.by === 'category') return categoryOption(r.rows)
    return rankingOption(r.rows, rankOn ?? 'satisfactionRate')
  }, [r, rankOn])
  return (
    <Page>
      <View className='chips report-periods'>
        {(Object.keys(PERIODS) as Period[]).map((p) => (
          <Choice key={p} on={preset === p} onPick={() => pick(p)}>
            {PERIODS[p]}
          </Choice>
        ))}
      </View>
      <View className='row filters'>
        <Picker mode='date' value={period.from} onChange={(e) => choose('from', e.detail.value)}>
          <Text className='link report-from'>{period.from}</Text>
        </Picker>
        <Text className='muted'>至</Text>
        <Picker mode='date' value={period.to} onChange={(e) => choose('to', e.detail.value)}>
          <Text className='link report-to'>{period.to}</Text>
        </Picker>
      </View>
      <Button className='btn btn--ghost btn--small export-report' loading={exporting} disabled={exporting} onClick={() => void run(async () => {
        const made = await exportWorkbook({ kind: 'report', ...period })
        await keepExport(made.url, made.name)
      })}>
        导出 Excel（五单汇总与各分组报表）
      </Button>
      <StateView loading={report.loading && !r} error={report.error} onRetry={report.reload}>
        {r && (
          <>
            <View className='card'>
              <Text className='section-title'>五单工作法</Text>
              {ORDERS.map(([key, label]) => (
                <View key={key} className={`row row--between funnel-row funnel-row--${key}`}>
                  <Text>{label}</Text>
                  <Text className='figure'>{`${r.total[key]} 件`}</Text>
                </View>
              ))}
              <Rates row={r.total} />
              {funnel && r.total.received > 0 && <Chart option={funnel} className='chart-funnel' />}
            </View>
            <View className='card'>
              <Text className='section-title'>各阶段用时（中位数）</Text>
              {(Object.keys(STAGE_LABELS) as (keyof typeof STAGE_LABELS)[]).map((s) => (
                <View key={s} className={`row row--between funnel-row stage-row--${s}`}>
                  <Text>{STAGE_LABELS[s]}</Text>
                  <Text className='figure'>{days(r.total.medianDays[s])}</Text>
                </View>
              ))}
            </View>
            <View className='tabs report-by'>
              {dimensions.map((d) => (
                <Text key={d} className={`tab ${d === by ? 'tab--on' : ''}`} onClick={() => (setBy(d), setRankOn(null))}>{`按${REPORT_BY[d]}`}</Text>
              ))}
            </View>
            {RANKED.includes(by) && (
              <View className='chips report-rank'>
                {(Object.keys(RATES) as Rate[]).map((rate) => (
                  <Choice key={rate} on={rankOn === rate} onPick={() => setRankOn(rankOn === rate ? null : rate)}>
                    {RATES[rate]}排名
                  </Choice>
                ))}
              </View>
            )}
            {rows.length === 0 && <Text className='muted'>这段时间没有诉求</Text>}
            {chart && (
              <View className='card'>
                <Text className='section-title'>{r.by === 'month' ? '月度趋势' : r.by === 'category' ? '各类别诉求' : `${REPORT_BY[r.by]}${RATES[rankOn ?? 'satisfactionRate']}排名`}</Text>
                <Chart option={chart} className={`chart-${r.by} ${r.by === 'month' ? '' : 'chart--tall'}`} />
              </View>
            )}
            {rows.map((row, i) => (
              <View key={row.key ?? 'none'} className='card report-row'>
                <View className='row row--between'>
                  <Text className='section-title'>{rankOn ? `${i + 1}. ${row.label}` : row.label}</Text>
                  <Text className='figure'>{`${row.received} 件`}</Text>
                </View>
                <Rates row={row} />
              </View>
            ))}
          </>
        )}
      </StateView>
    </Page>
  )
}
