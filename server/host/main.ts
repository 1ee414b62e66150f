import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { deputyPagePath, unreachableCodeWarning } from '../../src/core/scene'
import { ROLE_LABELS, ROLES } from '../../src/core/identity/roles'
import { diskMedia } from '../adapters/local/disk-media'
import { consoleSms } from '../adapters/local/console-sms'
import { locationServiceFrom } from '../adapters/tencent/location-service'
import { smsFrom } from '../adapters/tencent/sms'
import { jscode2session } from '../adapters/wechat/jscode2session'
import { localQr } from '../adapters/local/qr'
import { posterFonts } from '../deputies/poster-drawing'
import { openDatabase } from '../db/database'
import { DEMO_DEPUTY_CODE, seedDemoDistrict } from '../seed/demo-district'
import { seedDemoHistory } from '../seed/demo-history'
import { invoke } from '../runtime/context'
import { timer } from '../functions/timer'
import { localPhoneKey, phoneKeyFrom } from '../privacy/phone'
import { createHost } from './app'

const ROOT = resolve(__dirname, '../..')
/**
 * Builds the H5 pages when they are missing, so a fresh clone starts with one command; the
 * weapp is built only on request (`npm run build:weapp`). Taro's output is kept back unless the
 * build fails; a line every 20 s says it is still going.
 */
async function ensureBuilt() {
  if (existsSync(resolve(ROOT, 'dist/h5/index.html'))) return
  console.log('首次启动：正在构建网页版（H5）。双核机器上约 1–3 分钟，之后再启动不必重建（构建缓存在 node_modules/.cache）…')
  const started = Date.now()
  const output: string[] = []
  // Always the production build: a development one (NODE_ENV=test, say) needs webpack's dev server to run.
  const build = spawn('npx', ['taro', 'build', '--type', 'h5'], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' } })
  for (const stream of [build.stdout, build.stderr]) stream.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  const ticker = setInterval(() => console.log(`  仍在构建… 已用 ${Math.round((Date.now() - started) / 1000)} 秒`), 20_000)
  const status = await new Promise<number | null>((done) => build.on('close', done))
  clearInterval(ticker)
  if (status !== 0) {
    console.error(output.join('').split('\n').slice(-40).join('\n'))
    throw new Error('taro build --type h5 failed')
  }
  console.log(`  H5 构建完成，用时 ${Math.round((Date.now() - started) / 1000)} 秒`)
}

async function main() {
  const port = Number(process.env.PORT ?? 8787)
  const production = process.env.NODE_ENV === 'production'
  await ensureBuilt()

  const url = process.env.DATABASE_URL
  const dataDir = resolve(ROOT, process.env.DATA_DIR ?? '.data')
  const db = await openDatabase(url ? { url } : { dataDir })
  // The demo (its district, and sign-in as any persona) only on the embedded database outside
  // production, or where DEMO=1 asks for it; never on a production host.
  const demo = !production && (!url || process.env.DEMO === '1')
  const seeded = demo && (await seedDemoDistrict(db))
  // Production takes PHONE_KEY from the environment; a development host makes its own key once.
  const phoneKey = phoneKeyFrom(process.env.PHONE_KEY) ?? (production ? undefined : localPhoneKey(`${dataDir}.phone-key`))
  const uploads = diskMedia(resolve(ROOT, process.env.MEDIA_DIR ?? `${dataDir}.media`), phoneKeyFrom(process.env.MEDIA_URL_KEY, 'MEDIA_URL_KEY'))
  // QR codes point at the H5 pages on this host, or at PUBLIC_URL when it is served elsewhere.
  const publicUrl = process.env.PUBLIC_URL ?? `http://127.0.0.1:${port}`
  const qr = localQr(publicUrl)
  // A self-hosted weapp signs in with wx.login's code, exchanged at WeChat's jscode2session.
  const { WECHAT_APPID: appid, WECHAT_SECRET: secret, WECHAT_API_BASE: apiBase } = process.env
  const codeSessions = appid && secret ? jscode2session({ appid, secret, base: apiBase }) : undefined
  // Texts go through Tencent Cloud SMS where it is configured; a demo host prints them instead.
  const sms = smsFrom(process.env) ?? (demo ? consoleSms() : undefined)
  const maps = locationServiceFrom(process.env)
  const services = { db, demoLogins: demo, now: () => new Date(), phoneKey, media: uploads, qr, posterFonts: posterFonts(process.env.POSTER_FONTS), codeSessions, maps, sms, publicUrl }
  if (seeded) await seedDemoHistory(services)
  const server = await createHost({ services, webRoot: resolve(ROOT, 'dist/h5'), uploads, trustProxy: process.env.TRUST_PROXY })
  await server.listen({ port, host: process.env.HOST ?? '127.0.0.1' })
  // The host stands in for CloudBase's timer trigger: deadlines are swept every minute.
  const sweep = async () => {
    const r = await invoke(timer, {}, services, { kind: 'trigger' })
    if (r.code !== 'OK') console.error('[timer]', r.message)
  }
  const ticker = setInterval(sweep, 60_000)
  void sweep()

  const base = `http://127.0.0.1:${port}`
  console.log(`
码上说事 已启动（数据库：${url ? 'PostgreSQL' : `PGlite ${dataDir}`}${seeded ? '，已写入演示数据' : ''}）
  小程序（H5）：   ${base}/
  代表二维码落地页：${base}${deputyPagePath(DEMO_DEPUTY_CODE)}
  健康检查：       ${base}/healthz
${!demo ? '' : `切换身份（演示登录）：\n${ROLES.map((r) => `  ${ROLE_LABELS[r].padEnd(8, '　')} ${base}/pages/me/index?persona=${r}`).join('\n')}\n`}微信开发者工具用的小程序：npm run build:weapp 构建到 dist/weapp/
`)
  const warning = unreachableCodeWarning(qr.target)
  if (warning) console.warn(`注意：${warning}\n`)

  const stop = async () => {
    clearInterval(ticker)
    await server.close()
    await db.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e) => {
  console.error('启动失败：', e)
  process.exit(1)
})
