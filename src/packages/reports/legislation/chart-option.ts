import { chartBase } from '../../../components/report-charts'
import type { DraftFigures } from '../../../core/legislation/types'
import type { ChartOption } from '../../../services/chart'

/** The heat bar: how many people spoke on each article, in the draft's order (the whole draft last). */
export const heatOption = (f: DraftFigures): ChartOption => {
  const bars = [...f.articles.map((a) => ({ label: a.label, people: a.commenters })), { label: '整部草案', people: f.general }]
  const hot = [...bars].sort((a, b) => b.people - a.people).filter((b) => b.people > 0).slice(0, 5)
  return {
    ...chartBase(`《${f.title}》各条提意见的人数：${hot.length ? hot.map((b) => `${b.label} ${b.people} 人`).join('，') : '还没有人提意见'}。`),
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: bars.map((b) => b.label), axisLabel: { rotate: 60, interval: bars.length > 40 ? 'auto' : 0 } },
    yAxis: { type: 'value', minInterval: 1, name: '人' },
    series: [{ name: '提意见的人数', type: 'bar', barMaxWidth: 24, data: bars.map((b) => b.people) }],
  }
}
