import { Text, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { LoadMore } from '../../../components/load-more'
import { Page } from '../../../components/page'
import { StateView } from '../../../components/state-view'
import type { ActivityView } from '../../../core/accountability/types'
import { useBusy } from '../../../components/use-busy'
import { usePaged } from '../../../components/use-paged'
import { useRemote } from '../../../components/use-remote'
import { RATINGS } from '../../../core/cases/ratings'
import { deputyPoints, dutyReport, publicActivities, rateDutyReport } from '../../../services/api/duty'
import { nav, stopPullDownRefresh, toast } from '../../../services/platform'
import { useAppStore } from '../../../store'
import { ActivityCard, PointItems } from '../activity-card'
import { percentText } from '../../../core/percent'

/** A 述职's result, and for a signed-in resident who has not yet rated it, the three buttons. */
function DutyReportCard({ code }: { code: string }) {
  const user = useAppStore((s) => s.user)
  const report = useRemote(() => dutyReport({ deputyCode: code }, !!user), [code, user?.id])
  const [busy, run] = useBusy()
  const r = report.data
  if (report.error || !r) return null
  const rate = (rating: (typeof RATINGS)[number]) =>
    run(async () => {
      report.replace(await rateDutyReport({ id: r.id, rating }))
      toast('感谢您的评议', 'success')
    })
  return (
    <View className='card duty-report'>
      <Text className='section-title'>{`${r.year}年度述职`}</Text>
      <Text className='field-value duty-verdict'>{`群众评议：${r.verdict}（满意率 ${percentText(r.rate)}）`}</Text>
      <Text className='muted duty-ratings'>{`满意 ${r.ratings.满意} · 基本满意 ${r.ratings.基本满意} · 不满意 ${r.ratings.不满意}（含现场述职纸质票 ${r.paper.满意 + r.paper.基本满意 + r.paper.不满意} 张）`}</Text>
      <Text className='duty-text'>{r.text}</Text>
      {r.mine ? (
        <Text className='hint'>{`您的评议：${r.mine}`}</Text>
      ) : (
        (!user || user.role === 'resident') && (
          <View className='row row--between rate-report'>
            {RATINGS.map((x) => (
              <Button key={x} className='btn btn--ghost btn--small rate-option' disabled={busy} onClick={() => void rate(x)}>
                {x}
              </Button>
            ))}
          </View>
        )
      )}
    </View>
  )
}

/** A deputy's public record: this quarter's points with what earned each, the last 述职 and its rating, every verified activity. */
export default function DeputyDuty() {
  const code = useRouter().params.code ?? ''
  const points = useRemote(() => deputyPoints({ deputyCode: code }), [code])
  const list = usePaged<ActivityView, { items: ActivityView[]; cursor?: string }>((cursor) => publicActivities(code, cursor), [code])
  usePullDownRefresh(() => void Promise.all([points.reload(), list.first.reload()]).finally(stopPullDownRefresh))
  const p = points.data
  return (
    <Page>
      <StateView loading={points.loading} error={points.error} onRetry={points.reload}>
        {p && (
          <View className='card duty-points'>
            <Text className='section-title'>{`${p.deputy.name}代表 本季度履职积分`}</Text>
            <View className='row row--between'>
              <Text className='figure points-total'>{`${p.total} 分`}</Text>
              <Text className='tag points-band'>{p.band}</Text>
            </View>
            <Text className='muted'>{`${p.from} 至 ${p.to}，每一分都来自下面的履职记录`}</Text>
            <PointItems items={p.items} />
          </View>
        )}
      </StateView>
      {code && <DutyReportCard code={code} />}
      {code && (
        <View className='card'>
          <Text className='link deputy-suggestions' onClick={() => nav.to(`/packages/suggestions/public/index?deputy=${encodeURIComponent(code)}`)}>
            查看代表提出和附议的代表建议及办理情况 ›
          </Text>
        </View>
      )}
      <View className='card'>
        <Text className='section-title'>履职档案</Text>
        <StateView loading={list.first.loading} error={list.first.error} onRetry={list.first.reload} empty={!list.items.length} emptyText='还没有经核实的履职记录'>
          {list.items.map((a) => (
            <ActivityCard key={a.id} a={a} />
          ))}
          <LoadMore paged={list} />
        </StateView>
      </View>
    </Page>
  )
}
