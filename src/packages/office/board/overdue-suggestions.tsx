import { Text, View } from '@tarojs/components'
import { useRemote } from '../../../components/use-remote'
import { useReloadOnShow } from '../../../components/use-reload-on-show'
import { suggestionBoard } from '../../../services/api/suggestions'
import { nav } from '../../../services/platform'

/** 超期的代表建议, beside the overdue cases: each opens where the office presses it (督办). Nothing shows while there are none. */
export function OverdueSuggestions() {
  const board = useRemote(() => suggestionBoard('overdue'), [])
  useReloadOnShow(async () => void (await board.reload()))
  const items = board.data?.items ?? []
  if (!items.length) return null
  return (
    <View className='card overdue-suggestions'>
      <Text className='section-title'>{`超期的代表建议（${items.length} 件）`}</Text>
      {items.map((s) => (
        <View key={s.id} className='list-item overdue-suggestion' onClick={() => nav.to(`/packages/suggestions/detail/index?id=${s.id}`)}>
          <Text className='field-value'>{s.title}</Text>
          <Text className='warning'>{`${s.number} · ${s.leadDeputy}领衔 · 应于 ${s.dueOn} 前答复${s.key ? ' · 重点督办' : ''}`}</Text>
        </View>
      ))}
    </View>
  )
}
