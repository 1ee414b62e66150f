import { spawnSync } from 'node:child_process'
import type { Database } from '../server/db/queryable'
import { FUNCTIONS } from '../server/host/registry'
import { invoke } from '../server/runtime/context'
import { countReportMonths } from '../server/stats/rollup'
import { quantile } from './quantile'
import { shanghaiDay } from '../src/core/time'

/** Phrases the generated cases are made of; 长椅 is rare (ten cases in the million). */
const PHRASES = ['小区门口的路灯坏了，晚上很黑', '楼道里堆满杂物，存在消防隐患', '路边井盖缺失，老人孩子经过很危险', '小区停车位不够，车辆乱停乱放',
  '垃圾清运不及时，夏天气味很大', '公交站台没有遮雨棚', '农贸市场周边占道经营', '学校门口上下学时段交通拥堵', '老旧小区加装电梯进展缓慢',
  '自来水水压低，高层用水困难', '暖气不热，室温只有十几度', '噪音扰民，夜间施工不停', '背街小巷路面坑洼积水', '健身器材损坏无人维修',
  '社区医院挂号难', '广场舞音响声音太大', '流浪犬增多，担心伤人', '雨水管道堵塞，下雨就积水', '绿化带被改成菜地', '电动车充电桩太少']

/**
 * A million cases across the district's 66 stations over three years, written in one statement
 * in the order they were filed, as a working district's table fills (the cases' own indexes set
 * aside and rebuilt after, as a bulk load would): moments reached, ratings and overdue stages at
 * the shares a working district shows.
 */
export async function generateCases(db: Database, count: number): Promise<void> {
  const [d] = await db.query<{ id: string; categories: string[] }>(`select id, (select array_agg(name order by sort) from categories where district_id = districts.id) as categories from districts where case_prefix = 'LZ'`)
  await db.exec(`create temp table bench_stations as select s.id, (select array_agg(id) from deputies where station_id = s.id) as deputies, row_number() over (order by s.code) - 1 as n from stations s where s.code like 'ZS%'`)
  await db.exec(`create temp table bench_departments as select id, row_number() over (order by code) - 1 as n from departments`)
  await db.exec(`insert into users (openid, role) select 'bench-resident-' || i, 'resident' from generate_series(1, 10000) i`)
  await db.exec(`create temp table bench_residents as select id, row_number() over (order by openid) - 1 as n from users where openid like 'bench-resident-%'`)
  const indexes = await db.query<{ name: string; def: string }>(`select indexname as name, indexdef as def from pg_indexes where tablename = 'cases' and indexname not like '%pkey' and indexdef not like 'CREATE UNIQUE%'`)
  for (const i of indexes) await db.exec(`drop index ${i.name}`)
  await db.query(
    `with g as (
       select i, now() - (random() * interval '1095 days') as at, random() as r, (i % 66) as sn, i % 12 as dn from generate_series(1, $1::int) i)
     insert into cases (number, resident_id, submission_id, district_id, station_id, deputy_id, department_id, channel, category, text, status,
                        created_at, updated_at, responded_at, dispatched_at, taken_at, followed_at, resolved_at, rated_at, result_rating, overdue_count, overdue_at)
     select 'LZ-' || to_char(g.at, 'YYYY') || '-' || lpad(g.i::text, 7, '0'), res.id, 'bench-' || g.i, $2, st.id, st.deputies[1 + g.i % array_length(st.deputies, 1)],
            case when g.r < 0.6 then dep.id end, 'wechat', ($3::text[])[1 + g.i % array_length($3::text[], 1)],
            case when g.i % 100000 = 7 then '公园里的长椅坏了好几张，希望尽快修好' else ($4::text[])[1 + g.i % 20] || '，已经反映过多次。' end,
            case when g.r < 0.05 then 'submitted' when g.r < 0.55 then 'closed' when g.r < 0.6 then 'in_progress' else 'closed' end,
            g.at, g.at, case when g.r >= 0.05 then g.at + interval '20 hours' end, case when g.r < 0.6 and g.r >= 0.05 then g.at + interval '2 days' end,
            case when g.r < 0.6 and g.r >= 0.05 then g.at + interval '3 days' end, case when g.r < 0.3 then g.at + interval '4 days' end,
            case when g.r >= 0.6 or (g.r >= 0.1 and g.r < 0.55) then g.at + interval '9 days' end, case when g.r < 0.5 and g.r >= 0.1 then g.at + interval '10 days' end,
            case when g.r < 0.5 and g.r >= 0.1 then (array['满意', '满意', '满意', '基本满意', '不满意'])[1 + g.i % 5] end,
            case when g.i % 25 = 0 then 1 else 0 end, case when g.r < 0.05 and g.i % 25 = 0 then g.at + interval '3 days' end
       from g join bench_stations st on st.n = g.sn join bench_departments dep on dep.n = g.dn join bench_residents res on res.n = g.i % 10000
      order by g.at`,
    [count, d.id, d.categories, PHRASES],
  )
  for (const i of indexes) await db.exec(i.def)
  await db.exec('analyze cases')
}

/** The timer's first count of every month into the reports' rollup, run until none is left: the months and the seconds it took. */
export async function countRollup(db: Database): Promise<{ months: number; seconds: number }> {
  const services = { db, now: () => new Date() }
  const started = performance.now()
  let months = 0
  for (let n = await countReportMonths(services); n > 0; n = await countReportMonths(services)) months += n
  return { months, seconds: (performance.now() - started) / 1000 }
}

export interface VolumeFigures {
  reportDistrict: number
  /** This year to date by month, with a case of this month changed since the timer counted it, so that the month is counted live. */
  reportChanged: number
  reportStation: number
  inboxFiltered: number
  searchCommon: number
  searchRare: number
  overdueTab: number
  /** A deputy's groups of their own and their station's cases (the suggestions' helper). */
  groups: number
}

/** The p50 of each question the office and a station's staff ask of a million cases, through the functions. */
export async function volumeFigures(db: Database, runs: number): Promise<VolumeFigures> {
  const services = { db, demoLogins: true, now: () => new Date() }
  const tokenOf = async (persona: string) =>
    ((await invoke(FUNCTIONS.auth, { action: 'devLogin', persona }, services, { kind: 'anonymous' })).data as { token: string }).token
  const [office, staff, deputy] = [await tokenOf('office'), await tokenOf('staff'), await tokenOf('deputy')]
  const [station] = await db.query<{ id: string }>(`select id from stations where code = 'ZS001'`)
  await db.query('update users set station_id = $1 where role = $2', [station.id, 'staff'])
  await db.query(`update users set station_id = $1, deputy_id = (select id from deputies where station_id = $1 order by code limit 1) where role = 'deputy'`, [station.id])
  const [{ name: category }] = await db.query<{ name: string }>('select name from categories order by sort limit 1')
  const year = { from: `${new Date().getFullYear() - 1}-01-01`, to: `${new Date().getFullYear() - 1}-12-31` }
  const time = async (fn: string, event: object, token: string) => {
    const took: number[] = []
    for (let k = 0; k < runs; k++) {
      const started = performance.now()
      const r = await invoke(FUNCTIONS[fn], event, services, { kind: 'token', token })
      if (r.code !== 'OK') throw new Error(`${fn}: ${r.message}`)
      took.push(performance.now() - started)
    }
    return quantile(took, 0.5)
  }
  const reportDistrict = await time('stats', { action: 'report', ...year, by: 'station' }, office)
  await db.query(`update cases set result_rating = '满意' where id = (select id from cases where created_at >= date_trunc('month', now()) and result_rating is null limit 1)`)
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
  return {
    reportDistrict,
    reportChanged: await time('stats', { action: 'report', from: `${today.slice(0, 4)}-01-01`, to: today, by: 'month' }, office),
    reportStation: await time('stats', { action: 'report', ...year, by: 'month' }, staff),
    inboxFiltered: await time('cases', { action: 'inbox', filter: 'all', category, from: year.from, to: `${new Date().getFullYear() - 1}-03-31` }, office),
    searchCommon: await time('cases', { action: 'inbox', filter: 'all', q: '井盖' }, office),
    searchRare: await time('cases', { action: 'inbox', filter: 'all', q: '长椅' }, office),
    overdueTab: await time('cases', { action: 'inbox', filter: 'overdue' }, office),
    groups: await time('suggestions', { action: 'groups' }, deputy),
  }
}

export interface ExportFigure {
  rows: number
  seconds: number
  /** The process's resident memory at its highest, and how far that is above where it stood before the export. */
  peakMb: number
  growthMb: number
  fileMb: number
}

/**
 * The office exports about 100,000 of the million cases (a hundred and ten days of them) to Excel
 * through the function, in a process of its own so that its peak memory is the export's
 * (bench/export-run.ts).
 */
export function exportFigure(url: string): ExportFigure {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/export-run.ts', url], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`export-run: ${r.stderr}${r.stdout}`)
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as ExportFigure
}

/**
 * Five thousand suggestions over the last year, each handed to one of the district's units as 主办,
 * signed, most answered with a class and rated by their 领衔 deputy, as a
 * busy district's year of 建议办理 fills its tables; then the office's figures of that year, p50.
 */
export async function suggestionFiguresLatency(db: Database, count: number, runs: number): Promise<number> {
  const [d] = await db.query<{ id: string }>(`select id from districts where case_prefix = 'LZ'`)
  await db.query(
    `with g as (select i, now() - random() * interval '360 days' as at, random() as r from generate_series(1, $2::int) i),
          dp as (select id, row_number() over (order by code) - 1 as n, count(*) over () as c from deputies where active),
          dep as (select id, row_number() over (order by code) - 1 as n, count(*) over () as c from departments where district_id = $1),
          made as (
            insert into suggestions (district_id, lead_deputy_id, drafted_by, number, title, category, situation, proposal, status, grade, answer_round,
                                     due_on, submitted_at, assigned_at, closed_at)
            select $1, dp.id, (select id from users where role = 'deputy' limit 1), 'LZ-JY-B-' || g.i, '关于第' || g.i || '号问题的建议', '道路交通', '情况', '建议',
                   case when g.r < 0.8 then 'closed' else 'assigned' end, case when g.r < 0.8 then (array['A', 'B', 'C', 'D'])[1 + g.i % 4] end,
                   case when g.r < 0.8 then 1 + (g.i % 10 = 0)::int else 0 end, (g.at + interval '3 months')::date, g.at, g.at + interval '2 days',
                   case when g.r < 0.8 then g.at + interval '70 days' end
              from g join dp on dp.n = g.i % dp.c returning id, lead_deputy_id, status, assigned_at, number)
     , units as (
            insert into suggestion_units (suggestion_id, department_id, role, signed_at)
            select m.id, dep.id, 'lead', m.assigned_at + interval '1 day' from made m join dep on dep.n = abs(hashtext(m.number)) % dep.c
            returning suggestion_id)
     , deputies as (
            insert into suggestion_deputies (suggestion_id, deputy_id, role, status, rating, rated_round)
            select m.id, m.lead_deputy_id, 'lead', 'confirmed', case when m.status = 'closed' then (array['满意', '基本满意', '不满意'])[1 + abs(hashtext(m.number)) % 3] end,
                   case when m.status = 'closed' then 1 end from made m returning suggestion_id)
     insert into suggestion_answers (suggestion_id, round, grade, text, public, user_id, at, due_on)
     select m.id, 1, 'A', '答复', true, (select id from users where role = 'department' limit 1), m.assigned_at + interval '60 days', (m.assigned_at + interval '3 months')::date
       from made m where m.status = 'closed'`,
    [d.id, count],
  )
  await db.exec('analyze suggestions; analyze suggestion_units; analyze suggestion_deputies; analyze suggestion_answers')
  const services = { db, demoLogins: true, now: () => new Date() }
  const office = ((await invoke(FUNCTIONS.auth, { action: 'devLogin', persona: 'office' }, services, { kind: 'anonymous' })).data as { token: string }).token
  const year = { from: shanghaiDay(new Date(Date.now() - 365 * 86_400_000)), to: shanghaiDay(new Date()) }
  const took: number[] = []
  for (let k = 0; k < runs; k++) {
    const started = performance.now()
    const r = await invoke(FUNCTIONS.suggestions, { action: 'figures', ...year }, services, { kind: 'token', token: office })
    if (r.code !== 'OK') throw new Error(`suggestions figures: ${r.message}`)
    took.push(performance.now() - started)
  }
  return quantile(took, 0.5)
}
