import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { freePort } from '../support/host-process'

const ROOT = resolve(__dirname, '../..')
/** A first H5 build on a busy 2-core machine, with the rest of the suite running beside it. */
const FIRST_START_MS = 8 * 60_000
jest.setTimeout(FIRST_START_MS + 60_000)

/**
 * The README's first command on a fresh clone, as a newcomer types it: `npm start`. The clone
 * shares this checkout's installed packages (installing is `npm test`'s own first step), so
 * what is measured is the start itself.
 */
describe('npm start on a fresh clone', () => {
  it('builds only the H5 pages, saying so with an honest estimate and a line of progress, keeps Taro’s own output back, and opens the demo', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ms-clone-'))
    execFileSync('git', ['clone', '--quiet', ROOT, dir])
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'))
    const port = await freePort()
    // As a person's shell has it: no NODE_ENV (the test runner's is 'test').
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV'))
    const child = spawn('npm', ['start'], { cwd: dir, env: { ...env, PORT: String(port), DATA_DIR: join(dir, '.data') } as unknown as NodeJS.ProcessEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d))
    child.stderr.on('data', (d: Buffer) => (output += d))
    const base = `http://127.0.0.1:${port}`
    try {
      const deadline = Date.now() + FIRST_START_MS
      while (!(await fetch(`${base}/healthz`).then((r) => r.ok, () => false))) {
        if (child.exitCode !== null) throw new Error(`npm start ended: ${output}`)
        if (Date.now() > deadline) throw new Error(`npm start did not open the demo: ${output}`)
        await new Promise((r) => setTimeout(r, 500))
      }
      // The banner is printed once the host listens.
      while (!output.includes('切换身份')) await new Promise((r) => setTimeout(r, 100))

      // Only the browser's build; the weapp's is named, not made.
      expect(existsSync(join(dir, 'dist/h5/index.html'))).toBe(true)
      expect(existsSync(join(dir, 'dist/weapp'))).toBe(false)
      const page = await fetch(`${base}/pages/deputy/index?scene=d%3DLZ001`)
      expect(page.status).toBe(200)
      expect(await page.text()).toContain('<div id="app"')
      expect((await (await fetch(`${base}/fn/deputies`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'get', code: 'LZ001' }) })).json()).data.name).toBe('王建国')

      // What a person reads: the first build and its estimate, progress while it lasts, the time it took, the banner.
      // (npm echoes the script it runs: `> mashang-shuoshi@… prestart`, `> node …`.)
      const lines = output.trim().split('\n').filter((l) => l.trim() && !l.startsWith('> '))
      expect(lines[0]).toBe('首次启动：正在构建网页版（H5）。双核机器上约 1–3 分钟，之后再启动不必重建（构建缓存在 node_modules/.cache）…')
      const took = lines.findIndex((l) => /^ {2}H5 构建完成，用时 \d+ 秒$/.test(l))
      expect(took).toBeGreaterThan(0)
      expect(lines.slice(1, took).every((l) => /^ {2}仍在构建… 已用 \d+ 秒$/.test(l))).toBe(true)
      expect(output).toContain(`  小程序（H5）：   ${base}/`)
      expect(output).toContain('微信开发者工具用的小程序：npm run build:weapp 构建到 dist/weapp/')
      // Nothing of Taro's, webpack's or npm's own: no tips, warnings, deprecations or stack lines.
      expect(output).not.toMatch(/Tips|webpack|warn|WARN|Deprecat|DEP0|^\s+at /m)
    } finally {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // already ended
      }
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
