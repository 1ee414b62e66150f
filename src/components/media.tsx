import { Image, Text, Video, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { attachmentsProblem, MEDIA_LIMITS, mediaProblem, type AttachmentLimits, type MediaItem } from '../core/media/limits'
import { errorMessage } from '../services/api/call'
import { mediaSrc, pickMedia, previewPhotos, uploadMedia, type PickedFile } from '../services/media'
import { toast } from '../services/platform'
import { alt } from './a11y'

/** Photos open full screen; a video plays in place. */
export function MediaGallery({ items }: { items: readonly MediaItem[] }) {
  if (items.length === 0) return null
  const photos = items.filter((m) => m.kind === 'photo').map((m) => m.url)
  return (
    <View className='media-grid'>
      {items.map((m, i) =>
        m.kind === 'photo' ? (
          <Image key={m.id} {...alt(`照片 ${i + 1}，点击查看大图`)} className='media-tile media-photo' src={mediaSrc(m.url)} mode='aspectFill' onClick={() => previewPhotos(photos, m.url)} />
        ) : (
          <Video key={m.id} className='media-tile media-video' src={mediaSrc(m.url)} controls objectFit='cover' />
        ),
      )}
    </View>
  )
}

interface Uploading {
  key: number
  file: PickedFile
  percent: number
  failed: string | null
}

interface PickerProps {
  items: MediaItem[]
  onChange(items: MediaItem[]): void
  /** How many uploads are still running: the form waits for them. */
  onBusy?(count: number): void
  /** Other than a case takes: a profile has one photo and no video, a suggestion photos and no video. */
  limits?: AttachmentLimits
}

let nextKey = 1

/**
 * Add photos and a video: each uploads at once with its progress shown; what has uploaded is
 * kept in the draft, a failed one can be retried with a tap, and any may be removed.
 */
export function MediaPicker({ items, onChange, onBusy, limits = MEDIA_LIMITS }: PickerProps) {
  const [uploading, setUploading] = useState<Uploading[]>([])
  const latest = useRef(items)
  latest.current = items
  const running = uploading.filter((u) => !u.failed).length
  useEffect(() => onBusy?.(running), [running, onBusy])

  const patch = (key: number, p: Partial<Uploading>) => setUploading((list) => list.map((u) => (u.key === key ? { ...u, ...p } : u)))
  const start = (key: number, file: PickedFile) => {
    patch(key, { percent: 0, failed: null })
    uploadMedia(file, (percent) => patch(key, { percent }))
      .then((item) => {
        setUploading((list) => list.filter((u) => u.key !== key))
        // Uploads may finish in one tick: each adds to what the last one left.
        latest.current = [...latest.current, item]
        onChange(latest.current)
      })
      .catch((e) => patch(key, { failed: errorMessage(e) }))
  }

  const kinds = [...items.map((m) => m.kind), ...uploading.map((u) => u.file.kind)]
  const photosLeft = limits.photos - kinds.filter((k) => k === 'photo').length
  const videoLeft = kinds.filter((k) => k === 'video').length < limits.videos

  const add = async () => {
    const picked = await pickMedia(photosLeft, videoLeft)
    const accepted: PickedFile[] = []
    for (const f of picked) {
      const problem = mediaProblem(f) ?? attachmentsProblem([...kinds, ...accepted.map((a) => a.kind), f.kind], limits)
      if (problem) toast(problem)
      else accepted.push(f)
    }
    const fresh = accepted.map((file) => ({ key: nextKey++, file, percent: 0, failed: null }))
    setUploading((list) => [...list, ...fresh])
    fresh.forEach((u) => start(u.key, u.file))
  }

  return (
    <View className='media-picker'>
      <View className='media-grid'>
        {items.map((m) => (
          <View key={m.id} className='media-tile media-tile--done'>
            {m.kind === 'photo' ? <Image {...alt('已添加的照片')} className='media-thumb' src={mediaSrc(m.url)} mode='aspectFill' /> : <Text className='media-label'>{`▶ 视频 ${Math.round(m.durationSec ?? 0)} 秒`}</Text>}
            <Text className='media-remove' onClick={() => onChange(items.filter((i) => i.id !== m.id))}>
              ×
            </Text>
          </View>
        ))}
        {uploading.map((u) => (
          <View key={u.key} className={`media-tile media-tile--uploading ${u.failed ? 'media-tile--failed' : ''}`} onClick={() => u.failed && start(u.key, u.file)}>
            {u.file.kind === 'photo' && <Image {...alt('正在上传的照片')} className='media-thumb media-thumb--dim' src={u.file.path} mode='aspectFill' />}
            <Text className='media-progress'>{u.failed ? '上传失败\n点此重试' : `上传中 ${u.percent}%`}</Text>
            {u.failed && (
              <Text className='media-remove' onClick={(e) => { e.stopPropagation(); setUploading((list) => list.filter((x) => x.key !== u.key)) }}>
                ×
              </Text>
            )}
          </View>
        ))}
        {(photosLeft > 0 || videoLeft) && (
          <View className='media-tile media-add' onClick={add}>
            <Text className='media-add__plus'>＋</Text>
            <Text className='media-add__text'>{limits.videos > 0 ? '照片/视频' : '照片'}</Text>
          </View>
        )}
      </View>
      <Text className='hint'>
        {limits.videos > 0 ? `最多 ${limits.photos} 张照片（每张 10 MB 内）和 1 段 60 秒内的视频` : limits.photos > 1 ? `最多 ${limits.photos} 张照片（每张 10 MB 内）` : '1 张照片（10 MB 内）'}
      </Text>
      {uploading.some((u) => u.failed) && <Text className='error-text'>{uploading.find((u) => u.failed)?.failed}</Text>}
    </View>
  )
}
