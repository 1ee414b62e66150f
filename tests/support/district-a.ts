import { Readable } from 'node:stream'
import type { z } from 'zod'
import { activitiesEvent, dutyReportsEvent, pointsEvent, tasksEvent } from '../../src/core/accountability/schemas'
import { DEFAULT_RULES } from '../../src/core/accountability/rules'
import { adminEvent } from '../../src/core/admin/schemas'
import { auditEvent } from '../../src/core/audit/schemas'
import { casesQueryEvent } from '../../src/core/cases/schemas'
import { CASE_ACTIONS } from '../../src/core/cases/transitions'
import { deputiesEvent } from '../../src/core/deputies/schemas'
import { authEvent } from '../../src/core/identity/schemas'
import { mediaEvent } from '../../src/core/media/schemas'
import { messagesEvent } from '../../src/core/messaging/schemas'
import { placesEvent } from '../../src/core/places/schemas'
import { appointmentsEvent, noticesEvent } from '../../src/core/reception/schemas'
import { safetyEvent } from '../../src/core/safety/schemas'
import { reportsEvent } from '../../src/core/stats/exports'
import { statsEvent } from '../../src/core/stats/schemas'
import { stationsEvent } from '../../src/core/stations/schemas'
import { suggestionsEvent } from '../../src/core/suggestions/schemas'
import { legislationEvent } from '../../src/core/legislation/schemas'
import { studyEvent } from '../../src/core/study/schemas'
import { oversightEvent } from '../../src/core/oversight/schemas'
import type { DiskMedia } from '../../server/adapters/local/disk-media'
import type { Database } from '../../server/db/queryable'
import { caseIn, filing, inDays, type Call, type Team } from './loop'
import { workbookOf } from './workbook'

type Union = z.ZodDiscriminatedUnion<z.ZodObject[]>
const actionsOf = (u: Union, key = 'action') => [...new Set(u.options.map((o) => String((o.shape[key] as z.ZodLiteral).value)))]

/** Every action of every function, as `function.action` (the timer takes none: `timer.`). */
export const ACTIONS: string[] = [
  ...Object.entries({
    activities: activitiesEvent, dutyReports: dutyReportsEvent, points: pointsEvent, tasks: tasksEvent, admin: adminEvent, audit: auditEvent,
    deputies: deputiesEvent, auth: authEvent, media: mediaEvent, messages: messagesEvent, places: placesEvent, appointments: appointmentsEvent,
    notices: noticesEvent, safety: safetyEvent, reports: reportsEvent, stats: statsEvent, stations: stationsEvent, cases: casesQueryEvent, suggestions: suggestionsEvent,
    legislation: legislationEvent, study: studyEvent, oversight: oversightEvent,
  } as Record<string, unknown>).flatMap(([fn, schema]) => actionsOf(schema as Union).map((a) => `${fn}.${a}`)),
  ...CASE_ACTIONS.map((a) => `cases.${a}`),
  'timer.',
]

/** The demo district's objects of every kind, as district B's people would reach for them. */
export async function districtA(db: Database, call: Call, t: Team, adminToken: string, media: DiskMedia) {
  const one = async <T>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params))[0]
  const ok = <T = any>(r: { code: string; data: T; message: string }, what: string): T => {
    if (r.code !== 'OK') throw new Error(`${what}: ${r.code} ${r.message}`)
    return r.data
  }
  const station = (await one<{ id: string }>(`select id from stations where code = 'S01'`)).id
  const noticeDay = inDays(9)
  const notice = ok(await call('notices', {
    action: 'post', stationId: station, theme: '约见代表', place: '接待室', deputyIds: [t.deputy.user.deputyId], slotCapacity: 2, slotMinutes: 30,
    schedule: { rule: { kind: 'once', date: noticeDay }, start: '09:00', end: '10:00', workdayShift: false },
  }, t.staff.token), 'notice') as { id: string; version: number }
  const slot = ok(await call('appointments', { action: 'slots', noticeId: notice.id }, t.resident.token), 'slots').items[0].id as string
  const appointment = ok(await call('appointments', { action: 'book', slotId: slot, topic: '想当面反映小区停车难的问题' }, t.resident.token), 'book').id as string
  const today = inDays(0)
  const activity = ok(await call('activities', { action: 'record', kind: '视察', date: today, title: '视察老旧小区改造进度' }, t.deputy.token), 'activity').id as string
  // This year's 述职 published; last year's left a draft.
  const thisYear = Number(today.slice(0, 4))
  const draft = ok(await call('dutyReports', { action: 'draft', year: thisYear }, t.deputy.token), 'draft')
  ok(await call('dutyReports', { action: 'publish', id: draft.id, text: draft.text, version: draft.version }, t.deputy.token), 'publish')
  const lastYear = ok(await call('dutyReports', { action: 'draft', year: thisYear - 1 }, t.deputy.token), 'draft') as { id: string; version: number }
  const binding = ok(await call('admin', { action: 'issueBinding', role: 'staff', stationCode: 'S01' }, adminToken), 'binding').id as string
  // A case held for review: the hold word is the district's.
  ok(await call('safety', { action: 'words', add: ['群体聚集'], outcome: 'hold' }, adminToken), 'words')
  const held = ok(await call('cases', filing({ text: '小区里有人组织群体聚集，请代表关注', stationCode: 'S01', deputyCode: undefined }), t.resident.token), 'held case')
  const screening = await one<{ id: string; version: number }>(`select id, version from screenings where ref_id = $1`, [held.id])
  ok(await call('deputies', { action: 'proposeProfile', bio: '长期关注社区养老服务', contactHours: '每周三下午', phone: '', phonePublic: false }, t.deputy.token), 'profile')
  const proposal = (await one<{ id: string }>(`select id from deputy_profile_changes where deputy_id = $1 and status = 'pending'`, [t.deputy.user.deputyId])).id
  const uploadKey = await media.save(t.resident.user.id, Readable.from([Buffer.from('not yet registered')]))
  const messages = (await db.query<{ id: string }>('select id from messages where user_id = $1', [t.resident.user.id])).map((m) => m.id)
  const cases = { submitted: await caseIn(call, db, t, 'submitted'), accepted: await caseIn(call, db, t, 'accepted') }
  const suggestions = await suggestionsOf(call, t, [cases.submitted, cases.accepted])
  const consultations = await consultationsOf(call, t, adminToken)
  const study = await studyOf(call, t)
  const oversight = await oversightOf(db, call, t)
  // Its staff open a case: the audit trail has an entry of A's.
  ok(await call('cases', { action: 'get', id: cases.submitted }, t.staff.token), 'open')
  // A B admin's workbook that names A's station and moves A's first deputy to it.
  const workbookMovingS01 = await workbookOf({
    站点: [['S01', '外区联络站', '联络站', '外区街道', '', '外区路1号', '', '', '', '']],
    代表: [['LZ001', '王建国', '县区', '', 'S01', '', '在任']],
  })
  return {
    db, call, t, station, notice, noticeDay, slot, appointment, activity, report: draft.id as string, draftReport: lastYear, binding, screening, proposal,
    uploadKey, messages, cases, workbookMovingS01, rules: DEFAULT_RULES, suggestions, consultations, study, oversight,
  }
}

/** District A's 任后监督: an official with commitments, and an open ballot in which its one member voted. */
async function oversightOf(db: Database, call: Call, t: Team) {
  const ok = (r: { code: string; data: any; message: string }) => {
    if (r.code !== 'OK') throw new Error(`oversight: ${r.code} ${r.message}`)
    return r.data
  }
  const [unit] = await db.query<{ code: string }>('select code from departments where id = $1', [t.department.user.departmentId])
  const official = ok(await call('oversight', { action: 'saveOfficial', name: '本区局长', post: '本区住建局局长', departmentCode: unit.code, appointedOn: '2026-01-01' }, t.office.token)) as { id: string; version: number }
  ok(await call('oversight', { action: 'saveCommitments', officialId: official.id, year: 2026, items: [{ text: '本区的承诺事项' }] }, t.office.token))
  await db.query('update users set member_of = $1 where id = $2', [t.deputy.user.districtId, t.deputy.user.id])
  const ballot = ok(await call('oversight', { action: 'openBallot', title: '本区的满意度测评', officialIds: [official.id], memberIds: [t.deputy.user.id], closesAt: new Date(Date.now() + 86_400_000).toISOString() }, t.office.token)) as { id: string; code: string }
  ok(await call('oversight', { action: 'vote', ballotId: ballot.id, votes: [{ officialId: official.id, rating: '满意' }] }, t.deputy.token))
  return { official, ballot }
}

/** District A's 学习宣传: an item S01's staff published, and a material on its deputies' reading list that the deputy passed. */
async function studyOf(call: Call, t: Team) {
  const ok = (r: { code: string; data: any; message: string }) => {
    if (r.code !== 'OK') throw new Error(`study: ${r.code} ${r.message}`)
    return r.data as { id: string }
  }
  const post = ok(await call('study', { action: 'post', kind: '座谈成果', title: '本区座谈会成果', body: '本区座谈会的成果已经报送法工委' }, t.staff.token)).id
  const material = ok(await call('study', { action: 'saveMaterial', kind: '法律法规', title: '本区的学习材料', body: '本区代表学习的法律法规内容', quiz: [{ q: '本区的题目', options: ['甲', '乙'], answer: 0 }] }, t.office.token)).id
  ok(await call('study', { action: 'take', id: material, answers: [0] }, t.deputy.token))
  return { post, material }
}

/** District A's consultations on draft laws at S01, made a contact point: one being checked, one open with a resident's comment. */
async function consultationsOf(call: Call, t: Team, adminToken: string) {
  const ok = (r: { code: string; data: any; message: string }) => {
    if (r.code !== 'OK') throw new Error(`consultation: ${r.code} ${r.message}`)
    return r.data as { id: string; version: number; articles: { id: string }[] }
  }
  ok(await call('legislation', { action: 'setPoint', stationCode: 'S01', on: true }, adminToken))
  const make = async (title: string) =>
    ok(await call('legislation', { action: 'create', title, askedBy: '阳泉市人大常委会法工委', deadline: inDays(30), text: '第一条　为了规范本市的管理，制定本条例。\n第二条　本条例自公布之日起施行。', stationCodes: ['S01'] }, t.office.token))
  const draft = await make('阳泉市养犬管理条例（草案）')
  let open = await make('阳泉市物业管理条例（草案）')
  open = ok(await call('legislation', { action: 'publish', id: open.id, version: open.version }, t.office.token))
  ok(await call('legislation', { action: 'comment', id: open.id, articleId: open.articles[0].id, text: '本区居民对第一条的意见' }, t.resident.token))
  const comment = ok(await call('legislation', { action: 'commentFor', id: open.id, text: '本区居民电话里说的意见', name: '张大妈' }, t.office.token)).id
  const opinion = (await call('legislation', { action: 'opinion', id: open.id, text: '本区的修改建议', reason: '本区的修改理由', commentIds: [] }, t.office.token)).data.items[0].id as string
  const expert = (await call('legislation', { action: 'saveExpert', code: 'ZJ001', name: '本区律师', field: '行政法', organisation: '本区律师事务所', active: true }, t.office.token)).data.items[0] as { id: string; version: number }
  return { draft, open, comment, opinion, expert }
}

/** District A's suggestions, one in each state a move starts from: a draft, submitted, accepted, assigned (signed and contacted), answered. */
async function suggestionsOf(call: Call, t: Team, caseIds: string[]) {
  const ok = (r: { code: string; data: any; message: string }) => {
    if (r.code !== 'OK') throw new Error(`suggestion: ${r.code} ${r.message}`)
    return r.data as { id: string; version: number }
  }
  const make = async (title: string) =>
    ok(await call('suggestions', { action: 'draft', title, category: '道路交通', situation: '本区居民多次反映的问题情况说明', proposal: '建议有关部门统筹研究解决', caseIds }, t.deputy.token))
  const step = async (s: { id: string; version: number }, event: Record<string, unknown>, token: string) => ok(await call('suggestions', { id: s.id, ...event }, token))
  const draft = await make('本区待提交的建议')
  const submitted = await step(await make('本区待审查的建议'), { action: 'submit', version: 1 }, t.deputy.token)
  const accepted = await step(await step(await make('本区待交办的建议'), { action: 'submit', version: 1 }, t.deputy.token), { action: 'review', version: 2, outcome: 'accept' }, t.office.token)
  const assign = { action: 'assign', leadDepartmentId: t.department.user.departmentId }
  let assigned = await step(await step(await step(await make('本区办理中的建议'), { action: 'submit', version: 1 }, t.deputy.token), { action: 'review', version: 2, outcome: 'accept' }, t.office.token), { ...assign, version: 3 }, t.office.token)
  assigned = await step(assigned, { action: 'sign' }, t.department.token)
  assigned = await step(assigned, { action: 'contact', way: '电话', at: new Date().toISOString(), note: '电话联系了代表' }, t.department.token)
  let answered = await step(await step(await step(await make('本区已答复的建议'), { action: 'submit', version: 1 }, t.deputy.token), { action: 'review', version: 2, outcome: 'accept' }, t.office.token), { ...assign, version: 3 }, t.office.token)
  answered = await step(answered, { action: 'sign' }, t.department.token)
  answered = await step(answered, { action: 'contact', way: '电话', at: new Date().toISOString(), note: '电话联系了代表' }, t.department.token)
  answered = await step(answered, { action: 'answer', version: answered.version, grade: 'A', text: '已经按照建议完成整改工作', public: true }, t.department.token)
  return { draft: draft.id, submitted: submitted.id, accepted: accepted.id, assigned: assigned.id, answered: answered.id }
}

export type DistrictA = Awaited<ReturnType<typeof districtA>>

/** What names something of district A in an answer: the ids of its records and its case numbers. */
export async function markersOf(db: Database, a: DistrictA): Promise<string[]> {
  const rows = await db.query<{ m: string }>(
    `select id::text as m from cases union select number from cases union select id::text from stations where district_id = $1
     union select d.id::text from deputies d join stations s on s.id = d.station_id where s.district_id = $1
     union select id::text from departments where district_id = $1 union select n.id::text from reception_notices n join stations s on s.id = n.station_id where s.district_id = $1
     union select id::text from activities where district_id = $1 union select id::text from duty_reports where district_id = $1
     union select id::text from bindings where district_id = $1 union select id::text from screenings where district_id = $1
     union select id::text from users where district_id = $1 union select id::text from suggestions where district_id = $1
     union select number from suggestions where district_id = $1 and number is not null union select id::text from consultations where district_id = $1
     union select code from consultations where district_id = $1
     union select id::text from consultants where district_id = $1 union select id::text from study_posts where district_id = $1
     union select id::text from study_materials where district_id = $1 union select id::text from officials where district_id = $1
     union select id::text from ballots where district_id = $1 union select code from ballots where district_id = $1 union select $1::text`,
    [(await db.query<{ id: string }>(`select district_id as id from stations where id = $1`, [a.station]))[0].id],
  )
  return [...rows.map((r) => r.m), a.t.resident.user.id]
}

/** A fingerprint of district A's data: any change to it, by anyone, changes this. */
export async function digestOf(db: Database, a: DistrictA): Promise<string> {
  const [row] = await db.query<{ h: string }>(
    `with a as (select district_id as id from stations where id = $1)
     select md5(coalesce(string_agg(x, '|' order by x), '')) as h from (
       select 'case ' || c::text as x from cases c, a where c.district_id = a.id
       union all select 'event ' || e::text from case_events e join cases c on c.id = e.case_id, a where c.district_id = a.id
       union all select 'district ' || d::text from districts d, a where d.id = a.id
       union all select 'station ' || s::text from stations s, a where s.district_id = a.id
       union all select 'deputy ' || d::text from deputies d join stations s on s.id = d.station_id, a where s.district_id = a.id
       union all select 'department ' || d::text from departments d, a where d.district_id = a.id
       union all select 'category ' || c::text from categories c, a where c.district_id = a.id
       union all select 'holiday ' || h::text from holidays h, a where h.district_id = a.id
       union all select 'binding ' || b::text from bindings b, a where b.district_id = a.id
       union all select 'person ' || concat_ws(',', u.id, u.role, u.station_id, u.deputy_id, u.department_id, u.deleted_at, u.credentials_reset_at) from users u, a where u.district_id = a.id
       union all select 'credential ' || c::text from credentials c join users u on u.id = c.user_id, a where u.district_id = a.id
       union all select 'notice ' || n::text from reception_notices n join stations ns on ns.id = n.station_id, a where ns.district_id = a.id
       union all select 'slot ' || s::text from reception_slots s join reception_notices n on n.id = s.notice_id join stations ns on ns.id = n.station_id, a where ns.district_id = a.id
       union all select 'appointment ' || p::text from appointments p join reception_slots s on s.id = p.slot_id join reception_notices n on n.id = s.notice_id join stations ns on ns.id = n.station_id, a where ns.district_id = a.id
       union all select 'record ' || r::text from reception_records r join reception_notices n on n.id = r.notice_id join stations ns on ns.id = n.station_id, a where ns.district_id = a.id
       union all select 'roster ' || r::text from duty_rosters r join stations s on s.id = r.station_id, a where s.district_id = a.id
       union all select 'activity ' || v::text from activities v, a where v.district_id = a.id
       union all select 'report ' || r::text from duty_reports r, a where r.district_id = a.id
       union all select 'rating ' || x::text from duty_report_ratings x join duty_reports r on r.id = x.report_id, a where r.district_id = a.id
       union all select 'rules ' || p::text from point_rules p, a where p.district_id = a.id
       union all select 'screening ' || s::text from screenings s, a where s.district_id = a.id
       union all select 'proposal ' || p::text from deputy_profile_changes p join deputies d on d.id = p.deputy_id join stations s on s.id = d.station_id, a where s.district_id = a.id
       union all select 'message ' || m::text from messages m where m.user_id = $2
       union all select 'upload ' || m::text from media m where m.owner_id = $2
       union all select 'word ' || w::text from safety_words w, a where w.district_id is null or w.district_id = a.id
       union all select 'suggestion ' || s::text from suggestions s, a where s.district_id = a.id
       union all select 'suggestion-deputy ' || x::text from suggestion_deputies x join suggestions s on s.id = x.suggestion_id, a where s.district_id = a.id
       union all select 'suggestion-case ' || x::text from suggestion_cases x join suggestions s on s.id = x.suggestion_id, a where s.district_id = a.id
       union all select 'suggestion-unit ' || x::text from suggestion_units x join suggestions s on s.id = x.suggestion_id, a where s.district_id = a.id
       union all select 'suggestion-contact ' || x::text from suggestion_contacts x join suggestions s on s.id = x.suggestion_id, a where s.district_id = a.id
       union all select 'suggestion-answer ' || x::text from suggestion_answers x join suggestions s on s.id = x.suggestion_id, a where s.district_id = a.id
       union all select 'suggestion-event ' || x::text from suggestion_events x join suggestions s on s.id = x.suggestion_id, a where s.district_id = a.id
       union all select 'consultation ' || c::text from consultations c, a where c.district_id = a.id
       union all select 'consultation-point ' || x::text from consultation_points x join consultations c on c.id = x.consultation_id, a where c.district_id = a.id
       union all select 'consultation-article ' || x::text from consultation_articles x join consultations c on c.id = x.consultation_id, a where c.district_id = a.id
       union all select 'consultation-comment ' || x::text from consultation_comments x join consultations c on c.id = x.consultation_id, a where c.district_id = a.id
       union all select 'consultation-opinion ' || x::text from consultation_opinions x join consultations c on c.id = x.consultation_id, a where c.district_id = a.id
       union all select 'consultation-final ' || x::text from consultation_finals x join consultations c on c.id = x.consultation_id, a where c.district_id = a.id
       union all select 'consultation-follower ' || x::text from consultation_followers x join consultations c on c.id = x.consultation_id, a where c.district_id = a.id
       union all select 'consultant ' || x::text from consultants x, a where x.district_id = a.id
       union all select 'study-post ' || x::text from study_posts x, a where x.district_id = a.id
       union all select 'study-material ' || x::text from study_materials x, a where x.district_id = a.id
       union all select 'study-pass ' || x::text from study_passes x join study_materials m on m.id = x.material_id, a where m.district_id = a.id
       union all select 'official ' || x::text from officials x, a where x.district_id = a.id
       union all select 'commitments ' || x::text from official_commitments x join officials o on o.id = x.official_id, a where o.district_id = a.id
       union all select 'ballot ' || x::text from ballots x, a where x.district_id = a.id
       union all select 'ballot-voter ' || x::text from ballot_voters x join ballots b on b.id = x.ballot_id, a where b.district_id = a.id
       union all select 'ballot-tally ' || x::text from ballot_tallies x join ballots b on b.id = x.ballot_id, a where b.district_id = a.id
       union all select 'ballot-paper ' || x::text from ballot_paper x join ballots b on b.id = x.ballot_id, a where b.district_id = a.id
     ) t`,
    [a.station, a.t.resident.user.id],
  )
  return row.h
}
