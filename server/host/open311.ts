import { writeToString } from '@fast-csv/format'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { open311Query, type Open311Request } from '../../src/core/cases/open311'
import { HTTP_STATUS } from '../../src/core/envelope'
import { isDomainError } from '../../src/core/errors'
import { openRequest, openRequests, openServices } from '../cases/open-data'
import { take, type Limit } from '../limits/limits'
import type { Services } from '../runtime/context'

const BASE = '/open311/v2'
const CSV_COLUMNS: (keyof Open311Request)[] = [
  'service_request_id', 'status', 'status_notes', 'service_code', 'service_name', 'description', 'agency_responsible',
  'requested_datetime', 'updated_datetime', 'expected_datetime', 'lat', 'long',
]

/** Anonymous readers of the open data, by address: 120 requests a minute, counted across hosts. */
const READS: Limit = { kind: 'open311', max: 120, seconds: 60 }

/** Open311's error shape: a list of { code, description }, with the same HTTP status. */
const fail = (reply: FastifyReply, code: number, description: string) => reply.code(code).send([{ code, description }])

/**
 * Open data, the read half of Open311 GeoReport v2, for anyone and any site (CORS open):
 * services.json, requests.json (filters and paging), requests/{id}.json, and requests.csv with
 * the same rows for a spreadsheet. Only public cases, anonymized (server/cases/open-data).
 * Each address may read 120 times a minute.
 */
export function registerOpen311(app: FastifyInstance, services: Services) {
  const answer = async (reply: FastifyReply, work: () => Promise<unknown>) => {
    reply.header('access-control-allow-origin', '*').header('cache-control', 'public, max-age=60')
    try {
      return await work()
    } catch (e) {
      if (isDomainError(e)) return fail(reply, HTTP_STATUS[e.code], e.message)
      throw e
    }
  }
  const query = async (req: FastifyRequest, reply: FastifyReply, then: (q: ReturnType<typeof open311Query.parse>) => Promise<unknown>) => {
    if (!(await take(services.db, READS, `ip:${req.ip}`))) return fail(reply.header('retry-after', '60'), 429, '请求太频繁，请一分钟后再试')
    const parsed = open311Query.safeParse(req.query ?? {})
    if (!parsed.success) return fail(reply, 400, parsed.error.issues[0]?.message ?? '请求参数不正确')
    return answer(reply, () => then(parsed.data))
  }
  app.get(`${BASE}/services.json`, (req, reply) => query(req, reply, (q) => openServices(services.db, q.jurisdiction_id)))
  app.get(`${BASE}/requests.json`, (req, reply) => query(req, reply, (q) => openRequests(services.db, q, services.now())))
  app.get(`${BASE}/requests.csv`, (req, reply) =>
    query(req, reply, async (q) => {
      const rows = await openRequests(services.db, q, services.now())
      const csv = await writeToString(rows, { headers: CSV_COLUMNS, writeBOM: true })
      return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="requests.csv"').send(csv)
    }),
  )
  app.get<{ Params: { file: string } }>(`${BASE}/requests/:file`, (req, reply) => {
    const number = /^(.{1,40})\.json$/.exec(req.params.file)?.[1]
    if (!number) return fail(reply, 404, '没有这件诉求')
    return query(req, reply, (q) => openRequest(services.db, q.jurisdiction_id, number))
  })
}
