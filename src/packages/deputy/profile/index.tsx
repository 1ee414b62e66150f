import { Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { NoticeCard } from '../../../components/notice-card'
import { QrCard } from '../../../components/qr-card'
import { StateView } from '../../../components/state-view'
import { useRemote } from '../../../components/use-remote'
import { deputyRecord } from '../../../services/api/deputies'
import { deputyPoster, myProfile } from '../../../services/api/deputy-profiles'
import { nav, stopPullDownRefresh } from '../../../services/platform'
import { ProfileForm } from './profile-form'
import { Page } from '../../../components/page'

/** A deputy's own page: the poster to print, their duty days, and the profile they publish. */
export default function DeputyProfile() {
  const mine = useRemote(() => myProfile(), [])
  const code = mine.data?.code
  const duties = useRemote(code ? () => deputyRecord(code) : null, [code])
  usePullDownRefresh(() => void Promise.all([mine.reload(), duties.reload()]).finally(stopPullDownRefresh))

  const m = mine.data
  return (
    <Page>
      <StateView loading={mine.loading} error={mine.error} onRetry={mine.reload}>
        {m && (
          <>
            <QrCard
              load={() => deputyPoster(m.code)}
              label='生成我的二维码海报'
              caption='海报可打印张贴，群众扫码即可向您反映问题'
              saveAs={`码上说事-${m.code}.png`}
            />
            <View className='card'>
              <Text className='section-title'>我的接待日</Text>
              {duties.data && duties.data.upcoming.length > 0 ? (
                duties.data.upcoming.map((n) => <NoticeCard key={n.id} notice={n} onClick={() => nav.to(`/packages/stations/notice/index?id=${n.id}`)} />)
              ) : (
                <Text className='muted'>{duties.loading ? '正在加载…' : duties.error ?? '近期没有排到接待日'}</Text>
              )}
            </View>
            <ProfileForm mine={m} onSent={mine.replace} />
          </>
        )}
      </StateView>
    </Page>
  )
}
