// The one place Taro's Button is used directly.
// eslint-disable-next-line no-restricted-imports
import { Button as TaroButton, type ButtonProps } from '@tarojs/components'

/**
 * Taro's Button, but in the browser its busy state is drawn by a class: Taro's H5 button puts its
 * spinner before the label React manages, and when both change at once (a form sending) the
 * browser throws "insertBefore … is not a child of this node". The mini-program keeps WeChat's own.
 */
export function Button({ loading, className = '', ...rest }: ButtonProps) {
  if (process.env.TARO_ENV !== 'h5') return <TaroButton {...rest} className={className} loading={loading} />
  return <TaroButton {...rest} className={`${className}${loading ? ' btn--loading' : ''}`} aria-busy={loading ? 'true' : undefined} />
}
