import { Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { useMemo } from 'react'
import { Chart } from '../../../components/chart'
import { Page } from '../../../components/page'
import { StateView } from '../../../components/state-view'
import { useParams } from '../../../components/use-params'
import { useRemote } from '../../../components/use-remote'
import type { DraftFigures, PointFigures } from '../../../core/legislation/types'
import { draftFigures, pointFigures } from '../../../services/api/legislation'
import { useYearChips } from '../year-chips'
import { stopPullDownRefresh } from '../../../services/platform'
import { heatOption } from './chart-option'

const pointLine = (p: PointFigures) =>
  `参与草案 ${p.consultations} 部 · 座谈会 ${p.forums} 场 · 意见 ${p.comments} 条（${p.people} 人）· 修改建议 ${p.opinions} 条 · 报送 ${p.submitted} 次 · 被采纳 ${p.adopted} 条`

/** One draft: the heat bar of people per article, and participation by the street of the point each came through. */
function Draft({ f }: { f: DraftFigures }) {
  const option = useMemo(() => heatOption(f), [f])
  return (
    <>
      <View className='card'>
        <Text className='section-title'>{`《${f.title}》各条热度`}</Text>
        <Chart option={option} className='chart--tall chart-article-heat' />
      </View>
      <View className='card'>
        <Text className='section-title'>按街道</Text>
        {f.streets.map((s) => (
          <Text key={s.street} className='field-value street-figures'>{`${s.street || '未经联系点（线上）'}：${s.people} 人，${s.comments} 条意见`}</Text>
        ))}
        {!f.streets.length && <Text className='muted'>还没有人提意见</Text>}
      </View>
    </>
  )
}

/**
 * 立法联系点统计 (the office, the points' staff, the consultants): each contact point's year — drafts
 * joined, forums, comments and people, opinions written and sent, adopted; with `id`, one draft's heat bar.
 */
export default function LegislationFigures() {
  const { id } = useParams()
  const [year, chips] = useYearChips()
  const points = useRemote(id ? null : () => pointFigures(year), [year, id])
  const draft = useRemote(id ? () => draftFigures(id) : null, [id])
  usePullDownRefresh(() => void (id ? draft.reload() : points.reload()).finally(stopPullDownRefresh))
  if (id) {
    return (
      <Page>
        <StateView loading={draft.loading} error={draft.error} onRetry={draft.reload}>{draft.data && <Draft f={draft.data} />}</StateView>
      </Page>
    )
  }
  const items = points.data?.items ?? []
  return (
    <Page>
      {chips}
      <StateView loading={points.loading} error={points.error} onRetry={points.reload} empty={!!points.data && !items.length} emptyText='本区还没有基层立法联系点'>
        <View className='card'>
          <Text className='section-title'>{`${year} 年各基层立法联系点`}</Text>
          {items.map((p) => (
            <View key={p.code} className='list-item point-figures'>
              <Text className='field-value'>{`${p.name}（${p.street}）`}</Text>
              <Text className='muted'>{pointLine(p)}</Text>
            </View>
          ))}
        </View>
      </StateView>
    </Page>
  )
}
