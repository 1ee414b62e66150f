import { Text, View } from '@tarojs/components'
import { useState, type PropsWithChildren } from 'react'
import { nav, systemLargeText, wayBack } from '../services/platform'
import { useAppStore } from '../store'

/** 关怀模式 is on: the person turned it on, or left it to WeChat's font setting, which is large. */
export const useCare = (): boolean => useAppStore((s) => s.careChoice ?? systemLargeText())

/** A resident page's root: the main landmark, in 关怀模式 when it is on, and in H5 a way back. */
export function Page({ children, className = '' }: PropsWithChildren<{ className?: string }>) {
  const care = useCare()
  const [back] = useState(wayBack)
  return (
    <View className={`page ${className} ${care ? 'care' : ''}`} role='main'>
      {back && (
        <Text className='link back-link' onClick={() => void (back === 'back' ? nav.back() : nav.tab('/pages/index/index'))}>
          {back === 'back' ? '‹ 返回' : '‹ 首页'}
        </Text>
      )}
      {children}
    </View>
  )
}
