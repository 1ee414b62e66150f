import { z } from 'zod'
import { CASE_STATES, type CaseStatus } from './states'

/**
 * Open data in the shape of Open311 GeoReport v2 (the read half): the cases whose residents
 * allowed them to be shown, anonymized, their places rounded to about 100 m.
 */

/** Without dates, the last 90 days, as the spec suggests; at most this many per page. */
export const OPEN311_DAYS = 90
export const OPEN311_PAGE_SIZE = 50
export const OPEN311_PAGE_MAX = 200
/** A description is the resident's own shown words, cut to this many characters. */
export const OPEN311_TEXT = 200

const moment = (what: string) =>
  z.union([z.iso.datetime({ offset: true }), z.iso.date()], { error: `${what}应为 W3C 日期时间，如 2026-11-01T00:00:00+08:00` })
const list = (what: string, item: RegExp) =>
  z
    .string()
    .max(400, { error: `${what}太长` })
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .refine((xs) => xs.every((x) => item.test(x)), { error: `${what}不正确` })

export const open311Query = z
  .object({
    jurisdiction_id: z.string().max(40, { error: 'jurisdiction_id 不正确' }).optional(),
    service_code: list('service_code', /^.{1,20}$/u).optional(),
    status: list('status', /^(open|closed)$/).optional(),
    start_date: moment('start_date').optional(),
    end_date: moment('end_date').optional(),
    page: z.coerce.number({ error: 'page 应为正整数' }).int({ error: 'page 应为正整数' }).min(1, { error: 'page 应为正整数' }).max(10_000, { error: 'page 太大' }).default(1),
    page_size: z.coerce
      .number({ error: 'page_size 应为正整数' })
      .int({ error: 'page_size 应为正整数' })
      .min(1, { error: 'page_size 应为正整数' })
      .max(OPEN311_PAGE_MAX, { error: `page_size 最大 ${OPEN311_PAGE_MAX}` })
      .default(OPEN311_PAGE_SIZE),
  })
  .refine((q) => !q.start_date || !q.end_date || Date.parse(q.start_date) <= Date.parse(q.end_date), { error: 'start_date 不能晚于 end_date' })

export type Open311Query = z.output<typeof open311Query>

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

/** Where a case stands in the five orders (五单), as the seeds name them. */
const FIVE_ORDERS: Record<CaseStatus, string> = {
  submitted: '选民接单',
  accepted: '选民接单',
  answered: '选民接单（代表当场答复）',
  declined: '选民接单（不予受理）',
  dispatched: '人大派单',
  in_progress: '部门接单、代表跟单',
  resolved: '部门办结，待群众评单',
  rated: '群众评单',
  merged: '已与同类诉求合并',
  withdrawn: '居民已撤回',
  closed: '办理完毕',
}

export const statusNotes = (status: CaseStatus, rating: string | null): string =>
  `${FIVE_ORDERS[status]}（${CASE_STATES[status].label}）${rating ? `；群众评价：${rating}` : ''}`

export { roundPlace } from '../privacy/places'

/** Open311's two states: the state's own type. */
export const open311Status = (status: CaseStatus): 'open' | 'closed' => CASE_STATES[status].type
