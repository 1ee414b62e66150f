import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { systemLargeText } from '../services/platform'
import { useAppStore } from '../store'

/** 关怀模式 is on: the person turned it on, or left it to WeChat's font setting, which is large. */
export const useCare = (): boolean => useAppStore((s) => s.careChoice ?? systemLargeText())

/** A resident page's root: the main landmark, in 关怀模式 when it is on. */
export function Page({ children, className = '' }: PropsWithChildren<{ className?: string }>) {
  const care = useCare()
  return (
    <View className={`page ${className} ${care ? 'care' : ''}`} role='main'>
      {children}
    </View>
  )
}
