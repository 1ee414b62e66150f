import { build } from 'esbuild'
import { readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

/**
 * Bundles each cloudfunctions/<name>/index.ts, with what it imports from src/core and
 * server/, into a deployable cloudfunctions/<name>/index.js. wx-server-sdk stays external
 * (CloudBase installs it from the function's package.json), and so do resvg and argon2, whose
 * native binaries are per platform; PGlite is never used there.
 */
export async function buildFunctions(outRoot?: string): Promise<string[]> {
  const root = resolve(__dirname, '../cloudfunctions')
  const names = readdirSync(root).filter((n) => statSync(join(root, n)).isDirectory())
  for (const name of names) {
    await build({
      entryPoints: [join(root, name, 'index.ts')],
      outfile: join(outRoot ?? root, name, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      external: ['wx-server-sdk', '@electric-sql/pglite', 'pg-native', '@resvg/resvg-js', '@node-rs/argon2'],
      minify: true,
      legalComments: 'none',
      logLevel: 'warning',
    })
  }
  return names
}

if (require.main === module) {
  buildFunctions().then((names) => console.log(`built cloud functions: ${names.join(', ')}`))
}
