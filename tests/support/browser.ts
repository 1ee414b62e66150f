import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { opened } from './hooks'
import { startHost } from './host-process'

/** Debian's Chromium, with the flags this closed network needs (see TOOLCHAIN.md). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })

export const ARTIFACTS = resolve(__dirname, '../e2e/artifacts')
mkdirSync(ARTIFACTS, { recursive: true })

/** Console errors that are not faults of ours. */
const EXPECTED = [
  // An answer the page puts in words for the person (a refusal, a conflict, a case not there); a 5xx is a fault.
  /^Failed to load resource: the server responded with a status of 4\d\d/,
  // Taro's H5 Input (upstream, left to Taro): a value set before its lazily loaded element first
  // rendered reaches its watcher before its <input> exists. Seen once in some 400 page loads.
  /^TypeError: Cannot read properties of undefined \(reading 'value'\)\s+at _class\.watchValue/,
]

/** What went wrong in the pages watched: uncaught errors, and errors written to the console. */
export function faultWatch() {
  const faults: string[] = []
  return {
    watch(page: Page): Page {
      page.on('pageerror', (e) => faults.push(`uncaught: ${e.message}`))
      page.on('console', (m) => {
        if (m.type() !== 'error' || EXPECTED.some((e) => e.test(m.text()))) return
        faults.push(`console: ${m.text()}`)
      })
      return page
    },
    /** The faults since last asked. */
    take: (): string[] => faults.splice(0),
  }
}

/** A phone-sized page, as residents see the mini-program. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN' }

/**
 * For one describe block: the real host (`npm start`'s entry) on an empty database and Chromium;
 * `phone(persona?, extra?)` opens a phone-sized page, signed in as that demo persona when one is named.
 */
export function withChromiumHost(hostEnv: () => Record<string, string> = () => ({})) {
  // One hook for both, closed in order: the browser (and its open connections) first, then the host.
  const both = opened(
    async () => {
      const host = await startHost(hostEnv())
      try {
        return { host, browser: await launchChromium() }
      } catch (e) {
        await host.stop()
        throw e
      }
    },
    async ({ host, browser }) => {
      await browser.close()
      await host.stop()
    },
  )
  // Every test ends with no uncaught error and no console error in its pages.
  const faults = faultWatch()
  afterEach(() => expect(faults.take()).toEqual([]))
  const env = {
    get host() {
      return both.value.host
    },
    get browser() {
      return both.value.browser
    },
  }
  return {
    get base() {
      return env.host.base
    },
    /** What the host printed so far. */
    output: () => env.host.output(),
    async phone(persona?: string, extra: BrowserContextOptions = {}): Promise<Page> {
      const page = faults.watch(await (await env.browser.newContext({ ...PHONE, ...extra })).newPage())
      if (persona) {
        await page.goto(`${env.host.base}/pages/me/index?persona=${persona}`)
        await page.locator('.current-role').filter({ hasNotText: '未登录' }).waitFor()
      }
      return page
    },
    shot: (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true }),
  }
}
