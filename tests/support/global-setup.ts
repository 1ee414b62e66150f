import { POSTGRES_URL, postgresReachable } from './postgres'
import { makeTemplates } from './templates'

/**
 * Decides once whether the PostgreSQL half of the integration tests runs (unreachable is
 * acceptable only outside CI, and is said out loud; under CI=true it fails the run), and seeds
 * the demo district once for every test to copy.
 */
export default async function globalSetup() {
  const problem = await postgresReachable()
  if (!problem) process.env.TEST_POSTGRES = '1'
  else {
    const where = POSTGRES_URL.replace(/\/\/[^@]*@/, '//')
    if (process.env.CI === 'true') throw new Error(`CI: PostgreSQL at ${where} is unreachable: ${problem}`)
    console.warn(`\n[integration] PostgreSQL at ${where} is unreachable (${problem}); its tests are skipped.\n`)
  }
  await makeTemplates(!problem)
}
