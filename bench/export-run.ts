// One export of about 100,000 cases, alone in this process: prints its time, memory and file size as JSON.
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { diskMedia } from '../server/adapters/local/disk-media'
import { openDatabase } from '../server/db/database'
import { FUNCTIONS } from '../server/host/registry'
import { invoke } from '../server/runtime/context'

async function main() {
  const db = await openDatabase({ url: process.argv[2] })
  const root = mkdtempSync(join(tmpdir(), 'bench-exports-'))
  const services = { db, demoLogins: true, now: () => new Date(), media: diskMedia(root) }
  const { token } = (await invoke(FUNCTIONS.auth, { action: 'devLogin', persona: 'office' }, services, { kind: 'anonymous' })).data as { token: string }
  const year = new Date().getFullYear() - 1
  const before = process.memoryUsage().rss
  const started = performance.now()
  const r = await invoke(FUNCTIONS.reports, { action: 'export', kind: 'cases', from: `${year}-01-01`, to: `${year}-04-20` }, services, { kind: 'token', token })
  const seconds = (performance.now() - started) / 1000
  if (r.code !== 'OK') throw new Error(`reports: ${r.message}`)
  const { url, rows } = r.data as { url: string; rows: number }
  const peak = process.resourceUsage().maxRSS * 1024
  const fileMb = statSync(join(root, url.slice(1).split('?')[0])).size / 1e6
  rmSync(root, { recursive: true, force: true })
  await db.close()
  console.log(JSON.stringify({ rows, seconds, peakMb: peak / 1e6, growthMb: (peak - before) / 1e6, fileMb }))
}

void main()
