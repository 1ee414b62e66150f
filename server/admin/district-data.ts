import { levelOfTitle, SHEET_NAMES, titleOfLevel, type ImportCounts, type SheetName, type WorkbookError } from '../../src/core/admin/workbook'
import { errors } from '../../src/core/errors'
import type { Viewer } from '../../src/core/identity/viewer'
import type { Queryable } from '../db/queryable'
import { districtOfViewer, forgetDistrict } from '../districts/districts'
import { encryptPhone } from '../privacy/phone'
import type { FnContext } from '../runtime/context'
import {
  categoriesOf, codesElsewhere, deputiesOf, departmentsOf, districtName, holidaysOf, stationsOf, upsertCategories, upsertDepartments, upsertDeputies,
  upsertHolidays, upsertStations, type DeputyData, type StationData,
} from './district-data-repository'
import { checkCells, checkDuplicates } from './workbook-check'
import { readWorkbook, writeWorkbook, type SheetRows } from './workbook-file'

const KEYS: Record<SheetName, string> = { 站点: '站点编码', 代表: '代表编码', 部门: '部门编码', 类别: '类别', 节假日: '日期' }

/** The admin's district: their own, or the only one there is. */
async function adminDistrict(ctx: FnContext): Promise<{ user: Viewer; districtId: string }> {
  const user = await ctx.requireUser()
  if (user.role !== 'admin') throw errors.forbidden.districtAdminOnly()
  return { user, districtId: await districtOfViewer(ctx.services.db, user) }
}

const base64 = (b: Buffer) => ({ workbook: b.toString('base64') })

/** `admin template`: the empty workbook with the five sheets and their header rows. */
export async function districtTemplate(ctx: FnContext) {
  await adminDistrict(ctx)
  return base64(await writeWorkbook({ 站点: [], 代表: [], 部门: [], 类别: [], 节假日: [] }))
}

async function current(q: Queryable, districtId: string) {
  const [stations, deputies, departments, categories, holidays] = await Promise.all([
    stationsOf(q, districtId), deputiesOf(q, districtId), departmentsOf(q, districtId), categoriesOf(q, districtId), holidaysOf(q, districtId),
  ])
  return { stations, deputies, departments, categories, holidays }
}

/** `admin export`: the district's lists in the template's shape (phones are not exported), so export → import changes nothing. */
export async function districtExport(ctx: FnContext) {
  const { districtId } = await adminDistrict(ctx)
  const d = await current(ctx.services.db, districtId)
  return base64(await writeWorkbook({
    站点: d.stations.map((s) => [s.code, s.name, s.kind, s.street, s.community, s.address, s.latitude, s.longitude, s.openHours, s.contact]),
    代表: d.deputies.map((x) => [x.code, x.name, x.levels.map(levelOfTitle).join('、'), x.duties, x.stationCode, '', x.active ? '在任' : '离任']),
    部门: d.departments.map((x) => [x.code, x.name]),
    类别: d.categories.map((x) => [x.name, x.departmentCode]),
    节假日: d.holidays.map((x) => [x.day, x.kind, x.name]),
  }))
}

/** Counts a sheet's rows against what is stored: new, changed, or the same. */
function tally<T>(rows: T[], stored: Map<string, string>, key: (r: T) => string, same: (r: T) => string) {
  const c = { created: 0, updated: 0, unchanged: 0 }
  const changed = rows.filter((r) => {
    const before = stored.get(key(r))
    if (before === undefined) c.created++
    else if (before === same(r)) c.unchanged++
    else c.updated++
    return before !== same(r)
  })
  return { counts: c, changed }
}

/**
 * `admin import`: the district's workbook checked whole — every problem named by sheet, row and
 * column — then, with none and unless a dry run, written in one transaction. Matched by code, so
 * the same workbook again changes nothing.
 */
export async function districtImport(ctx: FnContext, e: { workbook: string; dryRun?: boolean }): Promise<{ errors: WorkbookError[]; counts: ImportCounts }> {
  const { districtId } = await adminDistrict(ctx)
  const { db, phoneKey } = ctx.services
  const { rows, errors: shape } = await readWorkbook(Buffer.from(e.workbook, 'base64'))
  const problems = [...shape, ...checkCells(rows), ...checkDuplicates(rows, KEYS)]
  const d = await current(db, districtId)
  problems.push(...(await crossCheck(db, districtId, rows, d, !!phoneKey)))

  const v = (s: SheetName) => rows[s].map((r) => r.values)
  const stations: StationData[] = v('站点').map((s) => ({ code: s.站点编码, name: s.名称, kind: s.类型, street: s.街道乡镇, community: s.社区, address: s.地址, latitude: s.纬度 ? String(Number(s.纬度)) : '', longitude: s.经度 ? String(Number(s.经度)) : '', openHours: s.开放时间, contact: s.联系电话 }))
  const place = await districtName(db, districtId)
  const deputies = v('代表').map((x) => ({
    code: x.代表编码, name: x.姓名, levels: x.层级.split('、').map((l) => titleOfLevel(l, place)), duties: x.职务, stationCode: x.所属站点编码, active: x.状态 === '在任', phone: x.手机,
  }))
  const departments = v('部门').map((x) => ({ code: x.部门编码, name: x.名称 }))
  const after = Math.max(-1, ...d.categories.map((c) => c.sort))
  const categories = v('类别').map((x, i) => ({ name: x.类别, departmentCode: x.派单部门编码, sort: after + 1 + i }))
  const holidays = v('节假日').map((x) => ({ day: x.日期, kind: x.类型, name: x.名称 }))

  const stationText = (s: StationData) => JSON.stringify([s.name, s.kind, s.street, s.community, s.address, s.latitude, s.longitude, s.openHours, s.contact])
  const deputyText = (x: Omit<DeputyData, 'phoneEnc'>) => JSON.stringify([x.name, x.levels.map(levelOfTitle), x.duties, x.stationCode, x.active])
  const plan = {
    站点: tally(stations, new Map(d.stations.map((s) => [s.code, stationText(s)])), (s) => s.code, stationText),
    // A phone given is a change whatever it was (only its ciphertext is kept).
    代表: tally(deputies, new Map(d.deputies.map((x) => [x.code, deputyText(x)])), (x) => x.code, (x) => (x.phone ? `${deputyText(x)}+phone` : deputyText(x))),
    部门: tally(departments, new Map(d.departments.map((x) => [x.code, x.name])), (x) => x.code, (x) => x.name),
    // A category's place in the list is kept; what the workbook changes is its department.
    类别: tally(categories, new Map(d.categories.map((x) => [x.name, x.departmentCode])), (x) => x.name, (x) => x.departmentCode),
    节假日: tally(holidays, new Map(d.holidays.map((x) => [x.day, `${x.kind}|${x.name}`])), (x) => x.day, (x) => `${x.kind}|${x.name}`),
  }
  const counts = Object.fromEntries(SHEET_NAMES.map((s) => [s, plan[s].counts])) as ImportCounts
  if (problems.length || e.dryRun) return { errors: problems, counts }

  await db.tx(async (q) => {
    await upsertDepartments(q, districtId, plan.部门.changed)
    await upsertStations(q, districtId, plan.站点.changed)
    await upsertDeputies(q, plan.代表.changed.map(({ phone, ...x }) => ({ ...x, phoneEnc: phone ? encryptPhone(phone, phoneKey!) : null })))
    await upsertCategories(q, districtId, plan.类别.changed)
    await upsertHolidays(q, districtId, plan.节假日.changed)
  })
  forgetDistrict(districtId)
  return { errors: [], counts }
}

/** What a row names elsewhere: a station of the sheet or the district; a department likewise; codes no other district holds. */
async function crossCheck(q: Queryable, districtId: string, rows: SheetRows, d: Awaited<ReturnType<typeof current>>, phones: boolean): Promise<WorkbookError[]> {
  const out: WorkbookError[] = []
  const stationCodes = new Set([...d.stations.map((s) => s.code), ...rows.站点.map((r) => r.values.站点编码)])
  const departmentCodes = new Set([...d.departments.map((x) => x.code), ...rows.部门.map((r) => r.values.部门编码)])
  const taken = await codesElsewhere(q, districtId, rows.站点.map((r) => r.values.站点编码), rows.代表.map((r) => r.values.代表编码))
  for (const { row, values } of rows.站点) if (taken.stations.has(values.站点编码)) out.push({ sheet: '站点', row, column: '站点编码', message: '这个站点编码已属于其他区' })
  for (const { row, values } of rows.代表) {
    if (taken.deputies.has(values.代表编码)) out.push({ sheet: '代表', row, column: '代表编码', message: '这个代表编码已属于其他区' })
    if (values.所属站点编码 && !stationCodes.has(values.所属站点编码)) out.push({ sheet: '代表', row, column: '所属站点编码', message: '没有这个站点编码（站点表和已有站点中都没有）' })
    if (values.手机 && !phones) out.push({ sheet: '代表', row, column: '手机', message: '服务器没有设置 PHONE_KEY，不能保存手机号' })
  }
  for (const { row, values } of rows.类别) {
    if (values.派单部门编码 && !departmentCodes.has(values.派单部门编码)) out.push({ sheet: '类别', row, column: '派单部门编码', message: '没有这个部门编码（部门表和已有部门中都没有）' })
  }
  return out
}
