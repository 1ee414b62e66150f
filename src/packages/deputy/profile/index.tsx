import { Button, Image, Input, Switch, Text, Textarea, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { MediaPicker } from '../../../components/media'
import { NoticeCard } from '../../../components/notice-card'
import { QrCard } from '../../../components/qr-card'
import { StateView } from '../../../components/state-view'
import { useRemote } from '../../../components/use-remote'
import { BIO_MAX, CONTACT_HOURS_MAX } from '../../../core/limits'
import type { MediaItem } from '../../../core/media'
import type { NoticeView } from '../../../core/reception-views'
import type { DeputyOwnFields, ProfileChange } from '../../../core/types'
import { callFunction, errorMessage } from '../../../services/api'
import { mediaSrc } from '../../../services/media'
import { nav, stopPullDownRefresh, toast } from '../../../services/platform'
import { storage } from '../../../services/storage'

interface Mine {
  code: string
  current: DeputyOwnFields
  latest: ProfileChange | null
}

/** The form, kept on the phone until it is sent: a crash loses nothing. */
interface Draft {
  bio: string
  contactHours: string
  phone: string
  phonePublic: boolean
  /** keep the photo on the page, remove it, or a new upload. */
  photo: 'keep' | 'none' | MediaItem
}
const DRAFT_KEY = 'deputy-profile-draft'

const STATUS_TEXT = { pending: '已提交，等待联络站审核', approved: '上次修改已通过审核', rejected: '上次修改被退回' } as const

/** A deputy's own page: the poster to print, their duty days, and the profile they publish. */
export default function DeputyProfile() {
  const mine = useRemote(() => callFunction<Mine>('deputies', { action: 'myProfile' }), [])
  const code = mine.data?.code
  const duties = useRemote(code ? () => callFunction<{ upcoming: NoticeView[] }>('deputies', { action: 'figures', code }, { auth: false }) : null, [code])
  const [draft, setDraft] = useState<Draft | null>(null)
  const [busy, setBusy] = useState(0)
  const [sending, setSending] = useState(false)
  usePullDownRefresh(() => void Promise.all([mine.reload(), duties.reload()]).finally(stopPullDownRefresh))

  // What the form starts from: a draft left on the phone, else the proposal still waiting, else the page as it is.
  useEffect(() => {
    const m = mine.data
    if (!m || draft) return
    const base = m.latest?.status === 'pending' ? m.latest.proposed : m.current
    setDraft(storage.get<Draft>(DRAFT_KEY) ?? { bio: base.bio, contactHours: base.contactHours, phone: base.phone, phonePublic: base.phonePublic, photo: base.photoUrl ? 'keep' : 'none' })
  }, [mine.data, draft])

  const update = (patch: Partial<Draft>) =>
    setDraft((d) => {
      const next = { ...d!, ...patch }
      storage.set(DRAFT_KEY, next)
      return next
    })

  const send = async () => {
    const d = draft!
    setSending(true)
    try {
      const photoId = d.photo === 'keep' ? undefined : d.photo === 'none' ? null : d.photo.id
      const r = await callFunction<Mine>('deputies', { action: 'proposeProfile', bio: d.bio, contactHours: d.contactHours, phone: d.phone.trim(), phonePublic: d.phonePublic, photoId })
      storage.remove(DRAFT_KEY)
      mine.replace(r)
      toast('已提交审核', 'success')
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setSending(false)
    }
  }

  const m = mine.data
  const keptPhoto = m && (m.latest?.status === 'pending' ? m.latest.proposed.photoUrl : m.current.photoUrl)
  return (
    <View className='page'>
      <StateView loading={mine.loading} error={mine.error} onRetry={mine.reload}>
        {m && draft && (
          <>
            <QrCard
              load={() => callFunction<{ url: string }>('deputies', { action: 'poster', code: m.code })}
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
            <View className='card profile-form'>
              <Text className='section-title'>公开资料</Text>
              {m.latest && (
                <Text className={`banner banner--${m.latest.status}`}>
                  {STATUS_TEXT[m.latest.status]}
                  {m.latest.reason ? `：${m.latest.reason}` : ''}
                </Text>
              )}
              <Text className='field-label'>照片</Text>
              {draft.photo === 'keep' && keptPhoto ? (
                <View className='row'>
                  <Image className='profile-photo' src={mediaSrc(keptPhoto)} mode='aspectFill' />
                  <Button className='btn btn--ghost btn--small remove-photo' onClick={() => update({ photo: 'none' })}>
                    删除照片
                  </Button>
                </View>
              ) : (
                <MediaPicker
                  items={typeof draft.photo === 'object' ? [draft.photo] : []}
                  onChange={(items) => update({ photo: items[0] ?? 'none' })}
                  onBusy={setBusy}
                  limits={{ photos: 1, videos: 0 }}
                />
              )}
              <Text className='field-label'>个人简介</Text>
              <View className='textarea textarea--short'>
                <Textarea className='bio' value={draft.bio} maxlength={BIO_MAX} placeholder='例如：从事社区工作多年，关注养老、物业等问题' onInput={(e) => update({ bio: e.detail.value })} />
              </View>
              <Text className='counter'>
                {draft.bio.length}/{BIO_MAX}
              </Text>
              <Text className='field-label'>联系时间</Text>
              <Input className='input contact-hours' value={draft.contactHours} maxlength={CONTACT_HOURS_MAX} placeholder='例如：每周三下午在联络站' onInput={(e) => update({ contactHours: e.detail.value })} />
              <Text className='field-label'>联系电话</Text>
              <Input className='input phone' type='text' value={draft.phone} maxlength={13} placeholder='手机号或带区号的座机号（选填）' onInput={(e) => update({ phone: e.detail.value })} />
              <View className='row row--between'>
                <Text>在公开页面显示电话</Text>
                <Switch className='phone-public' checked={draft.phonePublic} color='#c8161d' onChange={(e) => update({ phonePublic: e.detail.value })} />
              </View>
              <Text className='hint'>不公开时，群众看不到您的电话。修改经联络站审核后公开。</Text>
            </View>
            <Button className='btn btn--primary send-profile' loading={sending} disabled={sending || busy > 0} onClick={send}>
              {busy > 0 ? '照片上传中…' : '提交审核'}
            </Button>
          </>
        )}
      </StateView>
    </View>
  )
}
