import { z } from 'zod'
import { cursor, uuid, workbookFile, text } from '../fields'
import { SUGGESTION_TERMS } from '../suggestions/deadlines'
import { DEPUTY_LEVELS, SHEET_NAMES, STATION_KINDS, type SheetName } from './workbook'

const sheet = z.enum(SHEET_NAMES as [SheetName, ...SheetName[]], { error: '请选择要管理的数据' })
const version = z.number({ error: '缺少版本号' }).int().min(1, { error: '版本号不正确' })
/** A whole number of `unit` in [min, max], refused with the setting's name. */
const term = (what: string, unit: string, min: number, max: number) =>
  z.number({ error: `请填写${what}` }).int({ error: `${what}应为整数` }).min(min, { error: `${what}至少 ${min} ${unit}` }).max(max, { error: `${what}不能超过 ${max} ${unit}` })
const days = (what: string) => term(what, '天', 1, 365)

/** [longitude, latitude] in range. */
const point = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)], { error: '服务范围的坐标应为 [经度, 纬度]' })
/** A GeoJSON polygon: closed rings of at least four points (the last the first), a few thousand at most. */
const polygon = z.object({
  type: z.literal('Polygon', { error: '服务范围应为 GeoJSON 的 Polygon' }),
  coordinates: z
    .array(
      z.array(point).min(4, { error: '服务范围至少要有 3 个不同的点' }).max(5000, { error: '服务范围的点太多（最多 5000 个）' })
        .refine((r) => r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1], { error: '服务范围的边界要首尾相接（最后一个点与第一个点相同）' }),
    )
    .min(1, { error: '服务范围缺少边界' })
    .max(20),
})

const code = (what: string) => z.string({ error: `请填写${what}` }).trim().min(1, { error: `请填写${what}` }).max(30, { error: `${what}不正确` })

/** A district's administrative division code (行政区划代码): six digits, 140403 for 潞州区. */
export const divisionCode = z.string({ error: '请填写行政区划代码' }).regex(/^\d{6}$/, { error: '行政区划代码应为 6 位数字，如 140403' })

/** What `admin` takes: binding codes and the people they bound; the district's workbook (template, import, export). */
export const adminEvent = z.discriminatedUnion(
  'action',
  [
    z
      .object({
        action: z.literal('issueBinding'),
        role: z.enum(['deputy', 'staff', 'department', 'office', 'admin', 'consultant'], { error: '请选择要绑定的身份' }).optional(),
        // Membership of the standing committee: a flag added to whoever redeems it, their role unchanged.
        grant: z.literal('member', { error: '请选择要绑定的身份' }).optional(),
        memberName: text('组成人员的姓名', 1, 20).optional(),
        deputyCode: code('代表编码').optional(),
        expertCode: code('专家').optional(),
        stationCode: code('站点编码').optional(),
        departmentCode: code('部门编码').optional(),
        leader: z.boolean({ error: '领导标记不正确' }).optional(),
      })
      .refine((e) => !e.role !== !e.grant, { error: '请选择要绑定的身份', path: ['role'] })
      .refine((e) => e.grant !== 'member' || e.memberName, { error: '请填写组成人员的姓名', path: ['memberName'] })
      .refine((e) => !e.leader || e.role === 'office', { error: '只有人大办人员可以设为领导', path: ['leader'] })
      .refine((e) => e.role !== 'deputy' || e.deputyCode, { error: '绑定代表身份需要代表编码', path: ['deputyCode'] })
      .refine((e) => e.role !== 'staff' || e.stationCode, { error: '绑定联络站工作人员需要站点编码', path: ['stationCode'] })
      .refine((e) => e.role !== 'department' || e.departmentCode, { error: '绑定职能部门需要部门编码', path: ['departmentCode'] })
      .refine((e) => e.role !== 'consultant' || e.expertCode, { error: '绑定立法联系点专家需要专家编码', path: ['expertCode'] }),
    z.object({ action: z.literal('bindings'), cursor }),
    z.object({ action: z.literal('revokeBinding'), id: uuid('绑定码') }),
    z.object({ action: z.literal('people'), cursor }),
    z.object({ action: z.literal('unbind'), userId: uuid('人员') }),
    z.object({ action: z.literal('resetCredentials'), userId: uuid('人员') }),
    z.object({ action: z.literal('template') }),
    z.object({ action: z.literal('records'), sheet }),
    z.object({
      action: z.literal('save'),
      sheet,
      // The record as its sheet's row, by header; without a version it is a new record.
      row: z.record(z.string().max(20), z.string({ error: '每一项都应为文字' }).max(500, { error: '内容太长' }), { error: '缺少要保存的内容' })
        .refine((r) => Object.keys(r).length <= 20, { error: '内容项太多' }),
      version: version.optional(),
      serviceArea: polygon.nullable().optional(),
    }),
    z.object({ action: z.literal('remove'), sheet, key: z.string().min(1, { error: '缺少编码' }).max(30), version }),
    z.object({ action: z.literal('reopen'), key: z.string().min(1, { error: '缺少站点编码' }).max(30), version }),
    z.object({ action: z.literal('settings') }),
    z.object({
      action: z.literal('saveSettings'),
      name: z.string({ error: '请填写名称' }).trim().min(1, { error: '请填写名称' }).max(30, { error: '名称不能超过 30 个字' }),
      code: divisionCode,
      casePrefix: z.string({ error: '请填写诉求编号前缀' }).regex(/^[A-Z]{1,6}$/, { error: '诉求编号前缀应为 1–6 个大写字母' }),
      deadlines: z.object({
        firstResponse: days('代表首次答复期限'),
        dispatch: days('人大派单期限'),
        departmentAcceptance: days('部门接单期限'),
        resolution: days('办理期限'),
        ratingWindowDays: days('评价期限'),
      }, { error: '请填写各阶段期限' }),
      // 建议办理: months to answer (the rules allow at most 6), days to sign; kept as they are when not sent.
      suggestionTerms: z.object({
        answerMonths: term('建议答复期限', '个月', SUGGESTION_TERMS.answerMonths.min, SUGGESTION_TERMS.answerMonths.max),
        signDays: term('建议签收期限', '天', SUGGESTION_TERMS.signDays.min, SUGGESTION_TERMS.signDays.max),
      }, { error: '请填写建议办理期限' }).optional(),
      version,
    }),
    z.object({ action: z.literal('regions') }),
    z.object({ action: z.literal('checklist') }),
    z.object({ action: z.literal('export') }),
    z.object({
      action: z.literal('import'),
      workbook: workbookFile,
      dryRun: z.boolean().optional(),
    }),
  ],
  { error: '不支持的操作' },
)

export type AdminEvent = z.infer<typeof adminEvent>

const cell = (what: string) => z.string().regex(/^[A-Za-z0-9_-]{1,30}$/, { error: `${what}只能是 1–30 位字母、数字、_ 或 -` })
const required = (what: string, max: number) => z.string().min(1, { error: `请填写${what}` }).max(max, { error: `${what}不能超过 ${max} 个字` })
const optional = (what: string, max: number) => z.string().max(max, { error: `${what}不能超过 ${max} 个字` })
const coordinate = (what: string, min: number, max: number) =>
  z.string().refine((s) => s === '' || (Number.isFinite(Number(s)) && Number(s) >= min && Number(s) <= max), { error: `${what}应为 ${min} 到 ${max} 之间的数` })

/** Each sheet's row, by header, as text; each column checked on its own so every problem is named. */
export const ROW_SCHEMAS: Record<SheetName, Record<string, z.ZodType<string>>> = {
  站点: {
    站点编码: cell('站点编码'),
    名称: required('名称', 60),
    类型: z.string().refine((s) => (STATION_KINDS as readonly string[]).includes(s), { error: `类型应为${STATION_KINDS.join('、')}之一` }),
    街道乡镇: required('街道乡镇', 40),
    社区: optional('社区', 40),
    地址: required('地址', 120),
    纬度: coordinate('纬度', -90, 90),
    经度: coordinate('经度', -180, 180),
    开放时间: optional('开放时间', 60),
    联系电话: z.string().regex(/^$|^[\d\-+ ]{5,20}$/, { error: '联系电话只能有数字、-、+ 和空格' }),
  },
  代表: {
    代表编码: cell('代表编码'),
    姓名: required('姓名', 20),
    层级: z.string().refine((s) => s !== '' && s.split('、').every((l) => (DEPUTY_LEVELS as readonly string[]).includes(l)), {
      error: `层级应为${DEPUTY_LEVELS.join('、')}，几级用“、”隔开`,
    }),
    职务: optional('职务', 100),
    所属站点编码: cell('所属站点编码'),
    手机: z.string().regex(/^$|^1\d{10}$/, { error: '手机应为 11 位数字，可以不填' }),
    状态: z.string().refine((s) => s === '在任' || s === '离任', { error: '状态应为“在任”或“离任”' }),
  },
  部门: { 部门编码: cell('部门编码'), 名称: required('名称', 60) },
  类别: { 类别: required('类别', 20), 派单部门编码: z.string().regex(/^$|^[A-Za-z0-9_-]{1,30}$/, { error: '派单部门编码不正确' }) },
  节假日: {
    日期: z.string().refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
      error: '日期应为 YYYY-MM-DD',
    }),
    类型: z.string().refine((s) => s === '休' || s === '班', { error: '类型应为“休”或“班”' }),
    名称: optional('名称', 20),
  },
}
