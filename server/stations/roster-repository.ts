import type { Roster, RotationPeriod } from '../../src/core/reception/roster'
import type { Queryable } from '../db/queryable'

/** A station's roster, members in their order; null when the station keeps none. */
export async function rosterOf(q: Queryable, stationId: string): Promise<Roster | null> {
  const [head] = await q.query<{ period: RotationPeriod; startsOn: string }>(
    `select period, to_char(starts_on, 'YYYY-MM-DD') as "startsOn" from duty_rosters where station_id = $1`,
    [stationId],
  )
  if (!head) return null
  const members = await q.query<{ deputy_id: string; kind: 'fixed' | 'rotating' }>(
    'select deputy_id, kind from duty_members where station_id = $1 order by position, deputy_id',
    [stationId],
  )
  const of = (kind: string) => members.filter((m) => m.kind === kind).map((m) => m.deputy_id)
  return { ...head, fixed: of('fixed'), rotating: of('rotating') }
}

export async function saveRoster(q: Queryable, stationId: string, r: Roster): Promise<void> {
  await q.query(
    `insert into duty_rosters (station_id, period, starts_on) values ($1, $2, $3)
     on conflict (station_id) do update set period = $2, starts_on = $3, updated_at = now()`,
    [stationId, r.period, r.startsOn],
  )
  await q.query('delete from duty_members where station_id = $1', [stationId])
  const rows = [...r.fixed.map((id) => [id, 'fixed']), ...r.rotating.map((id) => [id, 'rotating'])]
  for (const [i, [id, kind]] of rows.entries()) {
    await q.query('insert into duty_members (station_id, deputy_id, kind, position) values ($1, $2, $3, $4)', [stationId, id, kind, i])
  }
}
