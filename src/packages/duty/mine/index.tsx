import { Text, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { usePullDownRefresh } from '@tarojs/taro'
import { LoadMore } from '../../../components/load-more'
import { Page } from '../../../components/page'
import { StateView } from '../../../components/state-view'
import type { ActivityView } from '../../../core/accountability/types'
import { usePaged } from '../../../components/use-paged'
import { useReloadOnShow } from '../../../components/use-reload-on-show'
import { useRemote } from '../../../components/use-remote'
import { deputyPoints, myActivities, taskProgress } from '../../../services/api/duty'
import { nav, stopPullDownRefresh } from '../../../services/platform'
import { useAppStore } from '../../../store'
import { ActivityCard, PointItems } from '../activity-card'
import { TaskList } from '../task-list'

/** The deputy's own 履职: this period's tasks, this quarter's points, every activity with its status; record one, write the 述职. */
export default function MyDuty() {
  const user = useAppStore((s) => s.user)
  const deputy = user?.role === 'deputy'
  const tasks = useRemote(deputy ? () => taskProgress({}) : null, [user?.id])
  const points = useRemote(deputy ? () => deputyPoints({}) : null, [user?.id])
  const list = usePaged<ActivityView, { items: ActivityView[]; cursor?: string }>(deputy ? (cursor) => myActivities(cursor) : null, [user?.id])
  const reload = () => Promise.all([tasks.reload(), points.reload(), list.first.reload()])
  usePullDownRefresh(() => void reload().finally(stopPullDownRefresh))
  useReloadOnShow(async () => void (await reload()))
  if (!deputy) return <Page><View className='state state--error'><Text className='state__text'>只有人大代表可以查看自己的履职</Text></View></Page>
  const p = points.data
  return (
    <Page>
      <View className='row row--between'>
        <Button className='btn btn--primary record-activity' onClick={() => nav.to('/packages/duty/record/index')}>
          登记履职活动
        </Button>
        <Button className='btn btn--ghost my-duty-report' onClick={() => nav.to('/packages/duty/report/index')}>
          我的述职
        </Button>
      </View>
      <View className='card'>
        <Text className='section-title'>履职任务</Text>
        <StateView loading={tasks.loading} error={tasks.error} onRetry={tasks.reload}>
          {tasks.data && <TaskList items={tasks.data.items} />}
        </StateView>
      </View>
      <View className='card'>
        <Text className='section-title'>{`本季度积分${p ? `：${p.total} 分（${p.band}）` : ''}`}</Text>
        <StateView loading={points.loading} error={points.error} onRetry={points.reload}>
          {p && <PointItems items={p.items} />}
        </StateView>
      </View>
      <View className='card'>
        <Text className='section-title'>我的履职记录</Text>
        <StateView loading={list.first.loading} error={list.first.error} onRetry={list.first.reload} empty={!list.items.length} emptyText='还没有登记履职活动'>
          {list.items.map((a) => (
            <ActivityCard key={a.id} a={a} showStatus />
          ))}
          <LoadMore paged={list} />
        </StateView>
      </View>
    </Page>
  )
}
