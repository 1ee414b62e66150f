import { z } from 'zod'
import { CASE_STATES, type CaseStatus } from './states'

/**
 * Open data in the shape of Open311 GeoReport v2 (the read half): the cases whose residents
 * allowed them to be shown, anonymized, their places rounded to about 100 m.
 */

/** Without dates, the last 90 days, as the spec suggests. */
export const OPEN311_DAYS = 90
/** The spec's default limit of a list, and the most one answer holds. */
export const OPEN311_PAGE_SIZE = 1000
/** How far `page` reaches (page × page_size); past it, the `after` of the Link header's next page. */
export const OPEN311_OFFSET_MAX = 10_000
/** A description is the resident's own shown words, cut to this many characters. */
export const OPEN311_TEXT = 200

const moment = (what: string) =>
  z.union([z.iso.datetime({ offset: true }), z.iso.date()], { error: `${what}应为 W3C 日期时间，如 2026-11-01T00:00:00+08:00` })
const list = (what: string, item: RegExp, most = 400) =>
  z
    .string()
    .max(most, { error: `${what}太长` })
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .refine((xs) => xs.every((x) => item.test(x)), { error: `${what}不正确` })
const whole = (what: string, max: number, most: string) =>
  z.coerce.number({ error: `${what} 应为正整数` }).int({ error: `${what} 应为正整数` }).min(1, { error: `${what} 应为正整数` }).max(max, { error: most })

/** A parameter given empty (?status=) is not given; one given twice (?status=open&status=closed) is a list. */
const asGiven = (q: unknown) =>
  Object.fromEntries(
    Object.entries((q ?? {}) as Record<string, unknown>)
      .map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v])
      .filter(([, v]) => v !== '' && v !== undefined),
  )

/**
 * requests' parameters as GeoReport v2 writes them (with page, page_size and the keyset `after`):
 * service_request_id, a comma list, overrides every other one but jurisdiction_id.
 */
export const open311Query = z.preprocess(
  asGiven,
  z
    .object({
      jurisdiction_id: z.string().max(40, { error: 'jurisdiction_id 不正确' }).optional(),
      service_request_id: list('service_request_id', /^[A-Za-z0-9-]{1,40}$/, 4000).optional(),
      service_code: list('service_code', /^.{1,20}$/u).optional(),
      status: list('status', /^(open|closed)$/).optional(),
      start_date: moment('start_date').optional(),
      end_date: moment('end_date').optional(),
      page: whole('page', 10_000, 'page 太大').default(1),
      page_size: whole('page_size', OPEN311_PAGE_SIZE, `page_size 最大 ${OPEN311_PAGE_SIZE}`).default(OPEN311_PAGE_SIZE),
      after: z.string().max(200, { error: 'after 不正确' }).optional(),
    })
    .refine((q) => !q.start_date || !q.end_date || Date.parse(q.start_date) <= Date.parse(q.end_date), { error: 'start_date 不能晚于 end_date' })
    .refine((q) => (q.page - 1) * q.page_size <= OPEN311_OFFSET_MAX, { error: `page 只能翻到第 ${OPEN311_OFFSET_MAX.toLocaleString('en')} 条；再往后请用应答 Link 头里的下一页地址（after）` })
    .refine((q) => !q.service_request_id || q.service_request_id.length <= 100, { error: 'service_request_id 一次最多 100 个' }),
)

export type Open311Query = z.output<typeof open311Query>

/** Open311's errors: a list of { code, description }, code the HTTP status. */
export type Open311Errors = { code: number; description: string }[]

/** A service (a district's category of concern), as services.json lists it. */
export interface Open311Service {
  service_code: string
  service_name: string
  description: string
  metadata: false
  type: 'realtime'
  keywords: string
  group: string
}

/** A request as requests.json answers it: no name, phone, address or photo; the place on a grid of about 100 m. */
export interface Open311Request {
  service_request_id: string
  status: 'open' | 'closed'
  status_notes: string
  service_name: string
  service_code: string
  description: string
  agency_responsible: string
  service_notice: string
  requested_datetime: string
  updated_datetime: string
  expected_datetime: string | null
  lat: number | null
  long: number | null
}

/** A service's definition: every service here asks for nothing beyond the request itself (metadata false), so it has no attributes. */
export interface Open311ServiceDefinition {
  service_code: string
  attributes: []
}

/** The discovery document: where the endpoint is, what it speaks, and whom to ask. */
export interface Open311Discovery {
  changeset: string
  contact: string
  key_service: string
  endpoints: { specification: string; url: string; changeset: string; type: 'production'; formats: string[] }[]
}

/** Where a case stands in the five orders (五单), as the seeds name them: its status_notes. */
const FIVE_ORDERS: Record<CaseStatus, string> = {
  submitted: '选民接单（已提交）',
  accepted: '选民接单（已受理）',
  answered: '选民接单（代表已当场答复）',
  declined: '选民接单（不予受理）',
  dispatched: '人大派单（已派单）',
  in_progress: '部门接单、代表跟单（办理中）',
  resolved: '部门办结，待群众评单',
  rated: '群众评单（已评价）',
  merged: '已与同类诉求合并',
  withdrawn: '居民已撤回',
  closed: '办理完毕（已关闭）',
}

export const statusNotes = (status: CaseStatus, rating: string | null): string => `${FIVE_ORDERS[status]}${rating ? `；群众评价：${rating}` : ''}`

export { roundPlace } from '../privacy/places'

/** Open311's two states: the state's own type. */
export const open311Status = (status: CaseStatus): 'open' | 'closed' => CASE_STATES[status].type
