import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { PGLITE_TEMPLATE } from './templates'

const ROOT = resolve(__dirname, '../..')

/** A port nothing listens on now. */
export const freePort = () =>
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

/**
 * Starts the real host (`npm start`'s entry) on a free port and its own PGlite folder: the run's
 * seeded demo district copied in (what the host would seed itself), unless `env` names a database.
 * A host that does not come up is ended before the error is thrown.
 */
export async function startHost(env: Record<string, string> = {}): Promise<RunningHost> {
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'ms-host-'))
  const template = process.env[PGLITE_TEMPLATE]
  if (template && !env.DATA_DIR && !env.DATABASE_URL && env.NODE_ENV !== 'production') cpSync(template, dataDir, { recursive: true })
  let log = ''
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/host/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (d) => (log += d))
  child.stderr?.on('data', (d) => (log += d))
  const base = `http://127.0.0.1:${port}`
  const ended = () => child.exitCode !== null || child.signalCode !== null
  // A host that does not stop within 20 s of SIGTERM (a connection held open) is killed.
  const end = async (signal: NodeJS.Signals) => {
    if (ended()) return
    const exited = new Promise((r) => child.once('exit', r))
    child.kill(signal)
    const late = signal === 'SIGKILL' ? undefined : setTimeout(() => child.kill('SIGKILL'), 20_000)
    await exited
    clearTimeout(late)
  }
  const cleanUp = () => {
    for (const dir of [dataDir, `${dataDir}.media`, `${dataDir}.phone-key`]) rmSync(dir, { recursive: true, force: true })
  }
  try {
    const deadline = Date.now() + 180_000
    for (;;) {
      if (child.exitCode !== null) throw new Error(`host exited: ${log}`)
      const up = await fetch(`${base}/healthz`).then((r) => r.ok, () => false)
      if (up) break
      if (Date.now() > deadline) throw new Error(`host did not start: ${log}`)
      await new Promise((r) => setTimeout(r, 200))
    }
  } catch (e) {
    await end('SIGKILL')
    cleanUp()
    throw e
  }
  return {
    base,
    pid: child.pid!,
    output: () => log,
    kill: () => end('SIGKILL'),
    async stop() {
      await end('SIGTERM')
      cleanUp()
    },
  }
}
