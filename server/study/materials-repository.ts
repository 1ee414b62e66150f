import type { MaterialItem, MaterialKind, QuizQuestion } from '../../src/core/study/types'
import { isoText, type Queryable } from '../db/queryable'

const ITEM = `m.id, m.kind, m.title, jsonb_array_length(m.quiz) as questions, ${isoText('m.created_at')} as at,
  (select ${isoText('p.passed_at')} from study_passes p where p.material_id = m.id and p.deputy_id = $2) as "passedAt"`

/** The district's reading list, newest first, each with when the deputy (if any) passed its quiz. */
export async function materialsOf(q: Queryable, districtId: string, deputyId: string | null): Promise<MaterialItem[]> {
  return q.query(`select ${ITEM} from study_materials m where m.district_id = $1 order by m.created_at desc, m.id desc`, [districtId, deputyId])
}

export async function materialRow(q: Queryable, id: string, deputyId: string | null): Promise<(MaterialItem & { districtId: string; body: string; link: string | null; quiz: Required<QuizQuestion>[] }) | null> {
  const [row] = await q.query<MaterialItem & { districtId: string; body: string; link: string | null; quiz: Required<QuizQuestion>[] }>(
    `select ${ITEM}, m.district_id as "districtId", m.body, m.link, m.quiz from study_materials m where m.id = $1`,
    [id, deputyId],
  )
  return row ?? null
}

export async function insertMaterial(q: Queryable, m: { districtId: string; kind: MaterialKind; title: string; body: string; link: string | null; quiz: Required<QuizQuestion>[]; by: string }): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    'insert into study_materials (district_id, kind, title, body, link, quiz, created_by) values ($1, $2, $3, $4, $5, $6, $7) returning id',
    [m.districtId, m.kind, m.title, m.body, m.link, JSON.stringify(m.quiz), m.by],
  )
  return row.id
}

/** A deputy's pass, once (a second pass keeps the first's day); answers when it stands. */
export async function recordPass(q: Queryable, materialId: string, deputyId: string, right: number): Promise<string> {
  await q.query('insert into study_passes (material_id, deputy_id, right_answers) values ($1, $2, $3) on conflict do nothing', [materialId, deputyId, right])
  const [row] = await q.query<{ at: string }>(`select ${isoText('passed_at')} as at from study_passes where material_id = $1 and deputy_id = $2`, [materialId, deputyId])
  return row.at
}
