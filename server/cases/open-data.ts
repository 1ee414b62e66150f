import gcoord from 'gcoord'
import { publicExcerpt } from '../../src/core/privacy/redact'
import {
  OPEN311_DAYS,
  type Open311Discovery,
  type Open311ServiceDefinition,
  OPEN311_TEXT,
  open311Status,
  roundPlace,
  statusNotes,
  type Open311Query,
  type Open311Request,
  type Open311Service,
} from '../../src/core/cases/open311'
import { CASE_STATUSES } from '../../src/core/cases/states'
import { errors } from '../../src/core/errors'
import { shanghaiDayEnd, shanghaiDayStart, w3cShanghai } from '../../src/core/time'
import { afterCursor, pageOf } from '../db/cursor'
import type { Queryable } from '../db/queryable'
import { districtById } from '../districts/districts'
import { jurisdiction, publicCases, type PublicCaseRow } from './open-data-repository'

async function districtOf(q: Queryable, code: string | undefined) {
  const d = await jurisdiction(q, code)
  if (!d) throw code === undefined ? errors.validation.jurisdictionNeeded() : errors.notFound.jurisdiction()
  return d
}

/**
 * A case as open data: the resident's shown words with names, numbers and doors taken out, the
 * place moved to a grid of about 100 m (and from GCJ-02 to WGS-84, which Open311 clients read),
 * no address, phone, photo or person.
 */
function requestOf(c: PublicCaseRow): Open311Request {
  const place = c.latitude !== null && c.longitude !== null ? gcoord.transform([c.longitude, c.latitude], gcoord.GCJ02, gcoord.WGS84) : null
  return {
    service_request_id: c.number,
    status: open311Status(c.status),
    status_notes: statusNotes(c.status, c.resultRating),
    service_name: c.category,
    service_code: c.category,
    description: publicExcerpt(c.text, true, OPEN311_TEXT),
    agency_responsible: c.agency,
    service_notice: '',
    requested_datetime: w3cShanghai(c.createdAt),
    updated_datetime: w3cShanghai(c.updatedAt),
    expected_datetime: c.dueAt && w3cShanghai(c.dueAt),
    lat: place && roundPlace(place[1]),
    long: place && roundPlace(place[0]),
  }
}

/** services.json: the district's categories. */
export async function openServices(q: Queryable, code: string | undefined): Promise<Open311Service[]> {
  const d = await districtOf(q, code)
  return (await districtById(q, d.id)).categories.map((name) => ({
    service_code: name,
    service_name: name,
    description: `${d.name}居民向人大代表反映的${name}问题`,
    metadata: false,
    type: 'realtime',
    keywords: name,
    group: '码上说事',
  }))
}

/** services/{code}: a service's definition; every service here has no attributes (metadata false). */
export async function openServiceDefinition(q: Queryable, code: string | undefined, service: string): Promise<Open311ServiceDefinition> {
  const known = (await openServices(q, code)).some((s) => s.service_code === service)
  if (!known) throw errors.notFound.openService()
  return { service_code: service, attributes: [] }
}

/**
 * requests: the district's public cases, newest first — those named by service_request_id, or
 * those filed in the period (by default the last 90 days) and filtered; a page of them, with the
 * keyset cursor of the next when the page is full.
 */
export async function openRequests(q: Queryable, query: Open311Query, now: Date): Promise<{ requests: Open311Request[]; after?: string }> {
  const d = await districtOf(q, query.jurisdiction_id)
  // A date alone is a whole Shanghai day: from its start, through its end.
  const moment = (s: string, end: boolean) => (s.length === 10 ? (end ? shanghaiDayEnd(s) : shanghaiDayStart(s)) : new Date(s))
  const to = query.end_date ? moment(query.end_date, true) : now
  const from = query.start_date ? moment(query.start_date, false) : new Date(to.getTime() - OPEN311_DAYS * 86_400_000)
  const states = query.status && CASE_STATUSES.filter((s) => query.status!.includes(open311Status(s)))
  const after = query.after ? afterCursor(query.after) : null
  const filter = { districtId: d.id, numbers: query.service_request_id ?? null, categories: query.service_code ?? null, states: states ?? null, from, to, after }
  const rows = await publicCases(q, filter, after ? 0 : (query.page - 1) * query.page_size, query.page_size + 1)
  const page = pageOf(rows, query.page_size)
  return { requests: rows.slice(0, query.page_size).map(requestOf), ...(page.cursor ? { after: page.cursor } : {}) }
}

/** requests/{id}: one public case by its number (in any case), as a list of one. */
export async function openRequest(q: Queryable, code: string | undefined, number: string): Promise<Open311Request[]> {
  const d = await districtOf(q, code)
  const [c] = await publicCases(q, { districtId: d.id, numbers: [number], categories: null, states: null, from: new Date(0), to: new Date(0), after: null }, 0, 1)
  if (!c) throw errors.notFound.publicCase()
  return [requestOf(c)]
}

/** discovery: the one endpoint, its formats, and whom to ask. */
export function openDiscovery(base: string): Open311Discovery {
  const changeset = '2026-12-07T00:00:00+08:00'
  return {
    changeset,
    contact: '本区人大常委会办公室（码上说事）',
    key_service: '只读开放数据，无需 api_key；每个地址每分钟 120 次',
    endpoints: [{ specification: 'http://wiki.open311.org/GeoReport_v2', url: `${base}/open311/v2`, changeset, type: 'production', formats: ['application/json', 'text/xml'] }],
  }
}
