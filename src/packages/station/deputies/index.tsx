import { Image, Input, Text, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { QrCard } from '../../../components/qr-card'
import { StateView } from '../../../components/state-view'
import { useRemote } from '../../../components/use-remote'
import type { DeputyOwnFields, ProfileChange } from '../../../core/deputies/types'
import { errorMessage } from '../../../services/api/call'
import { decideProfile, deputyPoster, profileChanges } from '../../../services/api/deputy-profiles'
import { getStation } from '../../../services/api/stations'
import { mediaSrc } from '../../../services/media'
import { stopPullDownRefresh, toast } from '../../../services/platform'
import { useAppStore } from '../../../store'
import { Page } from '../../../components/page'
import { alt } from '../../../components/a11y'

const FIELDS: [keyof Omit<DeputyOwnFields, 'photoUrl'>, string][] = [
  ['bio', '简介'],
  ['contactHours', '联系时间'],
  ['phone', '电话'],
  ['phonePublic', '公开电话'],
]
const shown = (v: string | boolean) => (typeof v === 'boolean' ? (v ? '是' : '否') : v || '（空）')

/** One proposal: what changes, side by side with the page as it is; approve, or return with a reason. */
function ChangeCard({ change, onDecided }: { change: ProfileChange; onDecided(items: ProfileChange[]): void }) {
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const decide = async (approve: boolean) => {
    setBusy(true)
    try {
      const r = await decideProfile({ id: change.id, approve, ...(approve ? {} : { reason }) })
      toast(approve ? '已通过，资料已公开' : '已退回', 'success')
      onDecided(r.items)
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }
  const { proposed: p, current: c } = change
  return (
    <View className='card profile-change'>
      <Text className='section-title'>{`${change.deputy.name}代表的资料修改`}</Text>
      {change.flagged.length > 0 && <Text className='warning change-flagged'>{`内容检测提示（${change.flagged.join('、')}），请仔细核对后再决定`}</Text>}
      {p.photoUrl !== c.photoUrl && (
        <View className='row'>
          <Text className='field-label'>照片：</Text>
          {p.photoUrl ? <Image {...alt('代表的新照片')} className='profile-photo' src={mediaSrc(p.photoUrl)} mode='aspectFill' /> : <Text>删除照片</Text>}
        </View>
      )}
      {FIELDS.filter(([k]) => p[k] !== c[k]).map(([k, label]) => (
        <View key={k} className='diff'>
          <Text className='field-label'>{label}</Text>
          <Text className='diff-old'>{shown(c[k])}</Text>
          <Text className='field-value diff-new'>{shown(p[k])}</Text>
        </View>
      ))}
      <Input className='input return-reason' value={reason} placeholder='退回理由（退回时必填）' maxlength={300} onInput={(e) => setReason(e.detail.value)} />
      <View className='row row--between'>
        <Button className='btn btn--ghost btn--small return-change' disabled={busy} onClick={() => decide(false)}>
          退回
        </Button>
        <Button className='btn btn--primary btn--small approve-change' loading={busy} disabled={busy} onClick={() => decide(true)}>
          通过并公开
        </Button>
      </View>
    </View>
  )
}

/** Staff's view of their station's deputies: proposals to review, and each deputy's poster to print. */
export default function StationDeputies() {
  const stationId = useAppStore((s) => s.user?.stationId) ?? ''
  const changes = useRemote(stationId ? () => profileChanges() : null, [stationId])
  const station = useRemote(stationId ? () => getStation({ id: stationId }) : null, [stationId])
  usePullDownRefresh(() => void Promise.all([changes.reload(), station.reload()]).finally(stopPullDownRefresh))

  return (
    <Page>
      <StateView loading={changes.loading} error={stationId ? changes.error : '只有联络站工作人员可以管理本站代表'} onRetry={changes.reload}>
        {changes.data && (
          <>
            <Text className='section-title'>{`待审核（${changes.data.items.length}）`}</Text>
            {changes.data.items.length === 0 && <Text className='muted no-changes'>没有待审核的资料修改</Text>}
            {changes.data.items.map((c) => (
              <ChangeCard key={c.id} change={c} onDecided={(items) => changes.replace({ items })} />
            ))}
          </>
        )}
      </StateView>
      <Text className='section-title'>代表海报</Text>
      <StateView loading={station.loading} error={station.error} onRetry={station.reload} empty={station.data?.deputiesList.length === 0} emptyText='本站还没有代表'>
        {station.data?.deputiesList.map((d) => (
          <View key={d.id} className='deputy-poster'>
            <Text className='field-value'>{`${d.name}（${d.levels.join('、')}）`}</Text>
            <QrCard
              load={() => deputyPoster(d.code)}
              label={`生成${d.name}的海报`}
              caption='可保存后打印张贴'
              saveAs={`码上说事-${d.code}.png`}
            />
          </View>
        ))}
      </StateView>
    </Page>
  )
}
