// The whole test suite, as the README's test command and .ci/run run it:
// typecheck (with the type tests), lint, the layout's import rules, fresh weapp and h5 builds,
// then every jest project (unit, integration on PGlite and PostgreSQL, the weapp output,
// Chromium end to end).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

const env = { ...process.env, NODE_ENV: 'production' }
function step(title, cmd, args, extraEnv = {}) {
  console.log(`\n▶ ${title}`)
  const started = Date.now()
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } })
  console.log(`  ${title}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  if (r.status !== 0) process.exit(r.status ?? 1)
}

step('typecheck (tsc --noEmit)', 'npx', ['tsc', '--noEmit'])
step('lint (eslint)', 'npx', ['eslint', '.'])
step('layout rules (dependency-cruiser)', 'npx', ['depcruise', 'src', 'server', '--config', '.dependency-cruiser.cjs'])
step('build weapp', 'npx', ['taro', 'build', '--type', 'weapp'])
step('build h5', 'npx', ['taro', 'build', '--type', 'h5'])

const results = '.jest-results.json'
rmSync(results, { force: true })
console.log('\n▶ jest: unit, integration, simulate, e2e')
const jest = spawn('npx', ['jest', '--verbose', '--json', `--outputFile=${results}`, ...process.argv.slice(2)], {
  stdio: 'inherit',
  detached: true,
  env: { ...env, NODE_ENV: 'test', NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim() },
})
const stopJest = () => {
  try {
    process.kill(-jest.pid, 'SIGKILL')
  } catch {
    // already ended
  }
}
process.on('SIGINT', () => (stopJest(), process.exit(130)))
process.on('SIGTERM', () => (stopJest(), process.exit(143)))
// Jest writes its results once every test has run. Whatever it still holds open after that
// (a database, a host or a browser a failed hook left behind) must not hold CI: a minute after
// the summary, jest and everything it started are ended.
const AFTER_SUMMARY_MS = 60_000
const watching = setInterval(() => {
  if (!existsSync(results)) return
  clearInterval(watching)
  setTimeout(() => {
    console.log(`\njest had not exited ${AFTER_SUMMARY_MS / 1000} s after its summary (something a test opened is still open): ending it`)
    stopJest()
  }, AFTER_SUMMARY_MS).unref()
}, 1000)
const status = await new Promise((done) => jest.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0))))
clearInterval(watching)
stopJest()
try {
  const r = JSON.parse(readFileSync(results, 'utf8'))
  rmSync(results, { force: true })
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed`)
  if (r.numTotalTests === 0) process.exit(1)
  process.exit(r.success ? 0 : status || 1)
} catch {
  console.log('\njest wrote no results')
  process.exit(1)
}
