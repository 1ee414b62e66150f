import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

/** A consent the person gives by tapping it: a box that shows ✓, and what they agree to. */
export function Consent({ on, onToggle, children }: { on: boolean; onToggle: () => void; children: ReactNode }) {
  return (
    <View className={`consent ${on ? 'consent--on' : ''}`} onClick={onToggle}>
      <Text className='consent__box'>{on ? '✓' : ''}</Text>
      <Text className='consent__text'>{children}</Text>
    </View>
  )
}
