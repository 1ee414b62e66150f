import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { MediaGallery, MediaPicker } from '../../components/media'
import { attachmentsProblem, mediaProblem, type MediaItem } from '../../core/media/limits'
import { SUGGESTION_MEDIA } from '../../core/suggestions/states'
import { errorMessage } from '../../services/api/call'
import { openDocument, pickDocument } from '../../services/documents'
import { uploadMedia, type PickedFile } from '../../services/media'
import { toast } from '../../services/platform'

const isPhoto = (m: MediaItem) => m.kind === 'photo'
const open = (m: MediaItem) =>
  void openDocument(m.url).then((problem) => {
    if (problem) toast(problem)
  })

/** Photos in a grid, each opening full screen; PDF documents as lines, each opening in the viewer. */
export function Attachments({ items, label = 'PDF 文件' }: { items: readonly MediaItem[]; label?: string }) {
  const documents = items.filter((m) => m.kind === 'document')
  return (
    <>
      <MediaGallery items={items.filter(isPhoto)} />
      {documents.map((m, i) => (
        <Text key={m.id} className='link attachment-document' onClick={() => open(m)}>
          {`${label}${documents.length > 1 ? ` ${i + 1}` : ''}（PDF，点击查看）`}
        </Text>
      ))}
    </>
  )
}

interface Uploading {
  file: PickedFile
  percent: number
  failed: string | null
}

/**
 * Add photos and PDF documents to a suggestion or an answer: photos as on a case, a PDF picked
 * from a chat (or the disk) and uploaded with its progress, retried or removed with a tap.
 */
export function AttachmentsPicker({ items, onChange, onBusy }: { items: MediaItem[]; onChange(items: MediaItem[]): void; onBusy(count: number): void }) {
  const [photosBusy, setPhotosBusy] = useState(0)
  const [uploading, setUploading] = useState<Uploading | null>(null)
  // An upload ends after the photos may have changed: it adds to what is there then.
  const latest = useRef(items)
  latest.current = items
  const documents = items.filter((m) => m.kind === 'document')
  const running = photosBusy + (uploading && !uploading.failed ? 1 : 0)
  useEffect(() => onBusy(running), [running, onBusy])

  const start = (file: PickedFile) => {
    setUploading({ file, percent: 0, failed: null })
    uploadMedia(file, (percent) => setUploading((u) => u && { ...u, percent }))
      .then((item) => {
        setUploading(null)
        onChange([...latest.current, item])
      })
      .catch((e) => setUploading({ file, percent: 0, failed: errorMessage(e) }))
  }
  const add = async () => {
    const file = await pickDocument()
    if (!file) return
    const problem = mediaProblem(file) ?? attachmentsProblem([...items.map((m) => m.kind), 'document'], SUGGESTION_MEDIA)
    if (problem) toast(problem)
    else start(file)
  }

  return (
    <View className='attachments-picker'>
      <MediaPicker items={items.filter(isPhoto)} onChange={(photos) => onChange([...photos, ...documents])} onBusy={setPhotosBusy} limits={SUGGESTION_MEDIA} />
      {documents.map((m, i) => (
        <View key={m.id} className='row attachment-row'>
          <Text className='link attachment-document' onClick={() => open(m)}>{`PDF 文件 ${i + 1}（点击查看）`}</Text>
          <Text className='link attachment-remove' onClick={() => onChange(items.filter((x) => x.id !== m.id))}>删除</Text>
        </View>
      ))}
      {uploading && (
        <Text className={uploading.failed ? 'error-text attachment-uploading' : 'hint attachment-uploading'} onClick={() => uploading.failed && start(uploading.file)}>
          {uploading.failed ? `${uploading.failed}（点此重试）` : `PDF 文件上传中 ${uploading.percent}%`}
        </Text>
      )}
      {!uploading && documents.length < SUGGESTION_MEDIA.documents && (
        <Text className='link attachment-add' onClick={() => void add()}>＋ 添加 PDF 文件（每份 20 MB 内）</Text>
      )}
    </View>
  )
}
