// Runs before `npm start`, `npm test` and `npm run bench`: on a fresh clone, installs the
// locked dependencies first, so each README command works by itself.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('首次运行：正在安装依赖（npm ci，约一分钟）…')
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' })
}
