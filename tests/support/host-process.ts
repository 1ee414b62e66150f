import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '../..')

const freePort = () =>
  new Promise<number>((ok, fail) => {
    const s = createServer()
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => ok(port))
    })
    s.on('error', fail)
  })

export interface RunningHost {
  base: string
  /** The host's process id (its open files are under /proc/<pid>/fd). */
  pid: number
  output(): string
  stop(): Promise<void>
  /** Ends the process at once (SIGKILL), as a power cut or the OOM killer would. */
  kill(): Promise<void>
}

/** Starts the real host (`npm start`'s entry) on a free port and an empty PGlite folder. */
export async function startHost(env: Record<string, string> = {}): Promise<RunningHost> {
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'ms-host-'))
  let log = ''
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/host/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, SKIP_WEAPP_BUILD: '1', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (d) => (log += d))
  child.stderr?.on('data', (d) => (log += d))
  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`host exited: ${log}`)
    const up = await fetch(`${base}/healthz`).then((r) => r.ok, () => false)
    if (up) break
    if (Date.now() > deadline) throw new Error(`host did not start: ${log}`)
    await new Promise((r) => setTimeout(r, 200))
  }
  return {
    base,
    pid: child.pid!,
    output: () => log,
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGKILL')
      await exited
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await exited
      }
      for (const dir of [dataDir, `${dataDir}.media`, `${dataDir}.phone-key`]) rmSync(dir, { recursive: true, force: true })
    },
  }
}
