import type { ChecklistItem, DistrictSettings, RegionNode } from '../../src/core/admin/workbook'
import { deadlineConfig } from '../../src/core/cases/deadlines'
import { suggestionTerms } from '../../src/core/suggestions/deadlines'
import { errors } from '../../src/core/errors'
import { shanghaiDay } from '../../src/core/time'
import { auditChanges } from '../audit/audit'
import { forgetDistrict } from '../districts/districts'
import type { FnContext } from '../runtime/context'
import { adminDistrict } from './district-data'
import { districtCodeTaken, districtNameTaken, firstRunCounts, regionsOf, saveSettingsRow, settingsOf } from './district-records-repository'

/** The stored settings with every deadline and term read over the defaults. */
const readSettings = (s: Awaited<ReturnType<typeof settingsOf>>): DistrictSettings => ({ ...s, deadlines: deadlineConfig(s.deadlines), suggestionTerms: suggestionTerms(s.suggestionTerms) })

/** `admin settings`: the district's name, administrative division code (Open311's jurisdiction_id), case-number prefix, stage deadlines and rating window, and the suggestions' terms. */
export async function districtSettings(ctx: FnContext): Promise<DistrictSettings> {
  const { districtId } = await adminDistrict(ctx)
  return readSettings(await settingsOf(ctx.services.db, districtId))
}

/** `admin saveSettings`: at the version read (else CONFLICT); the change, before and after, to the audit trail. New deadlines apply to stages that start from now on. */
export async function saveDistrictSettings(ctx: FnContext, e: Omit<DistrictSettings, 'version' | 'suggestionTerms'> & { suggestionTerms?: DistrictSettings['suggestionTerms']; version: number }): Promise<DistrictSettings> {
  const { user, districtId } = await adminDistrict(ctx)
  const { db } = ctx.services
  await db.tx(async (q) => {
    const before = readSettings(await settingsOf(q, districtId))
    if (await districtNameTaken(q, districtId, e.name)) throw errors.conflict.districtNameTaken()
    if (await districtCodeTaken(q, districtId, e.code)) throw errors.conflict.districtCodeTaken()
    const after = { ...e, suggestionTerms: e.suggestionTerms ?? before.suggestionTerms }
    if (!(await saveSettingsRow(q, districtId, after))) throw errors.conflict.dataStale()
    const shown = (s: Omit<DistrictSettings, 'version'>) => ({
      名称: s.name, 行政区划代码: s.code, 诉求编号前缀: s.casePrefix, ...deadlineConfig(s.deadlines), 建议答复月数: s.suggestionTerms.answerMonths, 建议签收天数: s.suggestionTerms.signDays,
    })
    await auditChanges(q, { actorId: user.id, actorRole: user.role }, districtId, [{ detail: '本区设置', before: shown(before), after: shown(after) }])
  })
  forgetDistrict(districtId)
  return districtSettings(ctx)
}

/** `admin regions`: the region tree, district → 街道乡镇 → 社区, with the open stations each holds. */
export async function regionTree(ctx: FnContext): Promise<{ root: RegionNode | null }> {
  const { districtId } = await adminDistrict(ctx)
  const rows = await regionsOf(ctx.services.db, districtId)
  const nodes = new Map(rows.map((r) => [r.id, { name: r.name, level: r.level, stations: r.stations, children: [] as RegionNode[] }]))
  for (const r of rows) if (r.parentId && nodes.has(r.parentId)) nodes.get(r.parentId)!.children.push(nodes.get(r.id)!)
  // A region counts the stations below it too.
  const total = (n: RegionNode): number => (n.stations += n.children.reduce((sum, c) => sum + total(c), 0))
  const root = rows[0] ? nodes.get(rows[0].id)! : null
  if (root) total(root)
  return { root }
}

const DATA = '/packages/admin/records/index?sheet='

/** `admin checklist`: a new district's first run, each step with its count and where to do it. */
export async function firstRunChecklist(ctx: FnContext): Promise<{ items: ChecklistItem[] }> {
  const { districtId } = await adminDistrict(ctx)
  const n = await firstRunCounts(ctx.services.db, districtId, shanghaiDay(ctx.services.now()))
  const item = (key: ChecklistItem['key'], label: string, path: string, done = n[key] > 0): ChecklistItem => ({ key, label, count: n[key], done, path })
  return {
    items: [
      item('settings', '本区设置（名称、编号前缀、办理期限）', '/packages/admin/settings/index'),
      item('holidays', '节假日与调休（今天以后）', `${DATA}节假日`),
      item('stations', '站点', `${DATA}站点`),
      item('deputies', '代表（在任）', `${DATA}代表`),
      item('departments', '职能部门', `${DATA}部门`),
      item('categories', '问题类别', `${DATA}类别`),
      item('catalogue', '派单目录（有派单部门的类别）', `${DATA}类别`),
      item('people', '已绑定身份的人员', '/packages/admin/bindings/index'),
      item('reception', '已发布的接待日（由联络站工作人员发布，先给他们发绑定码）', '/packages/admin/bindings/index'),
    ],
  }
}
