import { POSTGRES_URL, postgresReachable } from './postgres'

/**
 * Decides once whether the PostgreSQL half of the integration tests runs. Unreachable is
 * acceptable only outside CI, and is said out loud; under CI=true it fails the run.
 */
export default async function globalSetup() {
  const problem = await postgresReachable()
  if (!problem) {
    process.env.TEST_POSTGRES = '1'
    return
  }
  const where = POSTGRES_URL.replace(/\/\/[^@]*@/, '//')
  if (process.env.CI === 'true') throw new Error(`CI: PostgreSQL at ${where} is unreachable: ${problem}`)
  console.warn(`\n[integration] PostgreSQL at ${where} is unreachable (${problem}); its tests are skipped.\n`)
}
