import { Image, Text, View } from '@tarojs/components'
import { Button } from '../../components/button'
import { useEffect } from 'react'
import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { QrCard } from '../../components/qr-card'
import { DeputyRecord } from '../../components/deputy-record'
import { StateView } from '../../components/state-view'
import { WaysIn } from '../../components/ways-in'
import { useRemote } from '../../components/use-remote'
import { decodeScene, deputyPagePath, encodeScene } from '../../core/scene'
import { deputyQr, deputyRecord, getDeputy } from '../../services/api/deputies'
import { mediaSrc } from '../../services/media'
import { callPhone, nav } from '../../services/platform'
import { ReportButton } from '../../components/report-button'
import { Page } from '../../components/page'
import { alt } from '../../components/a11y'

/** Where a deputy's QR code lands: who they are, and the button to tell them what is wrong. */
export default function DeputyLanding() {
  const { params } = useRouter()
  const scene = decodeScene(params.scene)
  const code = scene?.kind === 'deputy' ? scene.code : null
  const deputy = useRemote(
    code ? () => getDeputy(code) : null,
    [code],
  )
  // The live figures come after the name: the name is what must be on screen first.
  const named = deputy.data !== null && !deputy.data.retired
  const record = useRemote(code && named ? () => deputyRecord(code) : null, [code, named])
  const title = deputy.data ? `${deputy.data.name}：码上说事 马上回应` : '码上说事'
  useShareAppMessage(() => ({ title, path: code ? deputyPagePath(code) : '/pages/index/index' }))
  useShareTimeline(() => ({ title, query: code ? `scene=${encodeURIComponent(encodeScene({ kind: 'deputy', code }))}` : '' }))

  // A station's code (s=…) opens that station's page; a draft law's (l=…) the draft; a ballot's (b=…) the ballot.
  useEffect(() => {
    if (scene?.kind === 'station') void nav.redirect(`/packages/stations/station/index?code=${scene.code}`)
    if (scene?.kind === 'consultation') void nav.redirect(`/packages/legislation/read/index?code=${scene.code}`)
    if (scene?.kind === 'ballot') void nav.redirect(`/packages/oversight/ballot/index?code=${scene.code}`)
  }, [scene?.kind, scene?.code])

  if (scene && scene.kind !== 'deputy') return <View className='page' />
  if (!code) {
    return (
      <Page>
        <View className='state state--error'>
          <Text className='state__text'>无法识别这个二维码，请确认扫描的是人大代表的“码上说事”二维码</Text>
          <WaysIn />
        </View>
      </Page>
    )
  }
  const d = deputy.data
  return (
    <Page careSwitch>
      <StateView loading={deputy.loading} error={deputy.error} onRetry={deputy.reload} errorAction={<WaysIn />}>
        {d?.retired && (
          <View className='card deputy-retired'>
            <Text className='deputy-name'>{d.name}</Text>
            <Text className='field-value'>这位代表已离任，不再通过这个二维码接收反映。</Text>
            <Text className='field-label'>您可以向所在联络站反映问题</Text>
            <Text className='field-value station-name'>{d.station.name}</Text>
            <Text className='muted'>{d.station.address}</Text>
            <Button className='btn btn--primary' onClick={() => nav.to(`/packages/stations/station/index?id=${d.station.id}`)}>
              前往联络站
            </Button>
          </View>
        )}
        {d && !d.retired && (
          <>
            <View className='card'>
              {d.photoUrl && <Image {...alt(`${d.name}代表的照片`)} className='profile-photo deputy-photo' src={mediaSrc(d.photoUrl)} mode='aspectFill' />}
              <Text className='deputy-name'>{d.name}</Text>
              <View className='row row--wrap levels'>
                {d.levels.map((l) => (
                  <Text key={l} className='level'>
                    {l}
                  </Text>
                ))}
              </View>
              <Text className='field-label'>所在联络站</Text>
              <Text className='field-value station-name'>{d.station.name}</Text>
              <Text className='muted'>{d.station.address}</Text>
              {d.duties && (
                <>
                  <Text className='field-label'>职务</Text>
                  <Text className='field-value'>{d.duties}</Text>
                </>
              )}
              {d.bio && (
                <View>
                  <Text className='deputy-bio'>{d.bio}</Text>
                  <ReportButton kind='bio' id={d.id} />
                </View>
              )}
              {d.contactHours && (
                <>
                  <Text className='field-label'>联系时间</Text>
                  <Text className='field-value contact-hours'>{d.contactHours}</Text>
                </>
              )}
              {d.phone && (
                <Button className='btn btn--ghost btn--small deputy-phone' onClick={() => callPhone(d.phone!)}>
                  致电 {d.phone}
                </Button>
              )}
            </View>
            <Button className='btn btn--primary' onClick={() => nav.to(`/pages/submit/index?code=${d.code}`)}>
              码上说事
            </Button>
            <Text className='hint'>把身边的难事、烦心事告诉代表，办理进度会通知您</Text>
            {record.data && <DeputyRecord code={d.code} data={record.data} />}
            <QrCard
              load={() => deputyQr(d.code)}
              label='查看代表二维码'
              caption={`${d.name}代表的码上说事二维码，扫码即可反映问题；点开后长按可保存`}
            />
          </>
        )}
      </StateView>
    </Page>
  )
}
