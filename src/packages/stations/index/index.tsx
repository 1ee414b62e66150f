import { Input, Text, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import type { Position } from '../../../core/fields'
import { distanceText } from '../../../core/places/distance'
import { StateView } from '../../../components/state-view'
import { useRemote } from '../../../components/use-remote'
import { listStations } from '../../../services/api/stations'
import { currentPosition, nav, stopPullDownRefresh, toast } from '../../../services/platform'
import { Page } from '../../../components/page'

/** The station directory: every station, searched by name or street, or sorted by distance. */
export default function Stations() {
  const [search, setSearch] = useState('')
  const [near, setNear] = useState<Position | null>(null)
  const list = useRemote(
    () => listStations({ ...(search.trim() ? { q: search.trim() } : {}), ...(near ? { near } : {}) }),
    [search, near?.latitude, near?.longitude],
  )
  usePullDownRefresh(() => void list.reload().finally(stopPullDownRefresh))
  const items = list.data?.items ?? []

  const sortByDistance = async () => {
    const here = await currentPosition()
    if (here) setNear(here)
    else toast('未能获取您的位置，请在设置中允许使用位置')
  }

  return (
    <Page>
      <View className='card'>
        <Input className='input station-search' value={search} placeholder='搜索联络站名称、街道或地址' maxlength={30} confirmType='search' onInput={(e) => setSearch(e.detail.value)} />
        <Button className='btn btn--ghost btn--small nearby' onClick={sortByDistance}>
          {near ? '已按距离排序' : '离我最近'}
        </Button>
      </View>
      <StateView loading={list.loading} error={list.error} onRetry={list.reload} empty={items.length === 0} emptyText='没有找到相关的联络站'>
        {items.map((s) => (
          <View key={s.id} className='card station-item' onClick={() => nav.to(`/packages/stations/station/index?id=${s.id}`)}>
            <View className='row row--between'>
              <Text className='station-item__name'>{s.name}</Text>
              <Text className='tag tag--open'>{s.kind}</Text>
            </View>
            <Text className='muted line station-item__address'>{s.address}</Text>
            <Text className='muted line station-item__deputies'>{`${s.deputies} 位代表${s.distanceKm !== null ? ` · 距您 ${distanceText(s.distanceKm)}` : ''}`}</Text>
          </View>
        ))}
      </StateView>
    </Page>
  )
}
