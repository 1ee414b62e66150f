import { Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { CASE_PAGE } from '../../core/cases/pages'
import { StateView } from '../../components/state-view'
import { useReloadOnShow } from '../../components/use-reload-on-show'
import { usePaged } from '../../components/use-paged'
import { LoadMore } from '../../components/load-more'
import { formatShanghai } from '../../core/time'
import type { Message, MessageList } from '../../core/messaging/types'
import { listMessages, readMessages } from '../../services/api/messages'
import { nav, setUnreadBadge, stopPullDownRefresh } from '../../services/platform'
import { useAppStore } from '../../store'
import { Page } from '../../components/page'

/**
 * 消息: every step of the person's cases, newest first. Seen is read: what a page of the list
 * shows stops counting on the tab's badge (and home's count) as it is shown, and stays marked new
 * while the person is on the page.
 */
export default function Messages() {
  const role = useAppStore((s) => s.user?.role ?? 'resident')
  const seen = async (r: MessageList): Promise<void> => {
    const ids = r.items.filter((m) => !m.read).map((m) => m.id)
    if (ids.length === 0) return setUnreadBadge(r.unread)
    try {
      setUnreadBadge((await readMessages(ids)).unread)
    } catch {
      // Still unread on the server: the badge stays, and the next visit tries again.
    }
  }
  // Older pages, fetched as the person scrolls down; a reload starts again from the newest.
  const paged = usePaged<Message, MessageList>(async (cursor) => {
    const r = await listMessages(cursor)
    void seen(r)
    return r
  }, [])
  const { first: list, items } = paged
  useReloadOnShow(list.reload)
  usePullDownRefresh(() => void list.reload().finally(stopPullDownRefresh))
  const open = (m: Message) => {
    if (m.caseId) nav.to(`${CASE_PAGE[role]}?id=${m.caseId}`)
    else if (m.path) nav.to(m.path)
  }

  return (
    <Page>
      <StateView loading={list.loading} error={list.error} onRetry={list.reload} empty={items.length === 0} emptyText='还没有消息，诉求有进展时会通知您'>
        {items.map((m) => (
          <View key={m.id} className={`card message ${m.read ? '' : 'message--unread'}`} onClick={() => open(m)}>
            <View className='row row--between'>
              <Text className='message__title'>{m.title}</Text>
              <Text className='muted'>{formatShanghai(m.createdAt)}</Text>
            </View>
            <Text className='message__body'>{m.body}</Text>
          </View>
        ))}
        <LoadMore paged={paged} label='查看更早的消息' />
      </StateView>
    </Page>
  )
}
