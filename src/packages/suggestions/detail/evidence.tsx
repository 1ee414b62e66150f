import { Text, View } from '@tarojs/components'
import type { SuggestionView } from '../../../core/suggestions/types'
import { shanghaiDay } from '../../../core/time'

/** 群众反映: the evidence its cases give anyone reading it — since when, how many, the words their authors allowed. */
export function EvidenceCard({ s }: { s: SuggestionView }) {
  const e = s.evidence
  if (!e.from || !e.to) return null
  return (
    <View className='card suggestion-evidence'>
      <Text className='section-title'>群众反映情况</Text>
      <Text className='field-value'>{`${shanghaiDay(new Date(e.from))} 至 ${shanghaiDay(new Date(e.to))}，${s.residents} 位群众反映 ${s.cases.length} 件（${e.categories.join('、')}）${e.points.length ? `，其中 ${e.points.length} 件有位置` : ''}`}</Text>
      {e.excerpts.map((x, i) => (
        <Text key={i} className='hint evidence-excerpt'>{`“${x}”`}</Text>
      ))}
      {e.unshown > 0 && <Text className='muted'>{`另有 ${e.unshown} 件诉求的原话未经本人同意公开`}</Text>}
    </View>
  )
}
