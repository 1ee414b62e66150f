import type { AdvanceQuestion, ReceptionRecordView } from '../../src/core/reception/views'
import { shownSql } from '../safety/visibility'
import { isoText, type Queryable } from '../db/queryable'

/** After the day: its record, once per notice and date; null when that day was recorded already. */
export async function insertRecord(
  q: Queryable,
  r: { noticeId: string; day: string; minutes: string; attendance: number; deputiesPresent: readonly string[]; by: string },
): Promise<string | null> {
  const [row] = await q.query<{ id: string }>(
    `insert into reception_records (notice_id, day, minutes, attendance, deputies_present, recorded_by)
     values ($1, $2, $3, $4, $5, $6) on conflict (notice_id, day) do nothing returning id`,
    [r.noticeId, r.day, r.minutes, r.attendance, r.deputiesPresent, r.by],
  )
  return row?.id ?? null
}

/** A notice's records, newest day first, each with the deputies present and the cases the day produced. */
export async function recordsOf(q: Queryable, noticeId: string): Promise<ReceptionRecordView[]> {
  return q.query<ReceptionRecordView>(
    `select r.id, to_char(r.day, 'YYYY-MM-DD') as day, r.minutes, r.attendance,
            array(select d.name from deputies d where d.id = any(r.deputies_present) order by array_position(r.deputies_present, d.id)) as "deputiesPresent",
            coalesce((select json_agg(json_build_object('id', c.id, 'number', c.number, 'category', c.category, 'status', c.status) order by c.number)
                        from cases c where c.reception_record_id = r.id), '[]') as requests,
            ${isoText('r.recorded_at')} as "recordedAt", not ${shownSql('minutes', 'r.id')} as held
       from reception_records r where r.notice_id = $1 order by r.day desc`,
    [noticeId],
  )
}

/** Questions sent in before the notice's days (提前征集), oldest first. */
export async function advanceQuestions(q: Queryable, noticeId: string): Promise<AdvanceQuestion[]> {
  return q.query<AdvanceQuestion>(
    `select c.id, c.number, c.category, c.text, c.status,
            ${isoText('c.created_at')} as "createdAt"
       from cases c where c.notice_id = $1 and c.reception_record_id is null order by c.created_at`,
    [noticeId],
  )
}
