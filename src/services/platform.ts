import Taro from '@tarojs/taro'
import type { CaseLocation, Position } from '../core/fields'
import { markPageLandmarks } from './screen'

/** Navigation, feedback and device features, so pages never call Taro.* themselves. */
export const nav = {
  to: (url: string) => Taro.navigateTo({ url }),
  back: () => Taro.navigateBack(),
  redirect: (url: string) => Taro.redirectTo({ url }),
  tab: (url: string) => Taro.switchTab({ url }),
}

export const toast = (title: string, icon: 'none' | 'success' = 'none') =>
  Taro.showToast({ title, icon, duration: 2500 })

export const stopPullDownRefresh = () => Taro.stopPullDownRefresh()

/** Scrolls the page to an element of it (a table of contents' entry). */
export const scrollToElement = (selector: string) => void Taro.pageScrollTo({ selector, duration: 200 }).catch(() => undefined)

const TAB_PAGES = ['pages/index/index', 'pages/mine/index', 'pages/messages/index', 'pages/me/index']

/**
 * H5 has no navigation bar of WeChat's: where a page leads back to. A tab page needs no way back; a
 * page opened from a link or a QR code, with nothing behind it, leads home.
 */
export function wayBack(): 'back' | 'home' | null {
  if (process.env.TARO_ENV !== 'h5') return null
  const pages = Taro.getCurrentPages()
  const route = (pages[pages.length - 1]?.route ?? '').replace(/^\//, '').split('?')[0]
  if (TAB_PAGES.includes(route)) return null
  return pages.length > 1 ? 'back' : 'home'
}

/** A page's title where one page serves several lists. */
export const setPageTitle = (title: string) => void Taro.setNavigationBarTitle({ title }).catch(() => undefined)

/** The unread count on the 消息 tab; index 2 in app.config's tabBar. */
const MESSAGES_TAB = 2
export function setUnreadBadge(unread: number): void {
  const done = unread > 0 ? Taro.setTabBarBadge({ index: MESSAGES_TAB, text: unread > 99 ? '99+' : String(unread) }) : Taro.removeTabBarBadge({ index: MESSAGES_TAB })
  // Called from a page that is not a tab page, the API refuses: the badge waits for the next list.
  void Promise.resolve(done).catch(() => undefined)
}

/** WeChat's own text size (我 › 设置 › 通用 › 字体大小) is larger than standard (17): 关怀模式 follows it. Read once per launch. */
let largeText: boolean | undefined
export function systemLargeText(): boolean {
  if (largeText !== undefined) return largeText
  largeText = false
  if (process.env.TARO_ENV === 'weapp') {
    try {
      largeText = ((Taro.getAppBaseInfo() as { fontSizeSetting?: number }).fontSizeSetting ?? 17) > 17
    } catch {
      // An old base library: standard text.
    }
  }
  return largeText
}

/** In H5 the tab bar lives outside the pages: 关怀模式 marks the whole document too. */
export function markDocumentCare(on: boolean): void {
  if (process.env.TARO_ENV === 'h5') document.documentElement.classList.toggle('care', on)
}

export function initPlatform(): void {
  if (process.env.TARO_ENV === 'h5') {
    // index.html's skeleton stood in while the scripts came: the app's own pages show from here.
    document.getElementById('boot')?.remove()
    markPageLandmarks()
  }
  if (USE_CLOUD) Taro.cloud.init({ env: CLOUD_ENV || undefined, traceUser: true })
}

/** WeChat's map picker (the mini-program only): a place with its name and address; null when cancelled or elsewhere. */
export async function chooseMapPlace(): Promise<CaseLocation | null> {
  if (process.env.TARO_ENV !== 'weapp') return null
  try {
    const r = await Taro.chooseLocation({})
    const name = (r.name || r.address || '已选位置').slice(0, 100)
    return { latitude: r.latitude, longitude: r.longitude, name, address: (r.address || '').slice(0, 100) }
  } catch {
    return null
  }
}

/**
 * Where the person is; null when they refuse or the device cannot tell. WeChat answers GCJ-02; a
 * browser knows only WGS-84 (Taro's H5 location refuses gcj02), which the server converts.
 */
export async function currentPosition(): Promise<Position | null> {
  try {
    const coord = process.env.TARO_ENV === 'weapp' ? 'gcj02' : 'wgs84'
    const r = await Taro.getLocation({ type: coord })
    return { latitude: r.latitude, longitude: r.longitude, coord }
  } catch {
    return null
  }
}

/** Shows a place on the map: WeChat's own map in the mini-program, a map site in the browser. */
export function openMap(p: { latitude: number; longitude: number; name: string; address: string }): void {
  if (process.env.TARO_ENV === 'weapp') {
    void Taro.openLocation({ latitude: p.latitude, longitude: p.longitude, name: p.name, address: p.address, scale: 16 }).catch(() => undefined)
    return
  }
  const q = new URLSearchParams({ position: `${p.longitude},${p.latitude}`, name: p.name, src: 'mashang-shuoshi' })
  window.open(`https://uri.amap.com/marker?${q}`, '_blank')
}

/** Dials a station's contact line. */
export const callPhone = (phoneNumber: string) => void Taro.makePhoneCall({ phoneNumber }).catch(() => undefined)

/** Asks before something that cannot be undone; true when the person confirms. */
export async function confirmAction(title: string, content: string, confirmText = '确定'): Promise<boolean> {
  const r = await Taro.showModal({ title, content, confirmText, confirmColor: '#c8161d' }).catch(() => ({ confirm: false }))
  return r.confirm
}

/** Reads a QR code with the camera (the mini-program only); null where it cannot or when cancelled. */
export async function scanText(): Promise<string | null> {
  if (process.env.TARO_ENV !== 'weapp') return null
  const r = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] }).catch(() => null)
  return r?.result ?? null
}

/** Lets the person pick one of a few choices from a sheet; null when they cancel. */
export async function chooseOne<T extends string>(items: readonly T[]): Promise<T | null> {
  const r = await Taro.showActionSheet({ itemList: [...items] }).catch(() => null)
  return r ? (items[r.tapIndex] ?? null) : null
}

/** The browser saves a file the app made. */
export function download(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/**
 * Hands the person a text to keep: a file download in the browser; in the mini-program, the
 * clipboard (they paste it into a chat with themself or a note). Answers what to tell them.
 */
export async function keepText(filename: string, text: string): Promise<string> {
  if (process.env.TARO_ENV === 'weapp') {
    await Taro.setClipboardData({ data: text })
    return '已复制到剪贴板'
  }
  download(filename, new Blob([text], { type: 'application/json;charset=utf-8' }))
  return '已下载'
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Saves a workbook (base64): a download in the browser; in the mini-program, opened in WeChat's viewer, from which it is forwarded or saved. */
export async function keepWorkbook(filename: string, base64: string): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    const filePath = `${Taro.env.USER_DATA_PATH}/${filename}`
    Taro.getFileSystemManager().writeFileSync(filePath, base64, 'base64')
    await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true })
    return
  }
  download(filename, new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: XLSX }))
}

/** Picks an .xlsx file and answers its bytes as base64 (a chat's file in the mini-program, a file on disk in the browser); null when none was picked. */
export async function pickWorkbook(): Promise<string | null> {
  if (process.env.TARO_ENV === 'weapp') {
    // .xls, .et and .csv may be chosen too: the import says how to save them as .xlsx.
    const r = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx', 'xls', 'et', 'csv'] }).catch(() => null)
    const path = r?.tempFiles[0]?.path
    return path ? (Taro.getFileSystemManager().readFileSync(path, 'base64') as string) : null
  }
  const file = await chooseBrowserFile(`.xlsx,.xls,.et,.csv,${XLSX}`)
  if (!file) return null
  return new Promise((resolve) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => resolve(null)
    reader.readAsDataURL(file)
  })
}

/** The browser's file dialog for files of `accept`: the one picked, or null when it was closed without one. */
export function chooseBrowserFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.onchange = () => resolve(input.files?.[0] ?? null)
    input.addEventListener('cancel', () => resolve(null))
    input.click()
  })
}
