// `npm run test:loaded`: the whole suite (`npm test`) while a CPU hog keeps every core busy, as
// CI's machine may be when other work shares it. Not part of `npm test`; it proves the suite's
// bounds (tests/support/hooks.ts) fit a loaded machine.
import { spawn } from 'node:child_process'
import { cpus } from 'node:os'

const hogs = cpus().map(() => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }))
console.log(`▶ ${hogs.length} CPU hogs running (one per core): pids ${hogs.map((h) => h.pid).join(', ')}`)
const stopHogs = () => hogs.forEach((h) => h.kill('SIGKILL'))
process.on('exit', stopHogs)
process.on('SIGINT', () => process.exit(130))
process.on('SIGTERM', () => process.exit(143))

const started = Date.now()
const suite = spawn(process.execPath, ['scripts/test.mjs', ...process.argv.slice(2)], { stdio: 'inherit' })
suite.on('exit', (code) => {
  console.log(`\n▶ loaded run: ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 60_000).toFixed(1)} min with every core busy`)
  process.exit(code ?? 1)
})
