import { useCallback, useEffect, useRef, useState } from 'react'
import { errorMessage } from '../services/api/call'

export interface Remote<T> {
  data: T | null
  error: string | null
  loading: boolean
  /** Loads again; resolves when done, so pull-to-refresh can stop its spinner. */
  reload(): Promise<void>
  /** Shows a value the page already has (what a call just returned) without loading again. */
  replace(value: T): void
}

/** Data a page fetches: loading, error and reload, the same on every page. */
export function useRemote<T>(load: (() => Promise<T>) | null, deps: unknown[]): Remote<T> {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(load !== null)
  const latest = useRef(0)
  const reload = useCallback(async () => {
    if (!load) return
    const ticket = ++latest.current
    setLoading(true)
    setError(null)
    try {
      const value = await load()
      if (ticket === latest.current) setData(value)
    } catch (e) {
      if (ticket === latest.current) setError(errorMessage(e))
    } finally {
      if (ticket === latest.current) setLoading(false)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)
  useEffect(() => {
    void reload()
  }, [reload])
  const replace = useCallback((value: T) => {
    latest.current++
    setData(value)
    setError(null)
    setLoading(false)
  }, [])
  return { data, error, loading, reload, replace }
}
