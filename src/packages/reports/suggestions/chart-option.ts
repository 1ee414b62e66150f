import { chartBase } from '../../../components/report-charts'
import type { UnitFigures } from '../../../core/suggestions/figures'
import { GRADES, type Grade } from '../../../core/suggestions/states'
import type { ChartOption } from '../../../services/chart'

/** Each unit's answers by class, stacked (A to D), the units leading the most first. */
export const gradesOption = (units: readonly UnitFigures[]): ChartOption => {
  const shown = units.filter((u) => u.lead > 0)
  const grades = Object.keys(GRADES) as Grade[]
  return {
    ...chartBase(`各承办单位答复类别：${shown.map((u) => `${u.name} 主办 ${u.lead} 件，已答复 ${u.answered} 件（${grades.map((g) => `${g} 类 ${u.grades[g]}`).join('、')}）`).join('；')}。`),
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: shown.map((u) => u.name) },
    series: [
      ...grades.map((g) => ({ name: `${g} 类`, type: 'bar' as const, stack: 'grade', barMaxWidth: 28, data: shown.map((u) => u.grades[g]) })),
      { name: '未答复', type: 'bar' as const, stack: 'grade', barMaxWidth: 28, data: shown.map((u) => u.lead - u.answered) },
    ],
  }
}
