import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '../../../components/button'
import { Choice } from '../../../components/choice'
import { Page } from '../../../components/page'
import { StateView } from '../../../components/state-view'
import { useBusy } from '../../../components/use-busy'
import { useParams } from '../../../components/use-params'
import { useRemote } from '../../../components/use-remote'
import type { QuizResult } from '../../../core/study/types'
import { formatShanghai } from '../../../core/time'
import { studyMaterial, takeQuiz } from '../../../services/api/study'
import { openLink } from '../../../services/documents'
import { toast } from '../../../services/platform'
import { useAppStore } from '../../../store'

/** One material: read it, then answer its quiz (a deputy); passed, it is a 培训学习 item of their record. */
export default function Material() {
  const { id = '' } = useParams()
  const role = useAppStore((s) => s.user?.role)
  const m = useRemote(id ? () => studyMaterial(id) : null, [id])
  const [answers, setAnswers] = useState<(number | null)[]>([])
  const [result, setResult] = useState<QuizResult | null>(null)
  const [busy, run] = useBusy()
  const quiz = m.data?.quiz ?? []
  const submit = () =>
    run(async () => {
      if (quiz.some((_, i) => answers[i] === undefined || answers[i] === null)) return void toast('请回答每一道题')
      setResult(await takeQuiz({ id, answers: answers as number[] }))
    })
  const passedAt = result?.passedAt ?? m.data?.passedAt ?? null
  return (
    <Page>
      <StateView loading={m.loading} error={m.error} onRetry={m.reload}>
        {m.data && (
          <>
            <View className='card'>
              <Text className='section-title'>{m.data.title}</Text>
              {m.data.body.split('\n').map((line, i) => <Text key={i} className='article-text material-text'>{line}</Text>)}
              {m.data.link && <Text className='link material-link-open' onClick={() => void openLink(m.data!.link!)}>{`原文：${m.data.link}`}</Text>}
            </View>
            <View className='card quiz'>
              <Text className='section-title'>{`学习测验（${quiz.length} 题，答对八成即通过）`}</Text>
              {passedAt && <Text className='success-text quiz-passed'>{`已通过测验（${formatShanghai(passedAt).slice(0, 10)}），已计入履职档案的培训学习`}</Text>}
              {quiz.map((q, i) => (
                <View key={i} className='list-item quiz-item'>
                  <Text className='field-value'>{`${i + 1}. ${q.q}`}</Text>
                  <View className='chips'>
                    {q.options.map((o, j) => (
                      <Choice key={j} className='quiz-option' on={answers[i] === j} onPick={() => setAnswers((a) => Object.assign([...a], { [i]: j }))}>{o}</Choice>
                    ))}
                  </View>
                </View>
              ))}
              {result && !result.passed && <Text className='warning quiz-result'>{`答对 ${result.right} 题，共 ${result.total} 题，还差一点，再读一遍材料试试`}</Text>}
              {result?.passed && <Text className='success-text quiz-result'>{`答对 ${result.right} 题，共 ${result.total} 题，通过`}</Text>}
              {role === 'deputy' && <Button className='btn btn--primary take-quiz' disabled={busy} onClick={() => void submit()}>交卷</Button>}
            </View>
          </>
        )}
      </StateView>
    </Page>
  )
}
