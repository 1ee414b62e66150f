import { columnKind, KEY_COLUMN, SHEETS, type GeoPolygon, type RecordView, type RemoveOutcome, type SheetName } from '../../src/core/admin/workbook'
import { errors } from '../../src/core/errors'
import { auditChanges } from '../audit/audit'
import type { Queryable } from '../db/queryable'
import { forgetDistrict } from '../districts/districts'
import type { FnContext } from '../runtime/context'
import { adminDistrict, crossCheck, current, givenRecords, READ, storedPhones, tally, writeRecords, type Change, type Current } from './district-data'
import { districtName, type StoredStation } from './district-data-repository'
import { lockRecord, openCasesAt, removeRecord, setServiceArea, setStationActive, syncRegions } from './district-records-repository'
import { onlySheet, rowOf, type Row, type SheetRecords } from './sheet-rows'
import { normalise } from './workbook-cells'
import { checkCells } from './workbook-check'
import type { SheetRows } from './workbook-file'

const geo = (ring: [number, number][] | null): GeoPolygon | null => (ring ? { type: 'Polygon', coordinates: [ring] } : null)

function viewOf(sheet: SheetName, r: SheetRecords[SheetName] & { version: number }): RecordView {
  const row = (rowOf[sheet] as (x: typeof r) => Row)(r)
  const view: RecordView = { key: row[KEY_COLUMN[sheet]], version: r.version, row }
  if (sheet === '站点') Object.assign(view, { active: (r as StoredStation).active, serviceArea: geo((r as StoredStation).serviceArea) })
  return view
}

/** `admin records`: one sheet's records of the district, as rows with their versions. */
export async function recordList(ctx: FnContext, sheet: SheetName): Promise<{ items: RecordView[] }> {
  const { districtId } = await adminDistrict(ctx)
  const rows = await READ[sheet](ctx.services.db, districtId)
  return { items: rows.map((r) => viewOf(sheet, r)) }
}

/** One stored record by key, or null. */
async function recordOf(q: Queryable, districtId: string, sheet: SheetName, key: string): Promise<RecordView | null> {
  const [r] = await READ[sheet](q, districtId, key)
  return r ? viewOf(sheet, r) : null
}

/** The row as its sheet has it: every header, each cell in its certain form as a workbook's would be; anything else refused. */
function rowFrom(sheet: SheetName, given: Record<string, string>): Row {
  const headers: readonly string[] = SHEETS[sheet]
  const unknown = Object.keys(given).find((k) => !headers.includes(k))
  if (unknown) throw errors.validation.dataInvalid(`没有“${unknown}”这一项`)
  return Object.fromEntries(headers.map((h) => [h, normalise(columnKind(h), given[h] ?? '').text]))
}

/**
 * `admin save`: one record made (no version) or changed (the version read), checked by the same
 * rules as a workbook's row; a stale version is CONFLICT. The change, before and after, goes to
 * the audit trail. A deputy's code, printed on posters, is the record's key and never changes.
 */
export async function saveRecord(ctx: FnContext, e: { sheet: SheetName; row: Record<string, string>; version?: number; serviceArea?: GeoPolygon | null }): Promise<RecordView> {
  const { user, districtId } = await adminDistrict(ctx)
  const { db, phoneKey } = ctx.services
  const { sheet } = e
  const row = rowFrom(sheet, e.row)
  const key = row[KEY_COLUMN[sheet]]
  const rows: SheetRows = onlySheet(sheet, [{ row: 1, values: row }])
  const d = await current(db, districtId)
  const problems = [...checkCells(rows), ...(await crossCheck(db, districtId, rows, d, !!phoneKey))]
  if (problems.length) throw errors.validation.dataInvalid(problems.map((p) => `${p.column}：${p.message}`).join('；'))
  if (e.serviceArea && sheet !== '站点') throw errors.validation.dataInvalid('只有站点有服务范围')

  const place = await districtName(db, districtId)
  await db.tx(async (q) => {
    await lockRecord(q, districtId, sheet, key)
    const before = await recordOf(q, districtId, sheet, key)
    if (!before && e.version !== undefined) throw errors.notFound.dataRecord()
    if (before && e.version === undefined) throw errors.conflict.dataExists(`${KEY_COLUMN[sheet]} ${key}`)
    if (before && before.version !== e.version) throw errors.conflict.dataStale()
    const given = givenRecords(onlySheet(sheet, [row]), place, d)
    const stored = (before ? (await READ[sheet](q, districtId, key)) : []) as unknown as SheetRecords[typeof sheet][]
    const phones = sheet === '代表' ? storedPhones({ 代表: stored as unknown as Current['代表'] }, phoneKey) : undefined
    const plan = tally(sheet, stored, given[sheet] as SheetRecords[typeof sheet][], '', phones)
    await writeRecords(q, districtId, phoneKey, { ...givenRecords(onlySheet(), place, d), [sheet]: plan.changed })
    const changes: Change[] = plan.changes
    if (sheet === '站点' && e.serviceArea !== undefined && (await setServiceArea(q, districtId, key, e.serviceArea?.coordinates[0] ?? null, !!before && !plan.changed.length))) {
      changes.push({ detail: `站点 ${key} 服务范围`, before: { 服务范围: JSON.stringify(before?.serviceArea ?? null) }, after: { 服务范围: JSON.stringify(e.serviceArea) } })
    }
    await auditChanges(q, { actorId: user.id, actorRole: user.role }, districtId, changes)
  })
  forgetDistrict(districtId)
  return (await recordOf(db, districtId, sheet, key))!
}

/** What a record still in use tells the admin instead of being removed. */
const IN_USE: Record<Exclude<SheetName, '站点'>, string> = {
  代表: '这位代表已有诉求、接待或绑定记录，不能删除；离任请把状态改为“离任”',
  部门: '这个部门已有派单、绑定或派单目录记录，不能删除',
  类别: '这个类别不能删除',
  节假日: '这一天不能删除',
}

/**
 * `admin remove`: a record deleted at the version read. One still in use is kept: a station is
 * retired instead (gone from lists and routing; its cases go on), anything else refused, each
 * with why. A retired station comes back by `admin reopen`.
 */
export async function removeDistrictRecord(ctx: FnContext, e: { sheet: SheetName; key: string; version: number }): Promise<RemoveOutcome> {
  const { user, districtId } = await adminDistrict(ctx)
  const out = await ctx.services.db.tx(async (q): Promise<RemoveOutcome> => {
    await lockRecord(q, districtId, e.sheet, e.key)
    const before = await recordOf(q, districtId, e.sheet, e.key)
    if (!before) throw errors.notFound.dataRecord()
    if (before.version !== e.version) throw errors.conflict.dataStale()
    const who = { actorId: user.id, actorRole: user.role }
    const open = e.sheet === '站点' ? await openCasesAt(q, districtId, e.key) : 0
    if (!open && (await removeRecord(q, districtId, e.sheet, e.key))) {
      await auditChanges(q, who, districtId, [{ detail: `${e.sheet} ${e.key}（删除）`, before: before.row, after: null }])
      return { removed: true }
    }
    if (e.sheet !== '站点') throw errors.conflict.dataInUse(IN_USE[e.sheet])
    await setStationActive(q, districtId, e.key, false)
    await auditChanges(q, who, districtId, [{ detail: `站点 ${e.key}（停用）`, before: { ...before.row, 状态: '开放' }, after: { ...before.row, 状态: '停用' } }])
    const why = open ? `还有 ${open} 件诉求未办结` : '已有诉求、代表或接待记录'
    return { removed: false, retired: true, message: `这个站点${why}，已停用而没有删除：不再出现在站点列表和就近分派中，已有诉求照常办理` }
  })
  forgetDistrict(districtId)
  return out
}

/** `admin reopen`: a retired station open again. */
export async function reopenStation(ctx: FnContext, e: { key: string; version: number }): Promise<RecordView> {
  const { user, districtId } = await adminDistrict(ctx)
  const { db } = ctx.services
  await db.tx(async (q) => {
    await lockRecord(q, districtId, '站点', e.key)
    const before = await recordOf(q, districtId, '站点', e.key)
    if (!before) throw errors.notFound.dataRecord()
    if (before.version !== e.version) throw errors.conflict.dataStale()
    if (before.active) return
    await setStationActive(q, districtId, e.key, true)
    await syncRegions(q, districtId)
    await auditChanges(q, { actorId: user.id, actorRole: user.role }, districtId, [
      { detail: `站点 ${e.key}（重新开放）`, before: { ...before.row, 状态: '停用' }, after: { ...before.row, 状态: '开放' } },
    ])
  })
  return (await recordOf(db, districtId, '站点', e.key))!
}

export type { Current }
