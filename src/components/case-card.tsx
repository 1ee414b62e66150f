import { Text, View } from '@tarojs/components'
import { dueText, formatShanghai } from '../core/time'
import type { CaseSummary } from '../core/cases/types'
import { StatusTag } from './status-tag'

/** One case in a list; the whole card is the tap target. Handlers see the stage's deadline. */
export function CaseCard({ item, onOpen, showDue }: { item: CaseSummary; onOpen: (id: string) => void; showDue?: boolean }) {
  const due = showDue ? dueText(item.dueAt, item.overdue, new Date()) : null
  return (
    <View className={`card case-card ${item.overdue ? 'case-card--overdue' : ''}`} onClick={() => onOpen(item.id)}>
      <View className='row row--between'>
        <Text className='case-card__category'>{item.category}</Text>
        <View className='row'>
          {due && <Text className={`tag due ${item.overdue ? 'due--over' : ''}`}>{due}</Text>}
          <StatusTag status={item.status} />
        </View>
      </View>
      <Text className='case-card__text'>{item.text}</Text>
      <View className='row row--between muted'>
        <Text>{item.number}</Text>
        <Text>{formatShanghai(item.createdAt)}</Text>
      </View>
    </View>
  )
}
