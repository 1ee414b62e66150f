import { Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { useMemo } from 'react'
import { Button } from '../../../components/button'
import { Chart } from '../../../components/chart'
import { Page } from '../../../components/page'
import { StateView } from '../../../components/state-view'
import { useBusy } from '../../../components/use-busy'
import { useRemote } from '../../../components/use-remote'
import { percentText } from '../../../core/percent'
import type { UnitFigures } from '../../../core/suggestions/figures'
import { exportWorkbook } from '../../../services/api/reports'
import { suggestionFiguresOf } from '../../../services/api/suggestions'
import { keepExport } from '../../../services/media'
import { stopPullDownRefresh, toast } from '../../../services/platform'
import { useAppStore } from '../../../store'
import { useYearChips } from '../year-chips'
import { gradesOption } from './chart-option'

/** One unit's line of the 汇总表, in words a phone shows. */
const unitLine = (u: UnitFigures) =>
  `主办 ${u.lead} · 协办 ${u.assist} · 按时签收 ${u.signedOnTime} · 已答复 ${u.answered}（按期 ${u.answeredOnTime}）· A ${u.grades.A} B ${u.grades.B} C ${u.grades.C} D ${u.grades.D} · 满意率 ${percentText(u.satisfactionRate)} · 重新办理 ${u.rehandled} · 现超期 ${u.overdue}`

/** 代表建议办理统计 (the office; a unit its own row): a year's 交办 by unit and by deputy, the classes charted, the 汇总表 to Excel. */
export default function SuggestionFiguresPage() {
  const role = useAppStore((s) => s.user?.role)
  const [year, chips] = useYearChips()
  const period = { from: `${year}-01-01`, to: `${year}-12-31` }
  const figures = useRemote(() => suggestionFiguresOf(period), [year])
  usePullDownRefresh(() => void figures.reload().finally(stopPullDownRefresh))
  const [exporting, run] = useBusy()
  const f = figures.data
  const option = useMemo(() => (f?.units.some((u) => u.lead > 0) ? gradesOption(f.units) : null), [f])
  return (
    <Page>
      {chips}
      <StateView loading={figures.loading} error={figures.error} onRetry={figures.reload} empty={!!f && !f.units.length} emptyText='这一年还没有交办的代表建议'>
        {f && (
          <>
            <View className='card suggestion-totals'>
              <Text className='section-title'>{`${year} 年交办 ${f.total.lead} 件`}</Text>
              <Text className='field-value'>{`已答复 ${f.total.answered} 件，按期答复 ${f.total.answeredOnTime} 件；A 类 ${f.total.grades.A}、B 类 ${f.total.grades.B}、C 类 ${f.total.grades.C}、D 类 ${f.total.grades.D}；代表满意率 ${percentText(f.total.satisfactionRate)}；重新办理 ${f.total.rehandled} 件，现超期 ${f.total.overdue} 件`}</Text>
              {role === 'office' && (
                <Button className='btn btn--ghost btn--small export-suggestions' loading={exporting} disabled={exporting} onClick={() => void run(async () => {
                  const made = await exportWorkbook({ kind: 'suggestions', ...period })
                  await keepExport(made.url, made.name)
                  toast(`已导出 ${made.rows} 条建议`)
                })}>
                  导出建议办理情况汇总表（Excel）
                </Button>
              )}
            </View>
            {option && <View className='card'><Text className='section-title'>各单位答复类别</Text><Chart option={option} className='chart--tall chart-suggestion-grades' /></View>}
            <View className='card'>
              <Text className='section-title'>按承办单位</Text>
              {f.units.map((u) => (
                <View key={u.name} className='list-item unit-figures'>
                  <Text className='field-value'>{u.name}</Text>
                  <Text className='muted'>{unitLine(u)}</Text>
                </View>
              ))}
            </View>
            {f.deputies.length > 0 && (
              <View className='card'>
                <Text className='section-title'>按代表</Text>
                {f.deputies.map((d) => (
                  <Text key={d.code} className='field-value deputy-figures'>{`${d.name}：领衔 ${d.led}、附议 ${d.joined}，已答复 ${d.answered}，满意率 ${percentText(d.satisfactionRate)}`}</Text>
                ))}
              </View>
            )}
          </>
        )}
      </StateView>
    </Page>
  )
}
