import { rankedOn, RATES, type Rate, type ReportRow } from '../core/stats/report'
import type { ChartOption } from '../services/chart'

/** The congress red first, then colours that stay apart for the colour-blind. */
const COLOURS = ['#c8161d', '#1f6fb2', '#e69f00', '#009e73', '#6a3d9a']
/** What every chart shares; `description` is what a screen reader says of it (echarts' own reads category charts poorly). */
export const chartBase = (description: string) => ({ color: COLOURS, aria: { enabled: true, label: { description } }, animation: false, textStyle: { fontSize: 12 } })
/** A rate in per cent to one decimal; '-' (echarts' empty) where there is none. */
const percent = (r: number | null) => (r === null ? '-' : Math.round(r * 1000) / 10)
const rateText = (r: number | null) => (r === null ? '无' : `${percent(r)}%`)

/** The five orders of the whole, narrowing from what residents placed to what they rated. */
export const funnelOption = (t: ReportRow): ChartOption => ({
  ...chartBase(`五单漏斗图：选民接单 ${t.received} 件，人大派单 ${t.dispatched} 件，部门接单 ${t.accepted} 件，代表跟单 ${t.followed} 件，群众评单 ${t.rated} 件。`),
  series: [
    {
      name: '五单',
      type: 'funnel',
      sort: 'none',
      left: '10%',
      width: '80%',
      minSize: '20%',
      label: { position: 'inside', formatter: '{b} {c}' },
      data: [
        { name: '选民接单', value: t.received },
        { name: '人大派单', value: t.dispatched },
        { name: '部门接单', value: t.accepted },
        { name: '代表跟单', value: t.followed },
        { name: '群众评单', value: t.rated },
      ],
    },
  ],
})

/** Month by month: cases received and resolved (bars), and the satisfaction rate (a line, in per cent). */
export const trendOption = (rows: readonly ReportRow[]): ChartOption => ({
  ...chartBase(`月度趋势图：${rows.map((r) => `${r.label} 选民接单 ${r.received} 件，已办结 ${r.resolved} 件，满意率 ${rateText(r.satisfactionRate)}`).join('；')}。`),
  legend: { top: 0 },
  grid: { left: 40, right: 40, top: 36, bottom: 28 },
  tooltip: { trigger: 'axis' },
  xAxis: { type: 'category', data: rows.map((r) => r.label) },
  yAxis: [{ type: 'value', name: '件', minInterval: 1 }, { type: 'value', name: '%', max: 100 }],
  series: [
    { name: '选民接单', type: 'bar', data: rows.map((r) => r.received) },
    { name: '已办结', type: 'bar', data: rows.map((r) => r.resolved) },
    { name: '满意率', type: 'line', yAxisIndex: 1, connectNulls: true, data: rows.map((r) => percent(r.satisfactionRate)) },
  ],
})

/** Cases by category, most first. */
export const categoryOption = (rows: readonly ReportRow[]): ChartOption => {
  const sorted = [...rows].sort((a, b) => a.received - b.received)
  return {
    ...chartBase(`各类别诉求图：${[...sorted].reverse().map((r) => `${r.label} ${r.received} 件`).join('，')}。`),
    grid: { left: 80, right: 24, top: 8, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: sorted.map((r) => r.label) },
    series: [{ name: '选民接单', type: 'bar', data: sorted.map((r) => r.received), label: { show: true, position: 'right' } }],
  }
}

/** Stations (or deputies, departments) ranked on a rate, best at the top. */
export const rankingOption = (rows: readonly ReportRow[], rate: Rate): ChartOption => {
  const ranked = rankedOn(rows, rate).slice(0, 15).reverse()
  return {
    ...chartBase(`${RATES[rate]}排名图：${[...ranked].reverse().map((r, i) => `第 ${i + 1} 名 ${r.label} ${rateText(r[rate])}`).join('，')}。`),
    grid: { left: 120, right: 48, top: 8, bottom: 24 },
    xAxis: { type: 'value', max: 100, name: '%' },
    yAxis: { type: 'category', data: ranked.map((r) => r.label), axisLabel: { width: 110, overflow: 'truncate' } },
    series: [{ name: RATES[rate], type: 'bar', data: ranked.map((r) => percent(r[rate])), label: { show: true, position: 'right', formatter: '{c}%' } }],
  }
}
