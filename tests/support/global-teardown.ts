import { dropTemplates } from './templates'

/** Removes the run's seeded templates. */
export default async function globalTeardown() {
  await dropTemplates()
}
