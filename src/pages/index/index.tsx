import { Text, View } from '@tarojs/components'
import { Button } from '../../components/button'
import { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { StateView } from '../../components/state-view'
import { WaysIn } from '../../components/ways-in'
import { useRemote } from '../../components/use-remote'
import { useSignals } from '../../components/use-signals'
import type { DeputySummary } from '../../core/deputies/types'
import { deputyPagePath } from '../../core/scene'
import { errorMessage } from '../../services/api/call'
import { listDeputies } from '../../services/api/deputies'
import { nav, stopPullDownRefresh, toast } from '../../services/platform'
import { useAppStore } from '../../store'
import { Page } from '../../components/page'

interface Page {
  items: DeputySummary[]
  cursor?: string
}

/** Home: what this is, and the deputies one can reach without a QR code. */
export default function Home() {
  const isDeputy = useAppStore((s) => s.user?.role === 'deputy')
  const signals = useSignals()
  const setMineFilter = useAppStore((s) => s.setMineFilter)
  const openToRate = () => {
    setMineFilter('toRate')
    void nav.tab('/pages/mine/index')
  }
  const first = useRemote(() => listDeputies(), [])
  const [more, setMore] = useState<Page | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  const items = [...(first.data?.items ?? []), ...(more?.items ?? [])]
  const cursor = more ? more.cursor : first.data?.cursor

  usePullDownRefresh(() => {
    setMore(null)
    void first.reload().finally(stopPullDownRefresh)
  })

  const loadMore = async () => {
    setLoadingMore(true)
    try {
      const next = await listDeputies(cursor)
      setMore({ items: [...(more?.items ?? []), ...next.items], cursor: next.cursor })
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setLoadingMore(false)
    }
  }

  return (
    <Page careSwitch>
      <View className='hero'>
        <Text className='hero__title'>码上说事 马上回应</Text>
        <Text className='hero__sub'>扫代表或联络站的二维码，或直接告诉我们问题在哪里，说说身边的事</Text>
      </View>
      {signals && (signals.toRate > 0 || signals.unread > 0) && (
        <View className='card signals'>
          {signals.toRate > 0 && (
            <View className='row row--between list-item to-rate' onClick={openToRate}>
              <Text className='field-value'>{`${signals.toRate} 件诉求已办结，等您评价`}</Text>
              <Text className='link'>去评价</Text>
            </View>
          )}
          {signals.unread > 0 && (
            <View className='row row--between list-item unread-messages' onClick={() => nav.tab('/pages/messages/index')}>
              <Text className='field-value'>{`${signals.unread} 条新消息`}</Text>
              <Text className='link'>查看</Text>
            </View>
          )}
        </View>
      )}
      <WaysIn />
      <Button className='btn btn--ghost find-receptions' onClick={() => nav.to('/packages/stations/receptions/index')}>
        代表接待日
      </Button>
      <Button className='btn btn--ghost find-consultations' onClick={() => nav.to('/packages/legislation/list/index')}>
        法规草案征求意见
      </Button>
      {isDeputy && (
        <Button className='btn btn--primary' onClick={() => nav.to('/packages/deputy/inbox/index')}>
          代表收件箱
        </Button>
      )}
      <View className='card'>
        <Text className='section-title'>联络站代表</Text>
        <StateView loading={first.loading} error={first.error} onRetry={first.reload} empty={items.length === 0} emptyText='暂无代表信息'>
          {items.map((d) => (
            <View key={d.id} className='row row--between list-item deputy-item' onClick={() => nav.to(deputyPagePath(d.code))}>
              <Text className='deputy-item__name'>{d.name}</Text>
              <Text className='muted'>{d.level}</Text>
            </View>
          ))}
          {cursor && (
            <Button className='btn btn--ghost' loading={loadingMore} disabled={loadingMore} onClick={loadMore}>
              加载更多
            </Button>
          )}
        </StateView>
      </View>
    </Page>
  )
}
