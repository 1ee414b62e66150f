import { Button, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { CaseCard } from '../../components/case-card'
import { StateView } from '../../components/state-view'
import { useReloadOnShow } from '../../components/use-reload-on-show'
import { useRemote } from '../../components/use-remote'
import { myCases } from '../../services/api/cases'
import { nav, stopPullDownRefresh } from '../../services/platform'

export default function Mine() {
  const list = useRemote(() => myCases(), [])
  useReloadOnShow(list.reload)
  usePullDownRefresh(() => void list.reload().finally(stopPullDownRefresh))
  const items = list.data?.items ?? []
  return (
    <View className='page'>
      <StateView
        loading={list.loading}
        error={list.error}
        onRetry={list.reload}
        empty={items.length === 0}
        emptyText='您还没有提交过诉求'
        emptyAction={
          <Button className='btn btn--ghost' onClick={() => nav.tab('/pages/index/index')}>
            去找代表说事
          </Button>
        }
      >
        {items.map((c) => (
          <CaseCard key={c.id} item={c} onOpen={(id) => nav.to(`/pages/case/index?id=${id}`)} />
        ))}
      </StateView>
    </View>
  )
}
