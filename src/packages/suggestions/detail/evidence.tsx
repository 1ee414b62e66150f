import { Text, View } from '@tarojs/components'
import { MediaGallery } from '../../../components/media'
import { PointsMap } from '../points-map'
import type { SuggestionView } from '../../../core/suggestions/types'
import { shanghaiDay } from '../../../core/time'

/** 群众反映: the evidence its cases give anyone reading it — since when, how many, the words and photos their authors allowed. */
export function EvidenceCard({ s }: { s: SuggestionView }) {
  const e = s.evidence
  if (!e.from || !e.to) return null
  return (
    <View className='card suggestion-evidence'>
      <Text className='section-title'>群众反映情况</Text>
      <Text className='field-value'>{`${shanghaiDay(new Date(e.from))} 至 ${shanghaiDay(new Date(e.to))}，${s.residents} 位群众反映 ${s.cases.length} 件（${e.categories.join('、')}）`}</Text>
      {e.excerpts.map((x, i) => (
        <Text key={i} className='hint evidence-excerpt'>{`“${x}”`}</Text>
      ))}
      <PointsMap points={e.points} />
      <MediaGallery items={e.photos} />
      {e.unshown > 0 && <Text className='muted'>{`另有 ${e.unshown} 件诉求的原话未经本人同意公开`}</Text>}
    </View>
  )
}
