// Runs before `npm start`, `npm test` and `npm run bench`: on a fresh clone, installs the
// locked dependencies first, so each README command works by itself.
// Not `npm ci`: it refuses this lockfile because @tarojs/binding lists per-platform optional
// packages that the registry here does not serve (only linux-x64). `npm install` installs the
// locked versions and leaves package-lock.json as it is.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('首次运行：正在安装依赖（约一分钟）…')
  execSync('npm install --no-audit --no-fund --loglevel=error', { stdio: 'inherit' })
}
