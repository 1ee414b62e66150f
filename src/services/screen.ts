import Taro from '@tarojs/taro'

/** A desk: the browser on a computer (an office's or an admin's), wide enough for a table. */
export const isDesk = (): boolean => process.env.TARO_ENV === 'h5' && Taro.getWindowInfo().windowWidth >= 1024

/**
 * What Taro's H5 pages lack for keyboards and screen readers, added as they appear: each page
 * scrolls in a container of Taro's router and Taro's buttons take no keyboard focus, so the
 * container takes focus (a keyboard can scroll the page, WCAG 2.1.1); the tab bar is the app's main menu.
 */
export function markPageLandmarks(): void {
  const mark = () => {
    document.querySelectorAll('.taro_page:not([tabindex])').forEach((p) => p.setAttribute('tabindex', '0'))
    document.querySelectorAll('.weui-tabbar:not([role])').forEach((t) => (t.setAttribute('role', 'navigation'), t.setAttribute('aria-label', '主菜单')))
  }
  mark()
  new MutationObserver(mark).observe(document.body, { childList: true, subtree: true })
}
