import { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'

/** Reloads when the page comes back into view (not on its first show, which loads anyway). */
export function useReloadOnShow(reload: () => Promise<void>): void {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void reload()
    shown.current = true
  })
}
