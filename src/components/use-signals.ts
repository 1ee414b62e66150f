import { useDidShow } from '@tarojs/taro'
import { mySignals } from '../services/api/cases'
import { setUnreadBadge } from '../services/platform'
import { useAppStore } from '../store'

/**
 * Unread 消息 and 待评价, asked again each time a tab page shows: the 消息 tab's badge follows, and
 * home shows both. A failed ask changes nothing (the last figures stay).
 */
export function useSignals() {
  const signals = useAppStore((s) => s.signals)
  const setSignals = useAppStore((s) => s.setSignals)
  useDidShow(() => {
    mySignals()
      .then((s) => {
        setSignals(s)
        setUnreadBadge(s.unread)
      })
      .catch(() => undefined)
  })
  return signals
}
