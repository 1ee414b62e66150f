import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { labelled } from '../../../components/a11y'
import { Button } from '../../../components/button'
import { Choice } from '../../../components/choice'
import { Page } from '../../../components/page'
import { StateView } from '../../../components/state-view'
import { useFormSend } from '../../../components/use-form-send'
import { useRemote } from '../../../components/use-remote'
import { mediaProblem } from '../../../core/media/limits'
import { shanghaiDay } from '../../../core/time'
import { errorMessage } from '../../../services/api/call'
import { contactPoints, createConsultation } from '../../../services/api/legislation'
import { pickDocument } from '../../../services/documents'
import { uploadMedia } from '../../../services/media'
import { nav, toast } from '../../../services/platform'
import { useAppStore } from '../../../store'
import { useDraft } from '../../../store/use-draft'

interface Draft {
  title: string
  askedBy: string
  deadline: string
  explanation: string
  text: string
  currentText: string
  stationCodes: string[]
  /** The draft as the 法工委 sent it, a Word file uploaded instead of pasting its text. */
  file: { id: string; name: string } | null
}

/** Thirty days to comment unless changed: the usual period a 法工委 gives. */
const fresh = (): Draft => ({ title: '', askedBy: '', deadline: shanghaiDay(new Date(Date.now() + 30 * 86_400_000)), explanation: '', text: '', currentText: '', stationCodes: [], file: null })

function problemOf(d: Draft): string | null {
  if (d.title.trim().length < 4) return '请填写草案名称'
  if (d.askedBy.trim().length < 2) return '请填写征求意见的机关，如 阳泉市人大常委会法工委'
  if (!d.deadline) return '请选择征求意见截止日期'
  if (!d.stationCodes.length) return '请选择参与征求意见的联系点'
  if (!d.file && !/第[一二三四五六七八九十百千零〇两]+条/.test(d.text)) return '请粘贴草案全文（应有“第一条”这样的条文），或上传 Word 文件'
  return null
}

/**
 * 新建征求意见: the office (or a contact point's staff, for a draft sent down to it) pastes the
 * draft's text, names who asked and by when, and chooses the contact points; the text is split into
 * articles on the next page, to check before publishing. Kept on the device until it is made.
 */
export default function NewConsultation() {
  const user = useAppStore((s) => s.user)
  const points = useRemote(() => contactPoints(), [user?.id])
  const [draft, update, clear] = useDraft<Draft>(`consultation:${user?.id ?? ''}`, fresh)
  const { problem, sending, send } = useFormSend(() => problemOf(draft))
  const make = () =>
    send(async () => {
      const c = await createConsultation({
        title: draft.title.trim(), askedBy: draft.askedBy.trim(), deadline: draft.deadline, stationCodes: draft.stationCodes,
        ...(draft.file ? { fileId: draft.file.id } : { text: draft.text }),
        ...(draft.explanation.trim() ? { explanation: draft.explanation.trim() } : {}), ...(draft.currentText.trim() ? { currentText: draft.currentText } : {}),
      })
      clear()
      void nav.redirect(`/packages/legislation/read/index?id=${c.id}`)
    })
  const [uploading, setUploading] = useState<number | null>(null)
  const upload = async () => {
    const picked = await pickDocument('docx')
    if (!picked) return
    const problem = mediaProblem(picked)
    if (problem) return toast(problem)
    setUploading(0)
    try {
      const item = await uploadMedia(picked, setUploading)
      update({ file: { id: item.id, name: picked.name } })
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setUploading(null)
    }
  }
  const toggle = (code: string) => update((d) => ({ stationCodes: d.stationCodes.includes(code) ? d.stationCodes.filter((x) => x !== code) : [...d.stationCodes, code] }))
  return (
    <Page width='narrow'>
      <StateView loading={points.loading} error={points.error} onRetry={points.reload} empty={!points.data?.items.length} emptyText='本区还没有基层立法联系点，请管理员先设置'>
        <View className='card consultation-form'>
          <Text className='field-label'>草案名称</Text>
          <Input {...labelled('草案名称')} className='input consultation-title-input' value={draft.title} maxlength={80} placeholder='如 阳泉市电动自行车管理条例（草案）' onInput={(e) => update({ title: e.detail.value })} />
          <Text className='field-label'>征求意见的机关</Text>
          <Input {...labelled('征求意见的机关')} className='input consultation-asked-by' value={draft.askedBy} maxlength={40} placeholder='如 阳泉市人大常委会法工委' onInput={(e) => update({ askedBy: e.detail.value })} />
          <Text className='field-label'>征求意见截止日期</Text>
          <Picker mode='date' value={draft.deadline || shanghaiDay(new Date())} start={shanghaiDay(new Date())} onChange={(e) => update({ deadline: String(e.detail.value) })}>
            <Text className='input consultation-deadline'>{draft.deadline || '请选择日期'}</Text>
          </Picker>
          <Text className='field-label'>参与的基层立法联系点</Text>
          <View className='chips'>
            {(points.data?.items ?? []).map((p) => (
              <Choice key={p.code} className='consultation-point' multi on={draft.stationCodes.includes(p.code)} onPick={() => toggle(p.code)}>{p.name}</Choice>
            ))}
          </View>
          <Text className='field-label'>起草说明（可不填）</Text>
          <View className='textarea'><Textarea {...labelled('起草说明')} className='consultation-explanation-input' value={draft.explanation} maxlength={20000} onInput={(e) => update({ explanation: e.detail.value })} /></View>
          <Text className='field-label'>草案全文（上传 Word 文件，或粘贴全文；自动按“第一条、第二条……”拆分，章节标题保留）</Text>
          {draft.file ? (
            <View className='row row--between'>
              <Text className='field-value consultation-file'>{`已上传：${draft.file.name}`}</Text>
              <Text className='link' onClick={() => update({ file: null })}>改为粘贴</Text>
            </View>
          ) : (
            <>
              <Button className='btn btn--ghost upload-draft' loading={uploading !== null} disabled={uploading !== null} onClick={() => void upload()}>
                {uploading !== null ? `上传中 ${uploading}%` : '上传草案 Word 文件（.docx）'}
              </Button>
              <View className='textarea'><Textarea {...labelled('草案全文')} className='consultation-text' value={draft.text} maxlength={400000} onInput={(e) => update({ text: e.detail.value })} /></View>
            </>
          )}
          <Text className='field-label'>现行法规全文（修订时粘贴，逐条对照；可不填）</Text>
          <View className='textarea'><Textarea {...labelled('现行法规全文')} className='consultation-current' value={draft.currentText} maxlength={400000} onInput={(e) => update({ currentText: e.detail.value })} /></View>
          {problem && <Text className='warning'>{problem}</Text>}
          <Button className='btn btn--primary make-consultation' loading={sending} disabled={sending} onClick={() => void make()}>拆分条文，检查后公布</Button>
        </View>
      </StateView>
    </Page>
  )
}
