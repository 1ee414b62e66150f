import type { Page } from 'playwright-core'
import { axeViolations } from '../support/axe'
import { withChromiumHost } from '../support/browser'

jest.setTimeout(240_000)

/** What a tap lands on, by the classes the pages give them. */
const TAPPABLE = '.btn, .chip, .consent, .link, .report-link, .tab, .media-remove, .media-add, .input, .list-item, .move, .case-card, .weui-tabbar__item'

interface Measured {
  smallText: string[]
  tightLines: string[]
  smallTargets: string[]
  clipped: string[]
}

/**
 * Every visible text and tap target on the page, measured as the person sees it: font size and
 * line spacing of each element holding text, the box of each tap target, and text cut off or
 * running past the screen.
 */
async function measure(page: Page, minTarget: number): Promise<Measured> {
  return page.evaluate(
    ({ selector, minTarget }) => {
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect()
        const s = getComputedStyle(el)
        // Text clipped to nothing is for screen readers only (the page's heading): nobody sees it.
        const srOnly = s.position === 'absolute' && s.clip === 'rect(0px, 0px, 0px, 0px)'
        return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0 && !srOnly
      }
      const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${(el.textContent ?? '').trim().slice(0, 12)}”`
      const out = { smallText: [] as string[], tightLines: [] as string[], smallTargets: [] as string[], clipped: [] as string[] }
      const holders = new Set<Element>()
      const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let n = walk.nextNode(); n; n = walk.nextNode()) if (n.textContent?.trim() && n.parentElement) holders.add(n.parentElement)
      for (const el of holders) {
        if (!visible(el) || el.closest('script, style, .taro__toast, .weui-toast')) continue
        const s = getComputedStyle(el)
        const size = parseFloat(s.fontSize)
        if (size < 17.95) out.smallText.push(`${name(el)} ${size}px`)
        const line = s.lineHeight === 'normal' ? size * 1.2 : parseFloat(s.lineHeight)
        if (line < size * 1.3 - 0.01) out.tightLines.push(`${name(el)} ${line}/${size}`)
        const r = el.getBoundingClientRect()
        const cut = s.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1
        if (cut || r.right > window.innerWidth + 1 || r.left < -1) out.clipped.push(name(el))
      }
      for (const el of document.querySelectorAll(selector)) {
        if (!visible(el)) continue
        const r = el.getBoundingClientRect()
        if (r.height < minTarget - 0.5 || r.width < minTarget - 0.5) out.smallTargets.push(`${name(el)} ${Math.round(r.width)}×${Math.round(r.height)}`)
      }
      return out
    },
    { selector: TAPPABLE, minTarget },
  )
}

describe('关怀模式 and tap targets on the resident pages, in Chromium', () => {
  const app = withChromiumHost()
  const { phone, shot } = app

  /** home → the deputy's page → the form → the filed case, checking each page on the way. */
  async function walk(page: Page, minText: boolean, minTarget: number, tag: string) {
    const check = async (where: string) => {
      await page.waitForTimeout(300)
      const m = await measure(page, minTarget)
      expect({ where, smallTargets: m.smallTargets, clipped: m.clipped }).toEqual({ where, smallTargets: [], clipped: [] })
      if (minText) expect({ where, smallText: m.smallText, tightLines: m.tightLines }).toEqual({ where, smallText: [], tightLines: [] })
      expect({ where, axe: await axeViolations(page) }).toEqual({ where, axe: [] })
      await shot(page, `${tag}-${where}`)
    }
    await page.goto(`${app.base}/`)
    await page.locator('.tell-us').waitFor()
    await check('home')
    await page.goto(`${app.base}/pages/deputy/index?scene=${encodeURIComponent('d=LZ001')}`)
    await page.locator('.deputy-name').waitFor()
    await check('deputy')
    await page.getByText('码上说事', { exact: true }).click()
    await page.locator('.chip', { hasText: '环境卫生' }).click()
    await page.locator('textarea').fill('小区东门外的垃圾桶满了三天没人清运，味道很大')
    await page.locator('.phone input').fill('13812341234')
    await check('submit')
    await page.locator('.consent', { hasText: '同意将手机号提供给办理人员' }).click()
    await page.locator('.submit').click()
    await page.locator('.success-number').waitFor()
    await check('success')
    await page.getByText('查看办理进度').click()
    await page.locator('.case-text').waitFor()
    await check('case')
  }

  it('outside 关怀模式 every tap target is at least 44 px, and the pages pass axe', async () => {
    const resident = await phone()
    await walk(resident, false, 44, '51-normal')
  })

  it('in 关怀模式 (the switch on 我的) text is 18 px and up, lines 1.3 apart, targets 60 px, nothing cut off', async () => {
    const resident = await phone()
    await resident.goto(`${app.base}/pages/me/index`)
    await resident.locator('.care-toggle', { hasText: '开启关怀模式' }).click()
    await resident.locator('.care-toggle', { hasText: '关闭关怀模式' }).waitFor()
    expect(await resident.evaluate(() => document.documentElement.classList.contains('care'))).toBe(true)
    await walk(resident, true, 60, '52-care')
    // The choice stays with the device: a new visit opens in 关怀模式.
    await resident.reload()
    await resident.locator('.page.care').first().waitFor()
  })

  it('on a network too slow for the scripts, the landing page shows a skeleton from its HTML alone; then the page, with a way back', async () => {
    const resident = await phone()
    let release = () => {}
    const held = new Promise<void>((ok) => (release = ok))
    await resident.route('**/js/**', async (route) => {
      await held
      await route.continue()
    })
    await resident.goto(`${app.base}/pages/deputy/index?scene=${encodeURIComponent('d=LZ001')}`, { waitUntil: 'commit' })
    await resident.locator('#boot', { hasText: '正在打开，请稍候' }).waitFor()
    await shot(resident, '53-landing-skeleton')
    release()
    await resident.locator('.deputy-name').waitFor()
    expect(await resident.locator('#boot').count()).toBe(0)
    // Opened from a QR code, nothing is behind it: the way back leads home; every page has its title.
    expect(await resident.title()).toBe('人大代表')
    await resident.locator('.back-link', { hasText: '首页' }).waitFor()
    await resident.getByText('码上说事', { exact: true }).click()
    await resident.locator('.back-link', { hasText: '返回' }).click()
    await resident.locator('.deputy-name').waitFor()
    await resident.locator('.back-link', { hasText: '首页' }).click()
    await resident.locator('.tell-us').waitFor()
    expect(await resident.locator('.back-link').count()).toBe(0)
  })

  it('offers 语音输入 on the form where the browser can listen, and hides it where it cannot', async () => {
    // Chromium's recognizer sends speech to Google, which this machine cannot reach: a stand-in with the Web Speech API's surface hears a fixed sentence.
    const speaking = await phone()
    await speaking.addInitScript(() => {
      class FakeRecognition {
        lang = ''
        interimResults = true
        continuous = false
        onresult: ((e: unknown) => void) | null = null
        onerror: ((e: unknown) => void) | null = null
        onend: (() => void) | null = null
        start() {
          ;(window as unknown as { heard: string }).heard = this.lang
        }
        stop() {
          const result = Object.assign([{ transcript: '东门的路灯坏了一个月' }], { isFinal: true })
          this.onresult?.({ results: [result] })
          this.onend?.()
        }
      }
      Object.assign(window, { webkitSpeechRecognition: FakeRecognition, SpeechRecognition: undefined })
    })
    await speaking.goto(`${app.base}/pages/deputy/index?scene=${encodeURIComponent('d=LZ001')}`)
    await speaking.getByText('码上说事', { exact: true }).click()
    await speaking.locator('textarea').fill('晚上看不清路。')
    await speaking.locator('.voice-input', { hasText: '语音输入' }).click()
    await speaking.locator('.voice-input', { hasText: '正在听' }).waitFor()
    expect(await speaking.evaluate(() => (window as unknown as { heard: string }).heard)).toBe('zh-CN')
    await speaking.locator('.voice-input').click()
    await speaking.locator('.voice-input', { hasText: /^语音输入$/ }).waitFor()
    expect(await speaking.locator('textarea').inputValue()).toBe('晚上看不清路。东门的路灯坏了一个月')
    await shot(speaking, '54-voice-input')

    const silent = await phone()
    await silent.addInitScript(() => Object.assign(window, { webkitSpeechRecognition: undefined, SpeechRecognition: undefined }))
    await silent.goto(`${app.base}/pages/deputy/index?scene=${encodeURIComponent('d=LZ001')}`)
    await silent.getByText('码上说事', { exact: true }).click()
    await silent.locator('textarea').waitFor()
    expect(await silent.locator('.voice-input').count()).toBe(0)
  })

  it('lets the page be pinch-zoomed', async () => {
    const resident = await phone()
    await resident.goto(`${app.base}/`)
    const viewport = await resident.locator('meta[name=viewport]').getAttribute('content')
    expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale\s*=\s*1(\.0)?\b/)
  })
})
