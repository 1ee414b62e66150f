import { useReachBottom } from '@tarojs/taro'
import { useState } from 'react'
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
  const more = async () => {
    if (!load || !next.cursor || next.loading) return
    setNext((o) => ({ ...o, loading: true }))
    try {
      const r = await load(next.cursor)
      setNext((o) => ({ items: [...o.items, ...r.items], cursor: r.cursor, loading: false }))
    } catch (e) {
      setNext((o) => ({ ...o, loading: false }))
      toast(errorMessage(e))
    }
  }
  useReachBottom(() => void more())
  return { first, items: [...(first.data?.items ?? []), ...next.items], more, hasMore: !!next.cursor, loadingMore: next.loading }
}
