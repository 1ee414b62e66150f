import { Text, View } from '@tarojs/components'
import { holderOf } from '../core/cases/holders'
import type { CaseSummary } from '../core/cases/types'
import { dueText, formatShanghai } from '../core/time'
import { StatusTag } from './status-tag'

const HEADERS = ['编号', '类别', '内容', '状态', '期限', '承办', '提交时间']

/** At a desk, a long list of cases as a table: a line a case under headed columns; a line opens its case. */
export function CaseTable({ items, onOpen }: { items: CaseSummary[]; onOpen: (id: string) => void }) {
  const now = new Date()
  return (
    <View className='card case-table' role='table' aria-label='诉求列表'>
      <View className='case-table__row case-table__head' role='row'>
        {HEADERS.map((h) => (
          <View key={h} className='case-table__cell' role='columnheader'>
            {h}
          </View>
        ))}
      </View>
      {items.map((c) => (
        <View key={c.id} className={`case-table__row case-card ${c.overdue ? 'case-card--overdue' : ''}`} role='row' onClick={() => onOpen(c.id)}>
          <View className='case-table__cell' role='cell'>
            {c.number}
          </View>
          <View className='case-table__cell' role='cell'>
            {c.category}
          </View>
          <View className='case-table__cell case-table__text' role='cell'>
            {c.text}
          </View>
          <View className='case-table__cell' role='cell'>
            <StatusTag status={c.status} />
          </View>
          <View className={`case-table__cell ${c.overdue ? 'due--over' : ''}`} role='cell'>
            {c.late?.days ? `超期 ${c.late.days} 个工作日` : (dueText(c.dueAt, c.overdue, now) ?? '—')}
          </View>
          <View className='case-table__cell' role='cell'>
            <Text>{c.late?.holder ?? holderOf(c)}</Text>
          </View>
          <View className='case-table__cell' role='cell'>
            {formatShanghai(c.createdAt)}
          </View>
        </View>
      ))}
    </View>
  )
}
