import { KEY_COLUMN, SHEET_NAMES, SHEETS, type ImportCounts, type SheetName, type WorkbookError, type WorkbookNotice } from '../../src/core/admin/workbook'
import { errors } from '../../src/core/errors'
import type { Viewer } from '../../src/core/identity/viewer'
import { auditChanges } from '../audit/audit'
import type { Queryable } from '../db/queryable'
import { districtOfViewer, forgetDistrict } from '../districts/districts'
import { decryptPhone, encryptPhone } from '../privacy/phone'
import type { FnContext } from '../runtime/context'
import {
  categoriesOf, codesElsewhere, deputiesOf, departmentsOf, districtName, holidaysOf, stationsOf, upsertCategories, upsertDepartments, upsertDeputies,
  upsertHolidays, upsertStations,
} from './district-data-repository'
import { syncRegions } from './district-records-repository'
import { keyOf, onlySheet, recordsOf, rowOf, type DeputyInput, type Row, type SheetRecords } from './sheet-rows'
import { checkCells, checkDuplicates } from './workbook-check'
import { readWorkbook, writeWorkbook, type SheetRows } from './workbook-file'

/** The admin's district: their own, or the only one there is. */
export async function adminDistrict(ctx: FnContext): Promise<{ user: Viewer; districtId: string }> {
  const user = await ctx.requireUser()
  if (user.role !== 'admin') throw errors.forbidden.districtAdminOnly()
  return { user, districtId: districtOfViewer(user) }
}

const base64 = (b: Buffer) => ({ workbook: b.toString('base64') })

/** `admin template`: the empty workbook with the five sheets and their header rows. */
export async function districtTemplate(ctx: FnContext) {
  await adminDistrict(ctx)
  return base64(await writeWorkbook(onlySheet()))
}

/** Each sheet's stored records: the whole district, or (with `key`) one record. */
export const READ = { 站点: stationsOf, 代表: deputiesOf, 部门: departmentsOf, 类别: categoriesOf, 节假日: holidaysOf } as const

export async function current(q: Queryable, districtId: string) {
  const [站点, 代表, 部门, 类别, 节假日] = await Promise.all([READ.站点(q, districtId), READ.代表(q, districtId), READ.部门(q, districtId), READ.类别(q, districtId), READ.节假日(q, districtId)])
  return { 站点, 代表, 部门, 类别, 节假日 }
}
export type Current = Awaited<ReturnType<typeof current>>

const rowsOf = <S extends SheetName>(sheet: S, records: SheetRecords[S][]): Row[] => records.map((r) => (rowOf[sheet] as (x: SheetRecords[S]) => Row)(r))

/** `admin export`: the district's lists in the template's shape (phones are not exported), so export → import changes nothing. */
export async function districtExport(ctx: FnContext) {
  const { districtId } = await adminDistrict(ctx)
  const d = await current(ctx.services.db, districtId)
  const cells = <S extends SheetName>(sheet: S) => rowsOf(sheet, d[sheet] as unknown as SheetRecords[S][]).map((r) => SHEETS[sheet].map((h) => r[h]))
  return base64(await writeWorkbook({ 站点: cells('站点'), 代表: cells('代表'), 部门: cells('部门'), 类别: cells('类别'), 节假日: cells('节假日') }))
}

/** One record's change, as the audit trail keeps it. */
export interface Change { detail: string; before: Row | null; after: Row | null }

/**
 * A sheet's given records against what is stored: new, changed, or the same; and what changes.
 * A deputy's phone (kept only encrypted) is compared in the clear by `storedPhone`; one not given
 * leaves the stored one as it is.
 */
export function tally<S extends SheetName>(sheet: S, stored: SheetRecords[S][], given: SheetRecords[S][], how: string, storedPhone: (code: string) => string | null = () => null) {
  const before = new Map(rowsOf(sheet, stored).map((r) => [keyOf(sheet, r), r]))
  const counts = { created: 0, updated: 0, unchanged: 0 }
  const changed: SheetRecords[S][] = []
  const changes: Change[] = []
  rowsOf(sheet, given).forEach((after, i) => {
    const key = keyOf(sheet, after)
    const was = before.get(key) ?? null
    const typed = sheet === '代表' ? (given[i] as DeputyInput).phone : ''
    const phone = !!typed && typed !== storedPhone(key)
    if (!was) counts.created++
    else if (JSON.stringify(was) === JSON.stringify(after) && !phone) return void counts.unchanged++
    else counts.updated++
    changed.push(given[i])
    changes.push({ detail: `${sheet} ${key}${how}`, before: was, after: phone ? { ...after, 手机: '（已更新）' } : after })
  })
  return { counts, changed, changes }
}

/** Records as the workbook's rows give them: `place` reads 县区, new categories go after the others. */
export function givenRecords(rows: Record<SheetName, Row[]>, place: string, d: Pick<Current, '类别'>) {
  const after = Math.max(-1, ...d.类别.map((c) => c.sort))
  return {
    站点: rows.站点.map(recordsOf.站点),
    代表: rows.代表.map((x) => recordsOf.代表(x, place)),
    部门: rows.部门.map(recordsOf.部门),
    类别: rows.类别.map((x, i) => recordsOf.类别(x, after + 1 + i)),
    节假日: rows.节假日.map(recordsOf.节假日),
  }
}

/** Writes the changed records of every sheet (in the order they refer to each other), then places the stations in the region tree. */
export async function writeRecords(q: Queryable, districtId: string, phoneKey: Buffer | undefined, c: ReturnType<typeof givenRecords>) {
  await upsertDepartments(q, districtId, c.部门)
  await upsertStations(q, districtId, c.站点)
  await upsertDeputies(q, c.代表.map(({ phone, ...x }) => ({ ...x, phoneEnc: phone ? encryptPhone(phone, phoneKey!) : null })))
  await upsertCategories(q, districtId, c.类别)
  await upsertHolidays(q, districtId, c.节假日)
  if (c.站点.length) await syncRegions(q, districtId)
}

/**
 * `admin import`: the district's workbook checked whole — every problem named by sheet, row and
 * column — then, with none and unless a dry run, written in one transaction and each change
 * written to the audit trail. Matched by code, so the same workbook again changes nothing.
 */
export async function districtImport(ctx: FnContext, e: { workbook: string; dryRun?: boolean }): Promise<{ errors: WorkbookError[]; notices: WorkbookNotice[]; counts: ImportCounts }> {
  const { user, districtId } = await adminDistrict(ctx)
  const { db, phoneKey } = ctx.services
  const { rows, errors: shape, notices, skipped } = await readWorkbook(Buffer.from(e.workbook, 'base64'))
  const problems = [...shape, ...checkCells(rows), ...checkDuplicates(rows, KEY_COLUMN)]
  const d = await current(db, districtId)
  problems.push(...(await crossCheck(db, districtId, rows, d, !!phoneKey, skipped)))

  // A row with a refused cell is not counted as a change: its error says what to fix first.
  const readable = (s: SheetName) => rows[s].filter((r) => !r.refused).map((r) => r.values)
  const given = givenRecords(Object.fromEntries(SHEET_NAMES.map((s) => [s, readable(s)])) as Record<SheetName, Row[]>, await districtName(db, districtId), d)
  const plan = {
    站点: tally('站点', d.站点, given.站点, '（导入）'),
    代表: tally('代表', d.代表, given.代表, '（导入）', storedPhones(d, phoneKey)),
    部门: tally('部门', d.部门, given.部门, '（导入）'),
    类别: tally('类别', d.类别, given.类别, '（导入）'),
    节假日: tally('节假日', d.节假日, given.节假日, '（导入）'),
  }
  const counts = Object.fromEntries(SHEET_NAMES.map((s) => [s, plan[s].counts])) as ImportCounts
  if (problems.length || e.dryRun) return { errors: problems, notices, counts }

  await db.tx(async (q) => {
    await writeRecords(q, districtId, phoneKey, {
      站点: plan.站点.changed, 代表: plan.代表.changed as DeputyInput[], 部门: plan.部门.changed, 类别: plan.类别.changed, 节假日: plan.节假日.changed,
    })
    await auditChanges(q, { actorId: user.id, actorRole: user.role }, districtId, SHEET_NAMES.flatMap((s) => plan[s].changes))
  })
  forgetDistrict(districtId)
  return { errors: [], notices, counts }
}

/** Each deputy's stored phone in the clear, by code, for comparing with a typed one. */
export function storedPhones(d: Pick<Current, '代表'>, phoneKey: Buffer | undefined): (code: string) => string | null {
  const phones = new Map(d.代表.map((x) => [x.code, x.phoneEnc && phoneKey ? decryptPhone(x.phoneEnc, phoneKey) : null]))
  return (code) => phones.get(code) ?? null
}

/**
 * What a row names elsewhere: a station of the sheet or the district; a department likewise; codes
 * no other district holds. A sheet that could not be read (`skipped`) is not held against the rows
 * that name its records: its own error says what to fix.
 */
export async function crossCheck(q: Queryable, districtId: string, rows: SheetRows, d: Current, phones: boolean, skipped: SheetName[] = []): Promise<WorkbookError[]> {
  const out: WorkbookError[] = []
  const stationCodes = new Set([...d.站点.map((s) => s.code), ...rows.站点.map((r) => r.values.站点编码)])
  const departmentCodes = new Set([...d.部门.map((x) => x.code), ...rows.部门.map((r) => r.values.部门编码)])
  const taken = await codesElsewhere(q, districtId, rows.站点.map((r) => r.values.站点编码), rows.代表.map((r) => r.values.代表编码))
  for (const { row, values } of rows.站点) if (taken.stations.has(values.站点编码)) out.push({ sheet: '站点', row, column: '站点编码', message: '这个站点编码已属于其他区' })
  for (const { row, values } of rows.代表) {
    if (taken.deputies.has(values.代表编码)) out.push({ sheet: '代表', row, column: '代表编码', message: '这个代表编码已属于其他区' })
    if (values.所属站点编码 && !skipped.includes('站点') && !stationCodes.has(values.所属站点编码)) out.push({ sheet: '代表', row, column: '所属站点编码', message: '没有这个站点编码（站点表和已有站点中都没有）' })
    if (values.手机 && !phones) out.push({ sheet: '代表', row, column: '手机', message: '服务器没有设置 PHONE_KEY，不能保存手机号' })
  }
  for (const { row, values } of rows.类别) {
    if (values.派单部门编码 && !skipped.includes('部门') && !departmentCodes.has(values.派单部门编码)) out.push({ sheet: '类别', row, column: '派单部门编码', message: '没有这个部门编码（部门表和已有部门中都没有）' })
  }
  return out
}
