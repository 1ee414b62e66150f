import type { SuggestionTerms } from '../suggestions/deadlines'

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

/** What a column holds: how its cells are read, and what of them is put in its one certain form. */
export type ColumnKind = 'code' | 'mobile' | 'phone' | 'number' | 'date' | 'name' | 'text'
const COLUMN_KINDS: Record<string, ColumnKind> = {
  站点编码: 'code', 代表编码: 'code', 所属站点编码: 'code', 部门编码: 'code', 派单部门编码: 'code',
  手机: 'mobile', 联系电话: 'phone', 纬度: 'number', 经度: 'number', 日期: 'date', 姓名: 'name',
}
/** A column's kind by its header; a header no sheet gives a kind to is free text. */
export const columnKind = (header: string): ColumnKind => COLUMN_KINDS[header] ?? 'text'

/** What the import put in its certain form instead of refusing: told to the admin, counted by kind. */
export type NoticeKind = '表头位置' | '全角字符' | '不可见字符' | '电话写法' | '姓名空格' | '日期写法'

/** One kind of change in one sheet: how many cells, and the first few as they were and as they are kept. */
export interface WorkbookNotice {
  sheet: SheetName
  kind: NoticeKind
  count: number
  examples: { row: number; column: string; from: string; to: string }[]
}

export type ImportCounts = Record<SheetName, { created: number; updated: number; unchanged: number }>

/** Each sheet's key column: a row is matched by it on import, and a record is named by it. */
export const KEY_COLUMN: Record<SheetName, string> = { 站点: '站点编码', 代表: '代表编码', 部门: '部门编码', 类别: '类别', 节假日: '日期' }

/** One record as the admin pages edit it: the sheet's row (by header), its version and, for a station, what the sheet lacks. */
export interface RecordView {
  key: string
  version: number
  row: Record<string, string>
  /** A station: open (true) or retired (false); its service area as a GeoJSON polygon. */
  active?: boolean
  serviceArea?: GeoPolygon | null
}

export interface GeoPolygon {
  type: 'Polygon'
  /** Rings of [longitude, latitude], the first the outline; each closed (its last point its first). */
  coordinates: [number, number][][]
}

/** The outcome of removing a record: removed, or (a station still in use) retired instead, with why. */
export type RemoveOutcome = { removed: true } | { removed: false; retired: true; message: string }

/** A district's settings as the admin edits them. */
export interface DistrictSettings {
  name: string
  /** Its administrative division code (行政区划代码, 140403 for 潞州区): Open311's jurisdiction_id. */
  code: string
  casePrefix: string
  deadlines: { firstResponse: number; dispatch: number; departmentAcceptance: number; resolution: number; ratingWindowDays: number }
  /** 建议办理: months to answer from 交办, days to sign. */
  suggestionTerms: SuggestionTerms
  version: number
}

/** The region tree: the district, its streets and townships, their communities, and how many stations each holds. */
export interface RegionNode {
  name: string
  level: 'district' | 'street' | 'community'
  stations: number
  children: RegionNode[]
}

/** One step of a new district's first run: how many there are, whether it is done, and where to do it. */
export interface ChecklistItem {
  key: 'settings' | 'holidays' | 'stations' | 'deputies' | 'departments' | 'categories' | 'catalogue' | 'people' | 'reception'
  label: string
  count: number
  done: boolean
  path: string
}
