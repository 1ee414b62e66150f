/**
 * `npm run bench`: prints figures and ratios against baselines measured in the same run.
 * Nothing here asserts; the closing note of each change quotes what it printed.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import type { FastifyInstance } from 'fastify'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import pg from 'pg'
import type { Browser } from 'playwright-core'
import { openDatabase } from '../server/db/database'
import type { Database } from '../server/db/queryable'
import { createHost } from '../server/host/app'
import { diskMedia } from '../server/adapters/local/disk-media'
import { localQr } from '../server/adapters/local/qr'
import { FUNCTIONS } from '../server/host/registry'
import { invoke } from '../server/runtime/context'
import { posterFonts } from '../server/deputies/poster-drawing'
import { seedDemoDistrict } from '../server/seed/demo-district'
import { launchChromium } from '../tests/support/browser'
import { postgresReachable, scratchDatabase } from '../tests/support/postgres'
import { packageBytes } from '../tests/support/weapp'
import { formatCaseNumber } from '../src/core/cases/number'
import { quantile } from './quantile'
import { nearestStation } from './routing'
import { countRollup, exportFigure, generateCases, suggestionFiguresLatency, volumeFigures } from './volume'
import { legislationFigures } from './legislation'
import { wordCheck } from './words'
import { importFigure } from './workbook'

const ROOT = resolve(__dirname, '..')
const BARE = join(ROOT, '.bench/bare')
const RENDER_RUNS = 7
const SUBMITS = 300
const ROUTE_STATIONS = 200_000
/** A word list far larger than any district keeps, and a case's longest text. */
const WORDS = 10_000
const WORD_TEXT_CHARS = 1000
const ROUTE_CLIENTS = 8
const ROUTE_SECONDS = 5
const VOLUME_CASES = 1_000_000
const VOLUME_RUNS = 5
const SUGGESTIONS = 5_000

const rows: [string, string, string][] = []
const row = (what: string, figure: string, against: string) => {
  rows.push([what, figure, against])
  console.log(`  ${what}: ${figure}  (${against})`)
}

function taroBuild(cwd: string, type: 'weapp' | 'h5') {
  const r = spawnSync('npx', ['taro', 'build', '--type', type], { cwd, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } })
  if (r.status !== 0) throw new Error(`taro build --type ${type} failed in ${cwd}`)
}

/** The baseline app: bench/bare built in a scratch folder with the project's own toolchain. */
function buildBare() {
  rmSync(BARE, { recursive: true, force: true })
  mkdirSync(BARE, { recursive: true })
  cpSync(join(ROOT, 'bench/bare'), BARE, { recursive: true })
  cpSync(join(ROOT, 'src/index.html'), join(BARE, 'src/index.html'))
  symlinkSync(join(ROOT, 'node_modules'), join(BARE, 'node_modules'))
  writeFileSync(join(BARE, 'package.json'), readFileSync(join(ROOT, 'package.json')))
  writeFileSync(join(BARE, 'tsconfig.json'), JSON.stringify({ compilerOptions: { jsx: 'react-jsx' } }))
  taroBuild(BARE, 'weapp')
  taroBuild(BARE, 'h5')
}

const ms = (x: number) => `${x.toFixed(1)} ms`

const listen = (host: FastifyInstance) => host.listen({ port: 0, host: '127.0.0.1' })

/** Milliseconds from navigation to the text on screen, with the CPU slowed 4× like a cheap phone. */
/** Chrome DevTools' "3G" profile: 562.5 ms round trips, 1.44 Mbit/s down, 675 kbit/s up. */
const THREE_G = { offline: false, latency: 562.5, downloadThroughput: (1.44e6 / 8) * 0.9, uploadThroughput: (675e3 / 8) * 0.9 }

async function firstRender(browser: Browser, url: string, text: string, slowNetwork = false): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < RENDER_RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    if (slowNetwork) {
      await cdp.send('Network.enable')
      await cdp.send('Network.emulateNetworkConditions', THREE_G)
    }
    await page.addInitScript((t: string) => {
      const w = window as unknown as { __rendered?: number }
      new MutationObserver((_m, obs) => {
        if (document.body?.textContent?.includes(t)) {
          w.__rendered = performance.now()
          obs.disconnect()
        }
      }).observe(document, { subtree: true, childList: true, characterData: true })
    }, text)
    await page.goto(url)
    const handle = await page.waitForFunction(() => (window as unknown as { __rendered?: number }).__rendered, undefined, { timeout: 60_000 })
    times.push(Number(await handle.jsonValue()))
    await context.close()
  }
  return quantile(times, 0.5)
}

/** Calls the host's functions over HTTP, as a browser would. */
const poster = (base: string) => async (name: string, body: object, token?: string) =>
  (await fetch(`${base}/fn/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  })).json()

async function submitLatency(base: string): Promise<{ p50: number; p95: number }> {
  const post = poster(base)
  const login = await post('auth', { action: 'devLogin', openid: `bench-${Date.now()}` })
  const times: number[] = []
  for (let i = 0; i < SUBMITS + 20; i++) {
    const started = performance.now()
    const r = await post('cases', {
      action: 'submit', submissionId: `bench-${Date.now()}-${i}`, deputyCode: 'LZ001', category: '停车', text: '基准测试：小区门口车辆乱停放',
    }, login.data.token)
    if (r.code !== 'OK') throw new Error(r.message)
    if (i >= 20) times.push(performance.now() - started)
  }
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95) }
}

/** deputies.poster as the deputy: the first call draws the poster (resvg, CJK font), later calls find it kept. */
async function posterLatency(db: Database): Promise<{ first: number; kept: number }> {
  const media = diskMedia(mkdtempSync(join(tmpdir(), 'ms-bench-media-')))
  const services = { db, demoLogins: true, now: () => new Date(), media, qr: localQr('http://127.0.0.1'), posterFonts: posterFonts(process.env.POSTER_FONTS) }
  const call = (event: object, token?: string) => invoke(FUNCTIONS.deputies, event, services, token ? { kind: 'token', token } : { kind: 'anonymous' })
  const login = await invoke(FUNCTIONS.auth, { action: 'devLogin', persona: 'deputy' }, services, { kind: 'anonymous' })
  const token = (login.data as { token: string }).token
  let started = performance.now()
  const r = await call({ action: 'poster', code: 'LZ001' }, token)
  if (r.code !== 'OK') throw new Error(r.message)
  const first = performance.now() - started
  const times: number[] = []
  for (let i = 0; i < 50; i++) {
    started = performance.now()
    await call({ action: 'poster', code: 'LZ001' }, token)
    times.push(performance.now() - started)
  }
  return { first, kept: quantile(times, 0.5) }
}

/** An HTTP round trip that touches no database: how much of a call is transport alone. */
async function healthLatency(base: string): Promise<{ p50: number; p95: number }> {
  const times: number[] = []
  for (let i = 0; i < SUBMITS + 20; i++) {
    const started = performance.now()
    await (await fetch(`${base}/healthz`)).json()
    if (i >= 20) times.push(performance.now() - started)
  }
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95) }
}

/** The same transaction as cases.submit, written by hand with raw pg: the floor. */
async function rawPgFloor(url: string): Promise<{ p50: number; p95: number }> {
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  const [{ district_id, station_id, deputy_id }] = (await c.query(
    `select s.district_id, d.station_id, d.id as deputy_id from deputies d join stations s on s.id = d.station_id where d.code = 'LZ001'`,
  )).rows
  const [{ id: userId }] = (await c.query(`insert into users (openid, role) values ('bench-raw', 'resident') returning id`)).rows
  const times: number[] = []
  for (let i = 0; i < SUBMITS + 20; i++) {
    const started = performance.now()
    await c.query('begin')
    const seq = (await c.query(
      `insert into case_counters (district_id, year, last) values ($1, 2099, 1)
       on conflict (district_id, year) do update set last = case_counters.last + 1 returning last`, [district_id],
    )).rows[0].last
    const [{ id }] = (await c.query(
      `insert into cases (number, resident_id, submission_id, district_id, station_id, deputy_id, channel, category, text, status)
       values ($1, $2, $3, $4, $5, $6, 'deputy_qr', '停车', '基准测试', 'submitted') returning id`,
      [formatCaseNumber('RAW', 2099, seq), userId, `raw-${i}`, district_id, station_id, deputy_id],
    )).rows
    await c.query(
      `insert into case_events (case_id, seq, type, actor_id, actor_role, to_status, payload) values ($1, 1, 'submit', $2, 'resident', 'submitted', '{}')`,
      [id, userId],
    )
    await c.query('commit')
    if (i >= 20) times.push(performance.now() - started)
  }
  await c.end()
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95) }
}

/** Residents filing through 有事找代表 with a place, `clients` at once: routing and submit together. */
async function submitRouteThroughput(base: string, clients: number, seconds: number): Promise<number> {
  const post = poster(base)
  const until = Date.now() + seconds * 1000
  const counts = await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      const { data } = await post('auth', { action: 'devLogin', openid: `bench-route-${Date.now()}-${c}` })
      let n = 0
      while (Date.now() < until) {
        const r = await post('cases', {
          action: 'submit', submissionId: `route-${c}-${n}-${Date.now()}`, category: '环境卫生', text: '基准测试：路口垃圾无人清运',
          location: { latitude: 36.14 + ((n * 7 + c) % 100) / 1000, longitude: 113.06 + ((n * 13 + c) % 120) / 1000 },
        }, data.token)
        if (r.code !== 'OK') throw new Error(r.message)
        n++
      }
      return n
    }),
  )
  return counts.reduce((a, b) => a + b, 0) / seconds
}

async function main() {
  console.log('building the product and the bare Taro baseline (about a minute)…')
  taroBuild(ROOT, 'weapp')
  taroBuild(ROOT, 'h5')
  buildBare()

  console.log('\npackage size')
  const app = JSON.parse(readFileSync(join(ROOT, 'dist/weapp/app.json'), 'utf8')) as { subPackages: { root: string }[] }
  const mainKB = packageBytes(join(ROOT, 'dist/weapp'), app.subPackages.map((s) => join(ROOT, 'dist/weapp', s.root))) / 1024
  const bareKB = packageBytes(join(BARE, 'dist/weapp')) / 1024
  row('weapp main package', `${mainKB.toFixed(0)} KB`, `${((mainKB / 2048) * 100).toFixed(1)}% of the 2,048 KB limit; ${(mainKB / bareKB).toFixed(2)}× a bare Taro page (${bareKB.toFixed(0)} KB)`)

  const dataDir = mkdtempSync(join(tmpdir(), 'ms-bench-'))
  const lite = await openDatabase({ dataDir })
  await seedDemoDistrict(lite)
  // The benchmarks file far more than a person may: the submission limit is lifted (its check still runs).
  const services = (db: Database) => ({ db, demoLogins: true, now: () => new Date(), submitLimits: { perHour: 1e9, perDay: 1e9 } })
  const host = await createHost({ services: services(lite), webRoot: join(ROOT, 'dist/h5') })
  const bareHost = await createHost({ services: services(lite), webRoot: join(BARE, 'dist/h5') })
  const [base, bareBase] = [await listen(host), await listen(bareHost)]

  console.log(`\nfirst render in Chromium, CPU throttled 4×, median of ${RENDER_RUNS} cold loads`)
  const browser = await launchChromium()
  const bare = await firstRender(browser, `${bareBase}/pages/index/index`, '王建国')
  const landing = await firstRender(browser, `${base}/pages/deputy/index?scene=d%3DLZ001`, '王建国')
  const skeleton3g = await firstRender(browser, `${base}/pages/deputy/index?scene=d%3DLZ001`, '正在打开', true)
  const landing3g = await firstRender(browser, `${base}/pages/deputy/index?scene=d%3DLZ001`, '王建国', true)
  await browser.close()
  row('deputy landing page: name on screen', ms(landing), `${(landing / bare).toFixed(2)}× a bare Taro page (${ms(bare)})`)
  row('  on 3G (562 ms RTT, 1.44 Mbit/s): skeleton on screen', ms(skeleton3g), `target ≤ 1 s; ${(skeleton3g / landing3g).toFixed(2)}× the name's time on 3G`)
  row('  on 3G: name on screen', ms(landing3g), `${(landing3g / landing).toFixed(2)}× the same page without throttling`)

  console.log(`\ncases.submit through the host, ${SUBMITS} sequential calls after 20 warm-up`)
  const onLite = await submitLatency(base)
  row('cases.submit on PGlite', `p50 ${ms(onLite.p50)}, p95 ${ms(onLite.p95)}`, 'HTTP + validation + transaction')
  console.log('\ndeputies.poster on PGlite (A4 PNG, drawn once per content, then kept)')
  const drawn = await posterLatency(lite)
  row('deputies.poster, first call (draws it)', ms(drawn.first), `kept afterwards: p50 ${ms(drawn.kept)}, ${(drawn.first / drawn.kept).toFixed(0)}× faster`)
  console.log('\nadmin.import of a 潞州-sized workbook on PGlite (66 stations, 612 deputies, 12 departments, 10 categories, 8 holidays)')
  const imported = await importFigure(lite)
  row('admin.import, 潞州-sized workbook', ms(imported.first), `${(imported.bytes / 1024).toFixed(0)} KB .xlsx; again, nothing to change: ${ms(imported.again)}; ${(10_000 / imported.first).toFixed(0)}× inside the 10 s asked for`)
  await host.close()
  await bareHost.close()
  await lite.close()
  rmSync(dataDir, { recursive: true, force: true })

  const problem = await postgresReachable()
  if (problem) {
    console.log(`\nPostgreSQL unreachable (${problem}): its figures are not measured`)
  } else {
    const scratch = await scratchDatabase()
    const db = await openDatabase({ url: scratch.url })
    await seedDemoDistrict(db)
    const pgHost = await createHost({ services: services(db) })
    const pgBase = await listen(pgHost)
    const health = await healthLatency(pgBase)
    const onPg = await submitLatency(pgBase)
    const floor = await rawPgFloor(scratch.url)
    row('HTTP round trip to /healthz', `p50 ${ms(health.p50)}, p95 ${ms(health.p95)}`, 'transport alone')
    row('raw pg, the same transaction', `p50 ${ms(floor.p50)}, p95 ${ms(floor.p95)}`, 'the floor')
    row('cases.submit on PostgreSQL', `p50 ${ms(onPg.p50)}, p95 ${ms(onPg.p95)}`, `${(onPg.p50 / floor.p50).toFixed(2)}× the raw-pg floor at p50`)
    console.log(`\nsubmit + route by place on PostgreSQL, ${ROUTE_CLIENTS} clients for ${ROUTE_SECONDS} s`)
    const perSecond = await submitRouteThroughput(pgBase, ROUTE_CLIENTS, ROUTE_SECONDS)
    row('submit + route (有事找代表 with a place) on PostgreSQL', `${perSecond.toFixed(0)} cases/s`, `${ROUTE_CLIENTS} concurrent residents; ${(perSecond * 3600).toFixed(0)} an hour`)
    await pgHost.close()
    await db.close()
    await scratch.drop()

    console.log(`\nstaff at volume on PostgreSQL: ${VOLUME_CASES.toLocaleString('en')} generated cases, 66 stations, 3 years (p50 of ${VOLUME_RUNS} calls through the functions)`)
    const big = await scratchDatabase()
    const bigDb = await openDatabase({ url: big.url })
    await seedDemoDistrict(bigDb)
    await importFigure(bigDb)
    const loading = performance.now()
    await generateCases(bigDb, VOLUME_CASES)
    console.log(`  generated and indexed in ${((performance.now() - loading) / 1000).toFixed(0)} s`)
    const rollup = await countRollup(bigDb)
    row('timer: the first count of every month into the reports’ rollup', `${rollup.seconds.toFixed(1)} s for ${rollup.months} months`, `${((rollup.seconds * 1000) / rollup.months).toFixed(0)} ms a month; afterwards only months whose cases changed are counted again`)
    const v = await volumeFigures(bigDb, VOLUME_RUNS)
    const against = (x: number, target: number) => `target ≤ ${target} ms: ${x <= target ? 'met' : `missed, ${(x / target).toFixed(1)}× over`}`
    row('stats.report, the district’s year by station', ms(v.reportDistrict), `${against(v.reportDistrict, 100)}; its months read from the rollup`)
    row('stats.report, the district’s year to date by month, this month changed since counted', ms(v.reportChanged), `${against(v.reportChanged, 100)}; this month is counted from its cases`)
    row('stats.report, one station’s year by month', ms(v.reportStation), against(v.reportStation, 100))
    row('cases.inbox, category and a quarter (office)', ms(v.inboxFiltered), against(v.inboxFiltered, 50))
    row('cases.inbox, a common two-character word (井盖)', ms(v.searchCommon), against(v.searchCommon, 50))
    row('cases.inbox, a rare two-character word (长椅, 10 cases)', ms(v.searchRare), against(v.searchRare, 50))
    row('cases.inbox, 已超期 (4% of open cases)', ms(v.overdueTab), against(v.overdueTab, 50))
    row('suggestions.groups, a deputy’s and their station’s last year grouped', ms(v.groups), against(v.groups, 200))
    const figures = await suggestionFiguresLatency(bigDb, SUGGESTIONS, VOLUME_RUNS)
    row(`suggestions.figures, the office’s year by unit and by deputy over ${SUGGESTIONS.toLocaleString('en')} suggestions`, ms(figures), against(figures, 200))
    const law = await legislationFigures(bigDb, VOLUME_RUNS)
    row(`legislation.create, a ${law.articles.toLocaleString('en')}-article draft (民法典's size) split and stored`, ms(law.createMs), 'through the function, one call')
    row(`legislation.get, the article heat list over ${law.comments.toLocaleString('en')} comments`, ms(law.heatMs), against(law.heatMs, 100))
    row(`legislation.submission, a point's .docx of ${law.opinions} opinions`, ms(law.submissionMs), `target ≤ 5000 ms: ${law.submissionMs <= 5000 ? 'met' : 'missed'}`)
    row(`legislation.final, the law as passed matched to the ${law.articles.toLocaleString('en')}-article draft`, ms(law.alignMs), 'by content, every article against every other in order (CloudBase allows 3 s)')
    const x = exportFigure(big.url)
    row(`reports.export, ${x.rows.toLocaleString('en')} cases to Excel (office, a process of its own)`, `${x.seconds.toFixed(1)} s; memory +${x.growthMb.toFixed(0)} MB at its peak`,
      `target ≤ 20 s within 200 MB of the export's own: ${x.seconds <= 20 && x.growthMb <= 200 ? 'met' : 'missed'}; the process peaked at ${x.peakMb.toFixed(0)} MB RSS, ${(x.peakMb - x.growthMb).toFixed(0)} MB of it the functions' code loaded before the export; a ${x.fileMb.toFixed(1)} MB file`)
    await bigDb.close()
    await big.drop()
  }

  console.log(`\nnearest station over ${ROUTE_STATIONS.toLocaleString('en')} stations (kdbush + geokdbush against checking every station)`)
  const near = nearestStation(ROUTE_STATIONS, 20_000, 300)
  row(`nearest-station lookup, ${ROUTE_STATIONS.toLocaleString('en')} stations`, `p50 ${(near.index.p50 * 1000).toFixed(1)} µs, p99 ${(near.index.p99 * 1000).toFixed(1)} µs`,
    `brute force p50 ${ms(near.brute.p50)}, p99 ${ms(near.brute.p99)}: ${(near.brute.p50 / near.index.p50).toFixed(0)}× slower; index built in ${ms(near.buildMs)}; ${near.disagree} of ${near.checked} lookups disagree`)

  console.log(`\nthe word-list check of a ${WORD_TEXT_CHARS}-character text against ${WORDS.toLocaleString('en')} words (mint-filter against looking for each word)`)
  const check = wordCheck(WORDS, 500, WORD_TEXT_CHARS)
  row(`word-list check, ${WORDS.toLocaleString('en')} words`, `p50 ${ms(check.fast.p50)}, p99 ${ms(check.fast.p99)}`,
    `each word in turn p50 ${ms(check.slow.p50)}: ${(check.slow.p50 / check.fast.p50).toFixed(0)}× slower; automata built in ${ms(check.buildMs)}; ${check.disagree} of 500 verdicts disagree`)

  console.log('\n| measure | figure | against |\n|---|---|---|')
  for (const r of rows) console.log(`| ${r.join(' | ')} |`)
  if (existsSync(BARE)) rmSync(BARE, { recursive: true, force: true })
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
