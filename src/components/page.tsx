import { Text, View } from '@tarojs/components'
import { getCurrentInstance } from '@tarojs/taro'
import { useState, type PropsWithChildren } from 'react'
import { nav, systemLargeText, wayBack } from '../services/platform'
import { Button } from './button'
import { useAppStore } from '../store'

/** 关怀模式 is on: the person turned it on, or left it to WeChat's font setting, which is large. */
export const useCare = (): boolean => useAppStore((s) => s.careChoice ?? systemLargeText())

/** The page's title as its config names it (what WeChat's bar and the browser's tab show), read when the page opens. */
const configuredTitle = (): string => (getCurrentInstance().page?.config as { navigationBarTitleText?: string } | undefined)?.navigationBarTitleText ?? '码上说事'

interface Props {
  className?: string
  /** The page's heading, when it is not its configured title (a record's name, say). */
  title?: string
  /** A desk page's width: a wide column for lists and tables, a narrow one for forms. */
  width?: 'wide' | 'narrow'
  /** Offer 关怀模式 at the top (the pages a resident opens first: home and a deputy's landing page). */
  careSwitch?: boolean
}

/**
 * Every page's root: the main landmark with the page's one heading (read by screen readers; the
 * title bar shows it to the eye), in 关怀模式 when it is on, and in H5 a way back.
 */
export function Page({ children, className = '', title, width, careSwitch }: PropsWithChildren<Props>) {
  const care = useCare()
  const setCare = useAppStore((s) => s.setCare)
  const [back] = useState(wayBack)
  const [heading] = useState(configuredTitle)
  const backLink = back && (
    <Text className='link back-link' onClick={() => void (back === 'back' ? nav.back() : nav.tab('/pages/index/index'))}>
      {back === 'back' ? '‹ 返回' : '‹ 首页'}
    </Text>
  )
  return (
    <View className={`page ${width ? `page--${width}` : ''} ${className} ${care ? 'care' : ''}`} role='main'>
      <View className='sr-only' role='heading' aria-level={1}>
        {title ?? heading}
      </View>
      {careSwitch ? (
        <View className='row row--between page-top'>
          {backLink || <View />}
          <Button className='btn btn--ghost btn--small care-switch' {...{ 'aria-pressed': care }} onClick={() => setCare(!care)}>
            {care ? '标准字' : '大字'}
          </Button>
        </View>
      ) : (
        backLink
      )}
      {children}
    </View>
  )
}
