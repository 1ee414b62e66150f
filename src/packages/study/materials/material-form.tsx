import { Input, Text, Textarea, View } from '@tarojs/components'
import { labelled } from '../../../components/a11y'
import { Button } from '../../../components/button'
import { Choice } from '../../../components/choice'
import { useFormSend } from '../../../components/use-form-send'
import { MATERIAL_KINDS, type MaterialKind } from '../../../core/study/types'
import { saveMaterial } from '../../../services/api/study'
import { toast } from '../../../services/platform'
import { useDraft } from '../../../store/use-draft'

interface Question {
  q: string
  /** One option per line. */
  options: string
  answer: number
}
interface MaterialDraft {
  kind: MaterialKind
  title: string
  body: string
  link: string
  quiz: Question[]
}

const blankQuestion = (): Question => ({ q: '', options: '', answer: 0 })
const fresh = (): MaterialDraft => ({ kind: '法律法规', title: '', body: '', link: '', quiz: [blankQuestion()] })
const optionsOf = (q: Question) => q.options.split('\n').map((o) => o.trim()).filter(Boolean)

function problemOf(d: MaterialDraft): string | null {
  if (d.title.trim().length < 4) return '请填写材料名称（至少 4 个字）'
  if (d.body.trim().length < 10) return '请填写材料内容（至少 10 个字）'
  if (d.link && !/^https?:\/\//.test(d.link.trim())) return '原文链接应以 http:// 或 https:// 开头'
  const bad = d.quiz.findIndex((q) => q.q.trim().length < 2 || optionsOf(q).length < 2 || q.answer >= optionsOf(q).length)
  return bad >= 0 ? `第 ${bad + 1} 题要有题目、2 至 6 个选项（每行一个），并选出正确答案` : null
}

/** A new material on the reading list (the office): its words, a link to the original, and a quiz whose answers never reach a reader. */
export function MaterialForm({ onDone, onCancel }: { onDone(): void; onCancel(): void }) {
  const [d, update, clear] = useDraft<MaterialDraft>('study-material', fresh)
  const { problem, sending, send } = useFormSend(() => problemOf(d))
  const setQuestion = (i: number, patch: Partial<Question>) => update((x) => ({ quiz: x.quiz.map((q, j) => (j === i ? { ...q, ...patch } : q)) }))
  const submit = () =>
    send(async () => {
      await saveMaterial({
        kind: d.kind, title: d.title.trim(), body: d.body.trim(), ...(d.link.trim() ? { link: d.link.trim() } : {}),
        quiz: d.quiz.map((q) => ({ q: q.q.trim(), options: optionsOf(q), answer: q.answer })),
      })
      clear()
      toast('已添加', 'success')
      onDone()
    })
  return (
    <View className='card material-form'>
      <View className='chips'>
        {MATERIAL_KINDS.map((k) => <Choice key={k} className='material-kind' on={d.kind === k} onPick={() => update({ kind: k })}>{k}</Choice>)}
      </View>
      <Input {...labelled('材料名称')} className='input material-title' value={d.title} maxlength={60} placeholder='材料名称' onInput={(e) => update({ title: e.detail.value })} />
      <View className='textarea'><Textarea {...labelled('材料内容')} className='material-body' value={d.body} maxlength={50000} placeholder='法律法规条文或培训讲义' onInput={(e) => update({ body: e.detail.value })} /></View>
      <Input {...labelled('原文链接（选填）')} className='input material-link' value={d.link} maxlength={500} placeholder='原文链接（选填）' onInput={(e) => update({ link: e.detail.value })} />
      {d.quiz.map((q, i) => (
        <View key={i} className='list-item quiz-edit'>
          <Text className='field-label'>{`第 ${i + 1} 题`}</Text>
          <Input {...labelled(`第 ${i + 1} 题题目`)} className='input quiz-question' value={q.q} maxlength={200} placeholder='题目' onInput={(e) => setQuestion(i, { q: e.detail.value })} />
          <View className='textarea'><Textarea {...labelled(`第 ${i + 1} 题选项`)} className='quiz-options' value={q.options} maxlength={600} placeholder='选项，每行一个' onInput={(e) => setQuestion(i, { options: e.detail.value })} /></View>
          <View className='chips'>
            {optionsOf(q).map((o, j) => <Choice key={j} className='quiz-answer' on={q.answer === j} onPick={() => setQuestion(i, { answer: j })}>{`正确答案：${o}`}</Choice>)}
          </View>
        </View>
      ))}
      {d.quiz.length < 20 && <Button className='btn btn--ghost btn--small add-question' onClick={() => update((x) => ({ quiz: [...x.quiz, blankQuestion()] }))}>再出一道题</Button>}
      {problem && <Text className='warning'>{problem}</Text>}
      <View className='row'>
        <Button className='btn btn--primary save-material' loading={sending} disabled={sending} onClick={() => void submit()}>保存</Button>
        <Button className='btn btn--ghost' onClick={onCancel}>取消</Button>
      </View>
    </View>
  )
}
