import Taro from '@tarojs/taro'
import type { CaseLocation } from '../core/schemas'

/** Navigation, feedback and device features, so pages never call Taro.* themselves. */
export const nav = {
  to: (url: string) => Taro.navigateTo({ url }),
  redirect: (url: string) => Taro.redirectTo({ url }),
  tab: (url: string) => Taro.switchTab({ url }),
}

export const toast = (title: string, icon: 'none' | 'success' = 'none') =>
  Taro.showToast({ title, icon, duration: 2500 })

export const stopPullDownRefresh = () => Taro.stopPullDownRefresh()

export function initPlatform(): void {
  if (USE_CLOUD) Taro.cloud.init({ env: CLOUD_ENV || undefined, traceUser: true })
}

/**
 * Asks for a place. The mini-program opens WeChat's map picker; the browser can only offer
 * the current position. Returns null when the person cancels or refuses.
 */
export async function pickLocation(): Promise<CaseLocation | null> {
  try {
    if (process.env.TARO_ENV === 'weapp') {
      const r = await Taro.chooseLocation({})
      return { latitude: r.latitude, longitude: r.longitude, name: (r.name || r.address || '已选位置').slice(0, 100) }
    }
    const r = await Taro.getLocation({ type: 'wgs84' })
    return { latitude: r.latitude, longitude: r.longitude, name: '我的当前位置' }
  } catch {
    return null
  }
}
