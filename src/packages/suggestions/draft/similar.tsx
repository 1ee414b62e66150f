import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { useBusy } from '../../../components/use-busy'
import { GRADES, SUGGESTION_STATES } from '../../../core/suggestions/states'
import type { SimilarSuggestion } from '../../../core/suggestions/types'
import { similarSuggestions } from '../../../services/api/suggestions'
import { nav } from '../../../services/platform'

/** 往年类似建议: before proposing, what the district was already asked and answered in earlier years, like this draft. */
export function PastSimilar({ words, category }: { words: string; category: string }) {
  const [found, setFound] = useState<SimilarSuggestion[] | null>(null)
  const [busy, run] = useBusy()
  if (words.trim().length < 4) return null
  const look = () => run(async () => setFound((await similarSuggestions({ q: words.trim().slice(0, 200), ...(category ? { category } : {}) })).items))
  return (
    <View className='past-similar'>
      <Text className='link look-similar' onClick={() => !busy && void look()}>{busy ? '正在查找…' : '查看往年类似的代表建议'}</Text>
      {found && !found.length && <Text className='muted'>往年没有类似的代表建议</Text>}
      {found?.map((x) => (
        <Text key={x.id} className='hint similar-suggestion' onClick={() => nav.to(`/packages/suggestions/public/index?id=${x.id}`)}>
          {`${x.year} 年 ${x.number}《${x.title}》：${SUGGESTION_STATES[x.status].label}${x.grade ? `，${x.grade} 类（${GRADES[x.grade]}）` : ''}`}
        </Text>
      ))}
    </View>
  )
}
