import { View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { CaseCard } from '../../../components/case-card'
import { StateView } from '../../../components/state-view'
import { useReloadOnShow } from '../../../components/use-reload-on-show'
import { useRemote } from '../../../components/use-remote'
import type { CaseSummary } from '../../../core/types'
import { callFunction } from '../../../services/api'
import { nav, stopPullDownRefresh } from '../../../services/platform'

/** The cases residents addressed to this deputy, newest first. */
export default function Inbox() {
  const inbox = useRemote(() => callFunction<{ items: CaseSummary[] }>('cases', { action: 'inbox' }), [])
  useReloadOnShow(inbox.reload)
  usePullDownRefresh(() => void inbox.reload().finally(stopPullDownRefresh))
  const items = inbox.data?.items ?? []
  return (
    <View className='page'>
      <StateView
        loading={inbox.loading}
        error={inbox.error}
        onRetry={inbox.reload}
        empty={items.length === 0}
        emptyText='暂时没有群众反映的诉求'
      >
        {items.map((c) => (
          <CaseCard key={c.id} item={c} onOpen={(id) => nav.to(`/packages/deputy/case/index?id=${id}`)} />
        ))}
      </StateView>
    </View>
  )
}
