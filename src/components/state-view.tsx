import { Text, View } from '@tarojs/components'
import { Button } from './button'
import type { ReactNode } from 'react'

interface Props {
  loading: boolean
  error: string | null
  empty?: boolean
  emptyText?: string
  emptyAction?: ReactNode
  /** Other ways on, shown with an error (an unknown code offers the stations and 我要反映). */
  errorAction?: ReactNode
  onRetry?: () => void
  children?: ReactNode
}

/** Loading, error and empty states, in one look across the app; children when there is data. */
export function StateView({ loading, error, empty, emptyText, emptyAction, errorAction, onRetry, children }: Props) {
  if (error) {
    return (
      <View className='state state--error'>
        <Text className='state__text'>{error}</Text>
        {onRetry && (
          <Button className='btn btn--ghost' onClick={onRetry}>
            重新加载
          </Button>
        )}
        {errorAction}
      </View>
    )
  }
  if (loading && !children) {
    return (
      <View className='state state--loading'>
        <Text className='state__text'>正在加载…</Text>
      </View>
    )
  }
  if (empty) {
    return (
      <View className='state state--empty'>
        <Text className='state__text'>{emptyText ?? '暂无内容'}</Text>
        {emptyAction}
      </View>
    )
  }
  return <>{children}</>
}
