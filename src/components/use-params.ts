import { useRouter } from '@tarojs/taro'
import { useMemo } from 'react'

const decoded = (v: string) => {
  try {
    return decodeURIComponent(v)
  } catch {
    return v
  }
}

/**
 * The page's query, decoded. A page opened by its address (a person typing or following a link in
 * the browser) gets `?sheet=%E4%BB%A3%E8%A1%A8` as typed; the mini-program's own navigation gets it plain.
 */
export function useParams(): Record<string, string> {
  const { params } = useRouter()
  return useMemo(() => Object.fromEntries(Object.entries(params).map(([k, v]) => [k, decoded(v ?? '')])), [params])
}
