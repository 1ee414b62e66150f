import { Text, View } from '@tarojs/components'
import { formatShanghai } from '../core/time'
import type { CaseSummary } from '../core/types'
import { StatusTag } from './status-tag'

/** One case in a list; the whole card is the tap target. */
export function CaseCard({ item, onOpen }: { item: CaseSummary; onOpen: (id: string) => void }) {
  return (
    <View className='card case-card' onClick={() => onOpen(item.id)}>
      <View className='row row--between'>
        <Text className='case-card__category'>{item.category}</Text>
        <StatusTag status={item.status} />
      </View>
      <Text className='case-card__text'>{item.text}</Text>
      <View className='row row--between muted'>
        <Text>{item.number}</Text>
        <Text>{formatShanghai(item.createdAt)}</Text>
      </View>
    </View>
  )
}
