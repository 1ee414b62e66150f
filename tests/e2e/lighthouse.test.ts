import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, PHONE } from '../support/browser'
import { opened, OPEN_MS } from '../support/hooks'
import { startHost, type RunningHost } from '../support/host-process'

jest.setTimeout(240_000)

const run = promisify(execFile)
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const LIGHTHOUSE = require.resolve('lighthouse/cli/index.js')

interface Report {
  finalDisplayedUrl: string
  categories: { accessibility: { score: number; auditRefs: { id: string; weight: number }[] } }
  audits: Record<string, { score: number | null; title: string }>
}

/**
 * Lighthouse's accessibility score of one page, opened in a copy of a prepared Chromium profile
 * (signed in, with the device's choices), its storage kept. Answers the score out of 100 and the
 * audits that failed, so a low score says why.
 */
async function accessibility(profile: string, url: string): Promise<{ url: string; score: number; failed: string[] }> {
  const copy = mkdtempSync(join(tmpdir(), 'ms-lh-'))
  cpSync(profile, copy, { recursive: true })
  try {
    const { stdout } = await run(
      process.execPath,
      [LIGHTHOUSE, url, '--only-categories=accessibility', '--disable-storage-reset', '--output=json', '--output-path=stdout', '--quiet',
        `--chrome-flags=${[...CHROMIUM_ARGS, `--user-data-dir=${copy}`].join(' ')}`],
      { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
    )
    const r = JSON.parse(stdout) as Report
    const failed = r.categories.accessibility.auditRefs.filter((a) => a.weight > 0 && r.audits[a.id].score !== null && r.audits[a.id].score! < 1)
    return { url: new URL(r.finalDisplayedUrl).pathname, score: Math.round(r.categories.accessibility.score * 100), failed: failed.map((a) => r.audits[a.id].title) }
  } finally {
    rmSync(copy, { recursive: true, force: true })
  }
}

/** At least 95 out of 100, or the score and what failed. */
const verdict = (r: { score: number; failed: string[] }) => (r.score >= 95 ? 'at least 95' : `${r.score}: ${r.failed.join('; ')}`)

/** Runs the pages a few at a time: Lighthouse mostly waits on the page, and the machine has two cores. */
async function scores(profile: string, urls: string[]) {
  const out: Awaited<ReturnType<typeof accessibility>>[] = []
  for (let i = 0; i < urls.length; i += 3) out.push(...(await Promise.all(urls.slice(i, i + 3).map((u) => accessibility(profile, u)))))
  return out
}

describe('Lighthouse accessibility on the resident pages, in Chromium', () => {
  const profiled = opened(async () => mkdtempSync(join(tmpdir(), 'ms-lh-profile-')), async (dir) => rmSync(dir, { recursive: true, force: true }))
  // Closed once the profile is made (Lighthouse opens it again), and at the end if making it ran out of time.
  const browsing = opened(() => chromium.launchPersistentContext(profiled.value, { executablePath: CHROME, args: CHROMIUM_ARGS, ...PHONE }), (c) => c.close())
  // Stopped last (afterAll hooks run in the order declared): no browser holds a connection to it then.
  const running = opened(() => startHost(), (h) => h.stop())
  let host: RunningHost
  let profile: string
  let casePath: string

  /** A phone's profile: the demo resident signed in, with a case of their own filed from the deputy's page. */
  beforeAll(async () => {
    host = running.value
    profile = profiled.value
    const ctx = browsing.value
    const page = await ctx.newPage()
    await page.goto(`${host.base}/pages/me/index?persona=resident`)
    await page.locator('.current-role').filter({ hasNotText: '未登录' }).waitFor()
    await page.goto(`${host.base}/pages/deputy/index?scene=${encodeURIComponent('d=LZ001')}`)
    await page.getByText('码上说事', { exact: true }).click()
    await page.locator('.chip', { hasText: '道路交通' }).click()
    await page.locator('textarea').fill('小区门口的路灯坏了两个星期，晚上看不清路')
    await page.locator('.submit').click()
    await page.locator('.success-number').waitFor()
    await page.getByText('查看办理进度').click()
    await page.locator('.case-text').waitFor()
    casePath = new URL(page.url()).pathname + new URL(page.url()).search
    await ctx.close()
  }, OPEN_MS)

  const at = (path: string) => `${host.base}${path}`
  const landing = (scene: string) => `/pages/deputy/index?scene=${encodeURIComponent(scene)}`

  it('scores every resident page at least 95', async () => {
    const pages = [
      '/',
      landing('d=LZ001'),
      landing('s=S01'),
      '/pages/submit/index?station=S01',
      casePath,
      '/pages/mine/index',
      '/pages/messages/index',
      '/pages/me/index',
      '/packages/stations/index/index',
      '/packages/account/claim/index',
    ]
    const results = await scores(profile, pages.map(at))
    expect(results.length).toBe(pages.length)
    for (const r of results) expect({ url: r.url, verdict: verdict(r) }).toEqual({ url: r.url, verdict: 'at least 95' })
  })

  it('scores them at least 95 in 关怀模式 too', async () => {
    const care = mkdtempSync(join(tmpdir(), 'ms-lh-care-'))
    cpSync(profile, care, { recursive: true })
    try {
      const ctx = await chromium.launchPersistentContext(care, { executablePath: CHROME, args: CHROMIUM_ARGS, ...PHONE })
      const page = await ctx.newPage()
      await page.goto(at('/pages/me/index'))
      await page.locator('.care-toggle', { hasText: '开启关怀模式' }).click()
      await page.locator('.care-toggle', { hasText: '关闭关怀模式' }).waitFor()
      await ctx.close()
      const results = await scores(care, ['/', landing('d=LZ001'), '/pages/submit/index?station=S01', casePath].map(at))
      for (const r of results) expect({ url: r.url, verdict: verdict(r) }).toEqual({ url: r.url, verdict: 'at least 95' })
    } finally {
      rmSync(care, { recursive: true, force: true })
    }
  })
})
