import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'

interface Props {
  /** Chosen. */
  on: boolean
  onPick: () => void
  /** One of several that may be chosen together (a checkbox); otherwise one of a set (a radio button). */
  multi?: boolean
  className?: string
}

/**
 * A choice shown as a chip: a person taps it; a screen reader reads it as a radio button or a
 * checkbox and whether it is chosen; a keyboard reaches it with Tab and chooses with Enter or Space.
 */
export function Choice({ on, onPick, multi, className = '', children }: PropsWithChildren<Props>) {
  // Taro's View types know neither; the browser (H5) takes both, the mini-program ignores them.
  const keyboard = {
    tabIndex: 0,
    onKeyDown: (e: { key?: string; preventDefault?: () => void }) => {
      if (e.key !== 'Enter' && e.key !== ' ') return
      e.preventDefault?.()
      onPick()
    },
  }
  return (
    <View className={`chip ${on ? 'chip--on' : ''} ${className}`} role={multi ? 'checkbox' : 'radio'} aria-checked={on} onClick={onPick} {...keyboard}>
      {children}
    </View>
  )
}
