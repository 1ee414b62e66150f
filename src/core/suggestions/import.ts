import type { Grade, SuggestionRating } from './states'

/**
 * The sheet of a year's suggestions handled on paper (`suggestions import`), one row each; the
 * columns marked * must be filled. Codes are the deputies' codes of the district workbook; units
 * are named as in its 部门 sheet; several 附议 deputies or 协办 units are separated by 、 or a comma.
 */
export const IMPORT_SHEET = '代表建议'
export const IMPORT_COLUMNS = ['建议编号', '标题*', '类别*', '领衔代表编码*', '附议代表编码', '案由', '建议内容', '主办单位*', '协办单位', '交办日期*', '答复类别', '答复内容', '答复日期', '代表评价'] as const
export type ImportColumn = (typeof IMPORT_COLUMNS)[number]

/** A row as read, each column's text without its *. */
export type ImportRow = Record<string, string>

/** A row checked: what it will be stored as. */
export interface ImportedSuggestion {
  row: number
  number: string | null
  title: string
  category: string
  leadDeputyId: string
  coDeputyIds: string[]
  situation: string
  proposal: string
  leadUnitId: string
  assistUnitIds: string[]
  assignedOn: string
  answer: { grade: Grade; text: string; on: string } | null
  rating: SuggestionRating | null
}

export interface ImportProblem {
  row: number
  column: string
  message: string
}

/** What an import answers: the rows read, the problems (nothing is written while there is one), how many were written. */
export interface ImportResult {
  rows: number
  problems: ImportProblem[]
  imported: number
  dryRun: boolean
}

/** What checking a row needs to know of the district: its categories, its deputies and units. */
export interface ImportLookups {
  categories: readonly string[]
  deputyByCode: ReadonlyMap<string, string>
  unitByName: ReadonlyMap<string, string>
  today: string
}

const list = (v: string) => v.split(/[、,，;；\s]+/).map((x) => x.trim()).filter(Boolean)
const DAY = /^\d{4}-\d{2}-\d{2}$/

/** Checks one row: what it will be stored as, or each problem with its column (nothing of a file is written while one has a problem). */
export function checkImportRow(row: number, v: ImportRow, k: ImportLookups): { item: ImportedSuggestion | null; problems: ImportProblem[] } {
  const problems: ImportProblem[] = []
  const fail = (column: string, message: string) => problems.push({ row, column, message })
  for (const c of IMPORT_COLUMNS.filter((c) => c.endsWith('*'))) if (!v[c.slice(0, -1)]) fail(c.slice(0, -1), `请填写${c.slice(0, -1)}`)
  if (v.标题 && (v.标题.length < 4 || v.标题.length > 60)) fail('标题', '标题应为 4 到 60 个字')
  if (v.类别 && !k.categories.includes(v.类别)) fail('类别', `“${v.类别}”不是本区的诉求类别`)
  const lead = k.deputyByCode.get(v.领衔代表编码?.toUpperCase())
  if (v.领衔代表编码 && !lead) fail('领衔代表编码', `没有编码为 ${v.领衔代表编码} 的本区代表`)
  const co = list(v.附议代表编码 ?? '').map((c) => ({ c, id: k.deputyByCode.get(c.toUpperCase()) }))
  for (const x of co.filter((x) => !x.id)) fail('附议代表编码', `没有编码为 ${x.c} 的本区代表`)
  const leadUnit = k.unitByName.get(v.主办单位)
  if (v.主办单位 && !leadUnit) fail('主办单位', `没有名为“${v.主办单位}”的本区承办单位`)
  const assists = list(v.协办单位 ?? '').map((n) => ({ n, id: k.unitByName.get(n) }))
  for (const x of assists.filter((x) => !x.id)) fail('协办单位', `没有名为“${x.n}”的本区承办单位`)
  for (const c of ['交办日期', '答复日期']) if (v[c] && (!DAY.test(v[c]) || v[c] > k.today)) fail(c, `${c}应为不晚于今天的日期，如 2025-03-15`)
  const grade = (v.答复类别 ?? '').replace(/类$/, '').toUpperCase()
  if (grade && !['A', 'B', 'C', 'D'].includes(grade)) fail('答复类别', '答复类别应为 A、B、C 或 D')
  const answered = !!(grade || v.答复内容 || v.答复日期)
  if (answered && (!grade || !v.答复内容 || !v.答复日期)) fail(grade ? (v.答复内容 ? '答复日期' : '答复内容') : '答复类别', '已答复的建议请同时填写答复类别、答复内容和答复日期')
  if (answered && v.答复日期 && v.交办日期 && v.答复日期 < v.交办日期) fail('答复日期', '答复日期不能早于交办日期')
  const rating = v.代表评价 || null
  if (rating && !['满意', '基本满意', '不满意'].includes(rating)) fail('代表评价', '代表评价应为满意、基本满意或不满意')
  if (rating && !answered) fail('代表评价', '未答复的建议不能有代表评价')
  if (problems.length || !lead || !leadUnit) return { item: null, problems }
  return {
    problems,
    item: {
      row, number: v.建议编号 || null, title: v.标题, category: v.类别, leadDeputyId: lead,
      coDeputyIds: [...new Set(co.map((x) => x.id!))].filter((id) => id !== lead),
      situation: v.案由 || '（纸质办理，案由未录入）', proposal: v.建议内容 || '（纸质办理，建议内容未录入）',
      leadUnitId: leadUnit, assistUnitIds: [...new Set(assists.map((x) => x.id!))].filter((id) => id !== leadUnit),
      assignedOn: v.交办日期, answer: answered ? { grade: grade as Grade, text: v.答复内容, on: v.答复日期 } : null, rating: rating as SuggestionRating | null,
    },
  }
}
