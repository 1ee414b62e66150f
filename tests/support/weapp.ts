import { readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const WEAPP = resolve(__dirname, '../../dist/weapp')

/** Bytes of a built mini-program folder, leaving out the subpackage roots (the main package). */
export function packageBytes(dir: string, exclude: string[] = []): number {
  let total = 0
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (exclude.includes(path)) continue
    const s = statSync(path)
    total += s.isDirectory() ? packageBytes(path, exclude) : name.endsWith('.LICENSE.txt') ? 0 : s.size
  }
  return total
}
