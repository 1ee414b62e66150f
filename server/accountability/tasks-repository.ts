import type { Queryable } from '../db/queryable'

/** Deputies in office not yet reminded of the period closing on `end`, a batch at a time, with their district. */
export async function unremindedDeputies(q: Queryable, end: string, limit: number): Promise<{ id: string; name: string; districtId: string }[]> {
  return q.query(
    `select d.id, d.name, s.district_id as "districtId" from deputies d join stations s on s.id = d.station_id
      where d.active and not exists (select 1 from task_reminders r where r.deputy_id = d.id and r.period_end = $1::date)
      order by d.id limit $2`,
    [end, limit],
  )
}

/** Marks a deputy reminded (or found with nothing unmet) for the period closing on `end`; false if done already. */
export async function markTaskReminder(q: Queryable, deputyId: string, end: string, unmet: number): Promise<boolean> {
  const rows = await q.query('insert into task_reminders (deputy_id, period_end, unmet) values ($1, $2, $3) on conflict do nothing returning deputy_id', [deputyId, end, unmet])
  return rows.length === 1
}
