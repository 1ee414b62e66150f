import { Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { INBOX_FILTERS } from '../core/cases/transitions'
import { caseInbox } from '../services/api/cases'
import { nav, stopPullDownRefresh } from '../services/platform'
import { CaseCard } from './case-card'
import { StateView } from './state-view'
import { useReloadOnShow } from './use-reload-on-show'
import { useRemote } from './use-remote'

type Filter = (typeof INBOX_FILTERS)[number]

const FILTER_LABELS: Record<Filter, string> = { new: '待处理', overdue: '已超期', all: '全部' }

/** A handler's cases: to do, overdue, all; overdue and nearest deadlines first. */
export function InboxPage({ casePath, initial = 'new', emptyText }: { casePath: string; initial?: Filter; emptyText: string }) {
  const [filter, setFilter] = useState<Filter>(initial)
  const inbox = useRemote(() => caseInbox(filter), [filter])
  useReloadOnShow(inbox.reload)
  usePullDownRefresh(() => void inbox.reload().finally(stopPullDownRefresh))
  const items = inbox.data?.items ?? []
  return (
    <View className='page'>
      <View className='tabs'>
        {INBOX_FILTERS.map((f) => (
          <Text key={f} className={`tab ${f === filter ? 'tab--on' : ''}`} onClick={() => setFilter(f)}>
            {FILTER_LABELS[f]}
          </Text>
        ))}
      </View>
      <StateView loading={inbox.loading} error={inbox.error} onRetry={inbox.reload} empty={items.length === 0} emptyText={emptyText}>
        {items.map((c) => (
          <CaseCard key={c.id} item={c} showDue onOpen={(id) => nav.to(`${casePath}?id=${id}`)} />
        ))}
      </StateView>
    </View>
  )
}
