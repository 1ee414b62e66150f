import { useReachBottom } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { errorMessage } from '../services/api/call'
import { toast } from '../services/platform'
import { useRemote, type Remote } from './use-remote'

interface Page<T> {
  items: T[]
  cursor?: string
}

/**
 * A list read by cursor: the first page (reload starts again from it), then the next ones as
 * the person scrolls down or taps for more; nothing while there is nothing to load (`load` null).
 */
export function usePaged<T, P extends Page<T>>(load: ((cursor?: string) => Promise<P>) | null, deps: unknown[]) {
  const [next, setNext] = useState<{ items: T[]; cursor?: string; loading: boolean }>({ items: [], loading: false })
  const first: Remote<P> = useRemote(
    load &&
      (async () => {
        const r = await load()
        setNext({ items: [], cursor: r.cursor, loading: false })
        return r
      }),
    deps,
  )
  // Taken at once, not at the next render: a tap and a scroll to the bottom together ask for one page.
  const asking = useRef(false)
  const more = async () => {
    const cursor = next.cursor
    if (!load || !cursor || asking.current) return
    asking.current = true
    setNext((o) => ({ ...o, loading: true }))
    try {
      const r = await load(cursor)
      // Added only after the page it follows: after a reload meanwhile, or if that page came already, nothing.
      setNext((o) => (o.cursor === cursor ? { items: [...o.items, ...r.items], cursor: r.cursor, loading: false } : { ...o, loading: false }))
    } catch (e) {
      setNext((o) => ({ ...o, loading: false }))
      toast(errorMessage(e))
    } finally {
      asking.current = false
    }
  }
  useReachBottom(() => void more())
  return { first, items: [...(first.data?.items ?? []), ...next.items], more, hasMore: !!next.cursor, loadingMore: next.loading }
}
