import { KEY_COLUMN, levelOfTitle, SHEET_NAMES, titleOfLevel, type SheetName } from '../../src/core/admin/workbook'
import type { CategoryData, DepartmentData, DeputyData, HolidayData, StationData } from './district-data-repository'

/** A record as its sheet's row: each cell's text by header. */
export type Row = Record<string, string>

/** A deputy as a row gives it: the phone in the clear (only its ciphertext is kept). */
export type DeputyInput = Omit<DeputyData, 'phoneEnc'> & { phone: string }

/** What each sheet's rows are as stored records. */
export interface SheetRecords {
  站点: StationData
  代表: Omit<DeputyData, 'phoneEnc'>
  部门: DepartmentData
  类别: CategoryData
  节假日: HolidayData
}

/** Records as rows (export, the edit pages, the audit trail). A phone is never written out. */
export const rowOf: { [S in SheetName]: (r: SheetRecords[S]) => Row } = {
  站点: (s) => ({
    站点编码: s.code, 名称: s.name, 类型: s.kind, 街道乡镇: s.street, 社区: s.community, 地址: s.address, 纬度: s.latitude, 经度: s.longitude, 开放时间: s.openHours,
    联系电话: s.contact,
  }),
  代表: (x) => ({
    代表编码: x.code, 姓名: x.name, 层级: x.levels.map(levelOfTitle).join('、'), 职务: x.duties, 所属站点编码: x.stationCode, 手机: '', 状态: x.active ? '在任' : '离任',
  }),
  部门: (x) => ({ 部门编码: x.code, 名称: x.name }),
  类别: (x) => ({ 类别: x.name, 派单部门编码: x.departmentCode }),
  节假日: (x) => ({ 日期: x.day, 类型: x.kind, 名称: x.name }),
}

/** Rows (checked already) as records; `place` is the district's name (县区 reads 区 or 县), `sort` where a new category goes. */
export const recordsOf = {
  站点: (v: Row): StationData => ({
    code: v.站点编码, name: v.名称, kind: v.类型, street: v.街道乡镇, community: v.社区, address: v.地址,
    latitude: v.纬度 ? String(Number(v.纬度)) : '', longitude: v.经度 ? String(Number(v.经度)) : '', openHours: v.开放时间, contact: v.联系电话,
  }),
  代表: (v: Row, place: string): DeputyInput => ({
    code: v.代表编码, name: v.姓名, levels: v.层级.split('、').map((l) => titleOfLevel(l, place)), duties: v.职务, stationCode: v.所属站点编码,
    active: v.状态 === '在任', phone: v.手机,
  }),
  部门: (v: Row): DepartmentData => ({ code: v.部门编码, name: v.名称 }),
  类别: (v: Row, sort: number): CategoryData => ({ name: v.类别, departmentCode: v.派单部门编码, sort }),
  节假日: (v: Row): HolidayData => ({ day: v.日期, kind: v.类型, name: v.名称 }),
}

/** A row's key: its sheet's key column. */
export const keyOf = (sheet: SheetName, row: Row): string => row[KEY_COLUMN[sheet]] ?? ''

/** Every sheet empty but `sheet`, which holds `rows` (a workbook with nothing, or one record as a workbook of one row). */
export const onlySheet = <T>(sheet: SheetName | null = null, rows: T[] = []): Record<SheetName, T[]> =>
  Object.fromEntries(SHEET_NAMES.map((s) => [s, s === sheet ? rows : []])) as Record<SheetName, T[]>
