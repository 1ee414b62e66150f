import { Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { NoticeCard } from '../../../components/notice-card'
import { StateView } from '../../../components/state-view'
import { LoadMore } from '../../../components/load-more'
import { usePaged } from '../../../components/use-paged'
import type { NoticeView } from '../../../core/reception/views'
import { dayWithWeekday } from '../../../core/time'
import { listNotices } from '../../../services/api/reception-days'
import { nav, stopPullDownRefresh } from '../../../services/platform'
import { Page } from '../../../components/page'

/** 接待日: every station's coming reception days, soonest first, grouped by date (张榜公示). */
export default function Receptions() {
  const paged = usePaged<NoticeView, { items: NoticeView[]; cursor?: string }>((cursor) => listNotices({}, cursor), [])
  const list = paged.first
  usePullDownRefresh(() => void list.reload().finally(stopPullDownRefresh))
  const byDay = new Map<string, NoticeView[]>()
  for (const n of paged.items) byDay.set(n.next[0], [...(byDay.get(n.next[0]) ?? []), n])

  return (
    <Page>
      <Text className='hint'>各联络站近期的代表接待日，点开可提前提问或预约约见</Text>
      <StateView loading={list.loading} error={list.error} onRetry={list.reload} empty={byDay.size === 0} emptyText='近期没有接待日'>
        {[...byDay].map(([day, notices]) => (
          <View key={day} className='card reception-day'>
            <Text className='section-title reception-day__date'>{dayWithWeekday(day)}</Text>
            {notices.map((n) => (
              <View key={n.id} className='reception-day__item' onClick={() => nav.to(`/packages/stations/notice/index?id=${n.id}`)}>
                <Text className='muted'>{n.stationName}</Text>
                <NoticeCard notice={n} />
              </View>
            ))}
          </View>
        ))}
        <LoadMore paged={paged} />
      </StateView>
    </Page>
  )
}
