import { z } from 'zod'

/** The district workbook (exceljs): its sheets and their header rows, exactly, in this order. */
export const SHEETS = {
  站点: ['站点编码', '名称', '类型', '街道乡镇', '社区', '地址', '纬度', '经度', '开放时间', '联系电话'],
  代表: ['代表编码', '姓名', '层级', '职务', '所属站点编码', '手机', '状态'],
  部门: ['部门编码', '名称'],
  类别: ['类别', '派单部门编码'],
  节假日: ['日期', '类型', '名称'],
} as const

export type SheetName = keyof typeof SHEETS
export const SHEET_NAMES = Object.keys(SHEETS) as SheetName[]

export const STATION_KINDS = ['代表之家', '联络站', '联络点', '微站'] as const
export const DEPUTY_LEVELS = ['全国', '省', '市', '县区', '乡镇'] as const
export type DeputyLevel = (typeof DEPUTY_LEVELS)[number]

/** The product shows a deputy's levels as titles (区人大代表); the workbook names the level (县区). */
const LEVEL_OF: Record<string, DeputyLevel> = {
  全国人大代表: '全国', 省人大代表: '省', 市人大代表: '市', 区人大代表: '县区', 县人大代表: '县区', 县区人大代表: '县区', 乡镇人大代表: '乡镇', 乡人大代表: '乡镇', 镇人大代表: '乡镇',
}
export const levelOfTitle = (title: string): string => LEVEL_OF[title] ?? title
/** 县区 reads 区人大代表 in a 区 and 县人大代表 in a 县. */
export const titleOfLevel = (level: string, districtName: string): string =>
  level === '县区' ? (districtName.endsWith('县') ? '县人大代表' : '区人大代表') : `${level}人大代表`

/** One problem in a workbook, where a person finds it: the sheet, the row as Excel numbers it, the column's header. */
export interface WorkbookError {
  sheet: SheetName
  row: number
  column: string
  message: string
}

export type ImportCounts = Record<SheetName, { created: number; updated: number; unchanged: number }>

const code = (what: string) => z.string().regex(/^[A-Za-z0-9_-]{1,30}$/, { error: `${what}只能是 1–30 位字母、数字、_ 或 -` })
const required = (what: string, max: number) => z.string().min(1, { error: `请填写${what}` }).max(max, { error: `${what}不能超过 ${max} 个字` })
const optional = (what: string, max: number) => z.string().max(max, { error: `${what}不能超过 ${max} 个字` })
const coordinate = (what: string, min: number, max: number) =>
  z.string().refine((s) => s === '' || (Number.isFinite(Number(s)) && Number(s) >= min && Number(s) <= max), { error: `${what}应为 ${min} 到 ${max} 之间的数` })

/** Each sheet's row, by header, as text; each column checked on its own so every problem is named. */
export const ROW_SCHEMAS: Record<SheetName, Record<string, z.ZodType<string>>> = {
  站点: {
    站点编码: code('站点编码'),
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
    代表编码: code('代表编码'),
    姓名: required('姓名', 20),
    层级: z.string().refine((s) => s !== '' && s.split('、').every((l) => (DEPUTY_LEVELS as readonly string[]).includes(l)), {
      error: `层级应为${DEPUTY_LEVELS.join('、')}，几级用“、”隔开`,
    }),
    职务: optional('职务', 100),
    所属站点编码: code('所属站点编码'),
    手机: z.string().regex(/^$|^1\d{10}$/, { error: '手机应为 11 位数字，可以不填' }),
    状态: z.string().refine((s) => s === '在任' || s === '离任', { error: '状态应为“在任”或“离任”' }),
  },
  部门: { 部门编码: code('部门编码'), 名称: required('名称', 60) },
  类别: { 类别: required('类别', 20), 派单部门编码: z.string().regex(/^$|^[A-Za-z0-9_-]{1,30}$/, { error: '派单部门编码不正确' }) },
  节假日: {
    日期: z.string().refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
      error: '日期应为 YYYY-MM-DD',
    }),
    类型: z.string().refine((s) => s === '休' || s === '班', { error: '类型应为“休”或“班”' }),
    名称: optional('名称', 20),
  },
}
