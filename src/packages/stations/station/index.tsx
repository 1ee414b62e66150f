import { Text, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { NoticeCard } from '../../../components/notice-card'
import { QrCard } from '../../../components/qr-card'
import { StateView } from '../../../components/state-view'
import { LoadMore } from '../../../components/load-more'
import { usePaged } from '../../../components/use-paged'
import { useRemote } from '../../../components/use-remote'
import { deputyPagePath } from '../../../core/scene'
import { PERIOD_LABELS } from '../../../core/stations/types'
import { errorMessage } from '../../../services/api/call'
import type { NoticeView } from '../../../core/reception/views'
import { followStation, listNotices } from '../../../services/api/reception-days'
import { getStation, stationQr } from '../../../services/api/stations'
import { callPhone, nav, openMap, stopPullDownRefresh, toast } from '../../../services/platform'
import { Page } from '../../../components/page'

/** A station's page: where and when, who is on duty, and every deputy grouped into it. */
export default function Station() {
  const { params } = useRouter()
  // Opened from the directory by id, or from a station's QR code by its code.
  const station = useRemote(
    () => getStation(params.id ? { id: params.id } : { code: params.code ?? '' }),
    [params.id, params.code],
  )
  const id = station.data?.id ?? ''
  const paged = usePaged<NoticeView, { items: NoticeView[]; cursor?: string; following?: boolean }>(id ? (cursor) => listNotices({ stationId: id }, cursor) : null, [id])
  const notices = paged.first
  const [following, setFollowing] = useState<boolean | null>(null)
  usePullDownRefresh(() => void Promise.all([station.reload(), notices.reload()]).finally(stopPullDownRefresh))
  const s = station.data
  const isFollowing = following ?? notices.data?.following ?? false

  const toggleFollow = async () => {
    try {
      const r = await followStation(id, !isFollowing)
      setFollowing(r.following)
      toast(r.following ? '已关注，新的接待日会通知您' : '已取消关注', 'success')
    } catch (e) {
      toast(errorMessage(e))
    }
  }

  return (
    <Page>
      <StateView loading={station.loading} error={station.error} onRetry={station.reload}>
        {s && (
          <>
            <View className='card'>
              <View className='row row--between'>
                <Text className='station-title'>{s.name}</Text>
                <Text className='tag tag--open'>{s.kind}</Text>
              </View>
              <Text className='muted regions'>{s.regions.join(' › ')}</Text>
              <Text className='field-label'>地址</Text>
              <Text className='field-value'>{s.address}</Text>
              {s.openHours && (
                <>
                  <Text className='field-label'>开放时间</Text>
                  <Text className='field-value open-hours'>{s.openHours}</Text>
                </>
              )}
              <View className='row row--wrap'>
                {s.latitude !== null && s.longitude !== null && (
                  <Button className='btn btn--ghost btn--small' onClick={() => openMap({ latitude: s.latitude!, longitude: s.longitude!, name: s.name, address: s.address })}>
                    查看地图
                  </Button>
                )}
                {s.contact && (
                  <Button className='btn btn--ghost btn--small' onClick={() => callPhone(s.contact)}>
                    电话 {s.contact}
                  </Button>
                )}
              </View>
            </View>
            <Button className='btn btn--primary file-to-station' onClick={() => nav.to(`/pages/submit/index?station=${s.code}`)}>
              向本站反映问题
            </Button>
            {s.legislativePoint && (
              <Button className='btn btn--ghost point-consultations' onClick={() => nav.to(`/packages/legislation/list/index?from=${s.code}`)}>
                本站是基层立法联系点：阅读法规草案、提意见
              </Button>
            )}
            <Button className='btn btn--ghost station-study' onClick={() => nav.to(`/packages/study/corner/index?station=${s.code}`)}>
              本站学习宣传
            </Button>
            <View className='card station-notices'>
              <View className='row row--between'>
                <Text className='section-title'>接待日</Text>
                <Button className='btn btn--ghost btn--small follow-station' onClick={toggleFollow}>
                  {isFollowing ? '已关注' : '关注本站'}
                </Button>
              </View>
              <StateView loading={notices.loading} error={notices.error} onRetry={notices.reload} empty={paged.items.length === 0} emptyText='近期暂无接待日安排'>
                {paged.items.map((n) => (
                  <NoticeCard key={n.id} notice={n} onClick={() => nav.to(`/packages/stations/notice/index?id=${n.id}`)} />
                ))}
                <LoadMore paged={paged} />
              </StateView>
            </View>
            {s.roster && (
              <View className='card roster'>
                <Text className='section-title'>值班代表</Text>
                <Text className='field-value on-duty'>{`今天：${[...s.roster.today.fixed, s.roster.today.rotating].filter(Boolean).join('、') || '暂无安排'}`}</Text>
                {s.roster.fixed.length > 0 && <Text className='muted roster__line'>{`常驻：${s.roster.fixed.map((d) => d.name).join('、')}`}</Text>}
                {s.roster.rotating.length > 0 && (
                  <Text className='muted roster__line'>{`${PERIOD_LABELS[s.roster.period]}轮值：${s.roster.rotating.map((d) => d.name).join(' → ')}`}</Text>
                )}
              </View>
            )}
            <QrCard
              load={() => stationQr(s.id)}
              label='查看联络站二维码'
              caption={`${s.name}的码上说事二维码，扫码即可向本站反映问题`}
            />
            <View className='card'>
              <Text className='section-title'>{`本站代表（${s.deputiesList.length}）`}</Text>
              {s.deputiesList.map((d) => (
                <View key={d.id} className='list-item station-deputy' onClick={() => nav.to(deputyPagePath(d.code))}>
                  <View className='row row--between'>
                    <Text className='deputy-item__name'>{d.name}</Text>
                    <Text className='muted'>{d.levels.join('、')}</Text>
                  </View>
                  {d.duties && <Text className='muted'>{d.duties}</Text>}
                </View>
              ))}
            </View>
          </>
        )}
      </StateView>
    </Page>
  )
}
