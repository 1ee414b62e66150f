import { Input, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { labelled } from '../../../components/a11y'
import { Button } from '../../../components/button'
import { Choice } from '../../../components/choice'
import { MediaPicker } from '../../../components/media'
import { Page } from '../../../components/page'
import { useFormSend } from '../../../components/use-form-send'
import type { MediaItem } from '../../../core/media/limits'
import { POST_KINDS, type PostKind } from '../../../core/study/types'
import { publishPost } from '../../../services/api/study'
import { nav, toast } from '../../../services/platform'
import { useAppStore } from '../../../store'
import { useDraft } from '../../../store/use-draft'

interface PostDraft {
  kind: PostKind
  title: string
  body: string
  media: MediaItem[]
}

const fresh = (): PostDraft => ({ kind: '法规解读', title: '', body: '', media: [] })

function problemOf(d: PostDraft, uploading: number): string | null {
  if (d.title.trim().length < 4) return '请填写标题（至少 4 个字）'
  if (d.body.trim().length < 10) return '请填写内容（至少 10 个字）'
  if (uploading) return '照片还在上传，请稍候'
  return null
}

/** 发布宣传 (a station's staff on their station, the office for the district): a short item with photos, kept on the phone until it is sent. */
export default function Compose() {
  const user = useAppStore((s) => s.user)
  const [draft, update, clear] = useDraft<PostDraft>('study-post', fresh)
  const [uploading, setUploading] = useState(0)
  const { problem, sending, send } = useFormSend(() => problemOf(draft, uploading))
  const submit = () =>
    send(async () => {
      await publishPost({ kind: draft.kind, title: draft.title.trim(), body: draft.body.trim(), ...(draft.media.length ? { media: draft.media.map((m) => m.id) } : {}) })
      clear()
      toast('已发布', 'success')
      nav.back()
    })
  return (
    <Page>
      <View className='card'>
        <Text className='muted'>{user?.role === 'office' ? '发布为全区的宣传' : '发布在本站的宣传栏'}</Text>
        <View className='chips'>
          {POST_KINDS.map((k) => (
            <Choice key={k} className='post-kind' on={draft.kind === k} onPick={() => update({ kind: k })}>{k}</Choice>
          ))}
        </View>
        <Input {...labelled('标题')} className='input post-title' value={draft.title} maxlength={60} placeholder='标题' onInput={(e) => update({ title: e.detail.value })} />
        <View className='textarea'>
          <Textarea {...labelled('内容')} className='post-body-input' value={draft.body} maxlength={3000} placeholder='一部法规改了什么、一件民生实事办成了什么、一次座谈会的成果' onInput={(e) => update({ body: e.detail.value })} />
        </View>
        <Text className='field-label'>照片（最多 9 张）</Text>
        <MediaPicker items={draft.media} onChange={(media) => update({ media })} onBusy={setUploading} limits={{ photos: 9, videos: 0 }} />
        {problem && <Text className='warning'>{problem}</Text>}
        <Button className='btn btn--primary publish-post' loading={sending} disabled={sending} onClick={() => void submit()}>发布</Button>
      </View>
    </Page>
  )
}
