import type { ScreenedKind } from '../../src/core/safety/types'

/**
 * How other features keep what waits for review out of what others see: SQL for their reads,
 * true unless the item is held, hidden or refused. `ref` is the SQL of the item's id (`c.id`, `n.id` …).
 */
export const shownSql = (kind: ScreenedKind, ref: string) =>
  `not exists (select 1 from screenings sc where sc.kind = '${kind}' and sc.ref_id = ${ref} and sc.state <> 'shown')`
