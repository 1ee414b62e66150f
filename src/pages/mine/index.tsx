import { View } from '@tarojs/components'
import { Button } from '../../components/button'
import { usePullDownRefresh } from '@tarojs/taro'
import { CaseCard } from '../../components/case-card'
import { StateView } from '../../components/state-view'
import { useReloadOnShow } from '../../components/use-reload-on-show'
import { LoadMore } from '../../components/load-more'
import { usePaged } from '../../components/use-paged'
import type { CaseSummary } from '../../core/cases/types'
import { useSignals } from '../../components/use-signals'
import { myCases, type CasePage } from '../../services/api/cases'
import { nav, stopPullDownRefresh } from '../../services/platform'
import { useAppStore } from '../../store'
import { Page } from '../../components/page'
import { Choice } from '../../components/choice'

/** 我的诉求: everything the person filed or follows, or only their results waiting for a rating (待评价). */
export default function Mine() {
  const filter = useAppStore((s) => s.mineFilter)
  const setFilter = useAppStore((s) => s.setMineFilter)
  const signals = useSignals()
  const paged = usePaged<CaseSummary, CasePage>((cursor) => myCases(filter, cursor), [filter])
  const { first: list, items } = paged
  useReloadOnShow(list.reload)
  usePullDownRefresh(() => void list.reload().finally(stopPullDownRefresh))
  const toRate = signals?.toRate ?? 0
  return (
    <Page>
      <View className='chips mine-filters'>
        <Choice on={filter === 'all'} onPick={() => setFilter('all')}>
          全部
        </Choice>
        <Choice className='to-rate-filter' on={filter === 'toRate'} onPick={() => setFilter('toRate')}>
          待评价{toRate > 0 ? `（${toRate}）` : ''}
        </Choice>
      </View>
      <StateView
        loading={list.loading}
        error={list.error}
        onRetry={list.reload}
        empty={items.length === 0}
        emptyText={filter === 'toRate' ? '没有等您评价的诉求' : '您还没有提交过诉求'}
        emptyAction={
          filter === 'all' && (
            <Button className='btn btn--ghost' onClick={() => nav.tab('/pages/index/index')}>
              去找代表说事
            </Button>
          )
        }
      >
        {items.map((c) => (
          <CaseCard key={c.id} item={c} onOpen={(id) => nav.to(`/pages/case/index?id=${id}`)} />
        ))}
        <LoadMore paged={paged} />
      </StateView>
    </Page>
  )
}
