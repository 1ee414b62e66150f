import { Image, Input, Switch, Text, Textarea, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { useState } from 'react'
import { MediaPicker } from '../../../components/media'
import type { MyProfile } from '../../../core/deputies/types'
import { BIO_MAX, CONTACT_HOURS_MAX } from '../../../core/limits'
import type { MediaItem } from '../../../core/media/limits'
import { errorMessage } from '../../../services/api/call'
import { proposeProfile } from '../../../services/api/deputy-profiles'
import { mediaSrc } from '../../../services/media'
import { toast } from '../../../services/platform'
import { useDraft } from '../../../store/use-draft'
import { alt, labelled } from '../../../components/a11y'

/** The form, kept on the phone until it is sent: a crash loses nothing. */
interface Draft {
  bio: string
  contactHours: string
  phone: string
  phonePublic: boolean
  /** keep the photo on the page, remove it, or a new upload. */
  photo: 'keep' | 'none' | MediaItem
}

const STATUS_TEXT = { pending: '已提交，等待联络站审核', approved: '上次修改已通过审核', rejected: '上次修改被退回', superseded: '已被更新的修改取代' } as const

/** The fields the form starts from: the proposal still waiting, else the page as it is. */
const startOf = (m: MyProfile) => (m.latest?.status === 'pending' ? m.latest.proposed : m.current)

/** What the deputy publishes on their page, for their station's staff to review. */
export function ProfileForm({ mine, onSent }: { mine: MyProfile; onSent(m: MyProfile): void }) {
  const [draft, update, clear] = useDraft<Draft>('profile', () => {
    const base = startOf(mine)
    return { bio: base.bio, contactHours: base.contactHours, phone: base.phone, phonePublic: base.phonePublic, photo: base.photoUrl ? 'keep' : 'none' }
  })
  const [busy, setBusy] = useState(0)
  const [sending, setSending] = useState(false)
  const keptPhoto = startOf(mine).photoUrl

  const send = async () => {
    setSending(true)
    try {
      const photoId = draft.photo === 'keep' ? undefined : draft.photo === 'none' ? null : draft.photo.id
      const r = await proposeProfile({ bio: draft.bio, contactHours: draft.contactHours, phone: draft.phone.trim(), phonePublic: draft.phonePublic, photoId })
      clear()
      onSent(r)
      toast('已提交审核', 'success')
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setSending(false)
    }
  }

  return (
    <>
      <View className='card profile-form'>
        <Text className='section-title'>公开资料</Text>
        {mine.latest && (
          <Text className={`banner banner--${mine.latest.status}`}>
            {STATUS_TEXT[mine.latest.status]}
            {mine.latest.reason ? `：${mine.latest.reason}` : ''}
          </Text>
        )}
        <Text className='field-label'>照片</Text>
        {draft.photo === 'keep' && keptPhoto ? (
          <View className='row'>
            <Image {...alt('我的照片')} className='profile-photo' src={mediaSrc(keptPhoto)} mode='aspectFill' />
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
        <Text className='counter'>{`${draft.bio.length}/${BIO_MAX}`}</Text>
        <Text className='field-label'>联系时间</Text>
        <Input className='input contact-hours' value={draft.contactHours} maxlength={CONTACT_HOURS_MAX} placeholder='例如：每周三下午在联络站' onInput={(e) => update({ contactHours: e.detail.value })} />
        <Text className='field-label'>联系电话</Text>
        <Input className='input phone' type='text' value={draft.phone} maxlength={13} placeholder='手机号或带区号的座机号（选填）' onInput={(e) => update({ phone: e.detail.value })} />
        <View className='row row--between'>
          <Text>在公开页面显示电话</Text>
          <Switch {...labelled('在公开页面显示电话')} className='phone-public' checked={draft.phonePublic} color='#c8161d' onChange={(e) => update({ phonePublic: e.detail.value })} />
        </View>
        <Text className='hint'>不公开时，群众看不到您的电话。修改经联络站审核后公开。</Text>
      </View>
      <Button className='btn btn--primary send-profile' loading={sending} disabled={sending || busy > 0} onClick={send}>
        {busy > 0 ? '照片上传中…' : '提交审核'}
      </Button>
    </>
  )
}
