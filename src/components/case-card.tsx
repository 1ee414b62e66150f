import { Text, View } from '@tarojs/components'
import { dueText, formatShanghai } from '../core/time'
import { statusLabel } from '../core/cases/states'
import type { CaseSummary } from '../core/cases/types'
import { StatusTag } from './status-tag'

/** One case in a list; the whole card is the tap target. Handlers see the stage's deadline, and on an overdue case how late it is and who holds it. */
export function CaseCard({ item, onOpen, showDue }: { item: CaseSummary; onOpen: (id: string) => void; showDue?: boolean }) {
  const due = !showDue ? null : item.late?.days ? `超期 ${item.late.days} 个工作日` : dueText(item.dueAt, item.overdue, new Date())
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
      {showDue && item.late && (
        <View className='row muted case-card__holder'>
          <Text>{`${statusLabel(item.status)}阶段 · 承办：${item.late.holder}`}</Text>
        </View>
      )}
      <View className='row row--between muted'>
        <Text>{item.number}</Text>
        <Text>{formatShanghai(item.createdAt)}</Text>
      </View>
    </View>
  )
}
