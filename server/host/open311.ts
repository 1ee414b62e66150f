import { writeToString } from '@fast-csv/format'
import { XMLBuilder } from 'fast-xml-parser'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { open311Query, type Open311Errors, type Open311Query, type Open311Request } from '../../src/core/cases/open311'
import { HTTP_STATUS } from '../../src/core/envelope'
import { errors, isDomainError } from '../../src/core/errors'
import { openDiscovery, openRequest, openRequests, openServiceDefinition, openServices } from '../cases/open-data'
import { take, type Limit } from '../limits/limits'
import type { Services } from '../runtime/context'

const CSV_COLUMNS: (keyof Open311Request)[] = [
  'service_request_id', 'status', 'status_notes', 'service_code', 'service_name', 'description', 'agency_responsible',
  'requested_datetime', 'updated_datetime', 'expected_datetime', 'lat', 'long',
]

/** Anonymous readers of the open data, by address: 120 requests a minute, counted across hosts. */
const READS: Limit = { kind: 'open311', max: 120, seconds: 60 }

type Format = 'json' | 'xml'
const FORMATS: Format[] = ['json', 'xml']
/** A path's format by its extension; JSON unless it asks for XML. */
const formatOf = (url: string): Format => (/\.xml(\?|$)/.test(url) ? 'xml' : 'json')

/** Each answer's XML as GeoReport v2 writes it: the root, and the element each item of a list is. */
const XML_SHAPES = {
  services: ['services', 'service'],
  requests: ['service_requests', 'request'],
  errors: ['errors', 'error'],
} as const
const xml = new XMLBuilder({ suppressEmptyNode: false })
/** Null as an empty element, a list as repeated elements. */
const xmlSafe = (v: unknown): unknown =>
  v === null || v === undefined ? '' : Array.isArray(v) ? v.map(xmlSafe) : typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, xmlSafe(x)])) : v
const xmlDocument = (root: object) => `<?xml version="1.0" encoding="utf-8"?>\n${xml.build(xmlSafe(root))}`

function send(reply: FastifyReply, format: Format, body: unknown, shape: keyof typeof XML_SHAPES | ((b: never) => object)) {
  if (format === 'json') return reply.send(body)
  const root = typeof shape === 'function' ? shape(body as never) : { [XML_SHAPES[shape][0]]: { [XML_SHAPES[shape][1]]: body } }
  return reply.header('content-type', 'text/xml; charset=utf-8').send(xmlDocument(root))
}

/** Open311's error shape, JSON or XML: a list of { code, description }, code the HTTP status. */
const fail = (reply: FastifyReply, format: Format, code: number, description: string) =>
  send(reply.code(code), format, [{ code, description }] satisfies Open311Errors, 'errors')


/**
 * Open data, the read half of Open311 GeoReport v2 as the specification writes it, for anyone
 * and any site (CORS open), each route in JSON and XML: discovery, services, services/{code}
 * (a definition without attributes), requests (its parameters, a page of at most 1,000 with a
 * Link to the next) and requests/{id}; requests.csv holds the same rows for a spreadsheet.
 * Every answer under /open311/, errors and unknown routes too, is in Open311's shape. Only
 * public cases, anonymized (server/cases/open-data). Each address may read 120 times a minute.
 */
export async function registerOpen311(app: FastifyInstance, services: Services) {
  /** The public address the discovery document and the Link header name: the host's (PUBLIC_URL), else the address asked. */
  const baseOf = (req: FastifyRequest) => services.publicUrl?.replace(/\/+$/, '') ?? `${req.protocol}://${req.host}`
  await app.register(
    async (api) => {
      // A client's POST (form-encoded, as the write half sends it) is read as nothing: it is answered below, not parsed.
      api.addContentTypeParser('*', (_req, _body, done) => done(null))
      api.addHook('onRequest', async (_req, reply) => void reply.header('access-control-allow-origin', '*'))
      api.setNotFoundHandler((req, reply) => fail(reply, formatOf(req.url), 404, errors.notFound.openRoute().message))
      api.setErrorHandler((e: { statusCode?: number }, req, reply) => {
        if (!e.statusCode || e.statusCode >= 500) req.log.error(e)
        return fail(reply, formatOf(req.url), e.statusCode && e.statusCode < 500 ? e.statusCode : 500, '服务器出错了，请稍后再试')
      })

      /** Counts the read, reads the parameters, and answers `work`'s result, or its failure in Open311's shape. */
      const read = async (req: FastifyRequest, reply: FastifyReply, format: Format, work: (q: Open311Query) => Promise<unknown>) => {
        if (!(await take(services.db, READS, `ip:${req.ip}`))) return fail(reply.header('retry-after', '60'), format, 429, '请求太频繁，请一分钟后再试')
        const parsed = open311Query.safeParse(req.query)
        if (!parsed.success) return fail(reply, format, 400, parsed.error.issues[0]?.message ?? '请求参数不正确')
        reply.header('cache-control', 'public, max-age=60')
        try {
          return await work(parsed.data)
        } catch (e) {
          if (isDomainError(e)) return fail(reply, format, HTTP_STATUS[e.code], e.message)
          throw e
        }
      }
      /** `name.json`, `name.xml`: the name, and the format asked. */
      const fileOf = (file: string) => /^(.{1,40})\.(json|xml)$/.exec(file)

      for (const f of FORMATS) {
        const discovery = (req: FastifyRequest, reply: FastifyReply) =>
          read(req, reply, f, async () => send(reply, f, openDiscovery(baseOf(req)), (d: ReturnType<typeof openDiscovery>) => ({
            discovery: { ...d, endpoints: { endpoint: d.endpoints.map((x) => ({ ...x, formats: { format: x.formats } })) } },
          })))
        api.get(`/discovery.${f}`, discovery)
        api.get(`/v2/discovery.${f}`, discovery)
        api.get(`/v2/services.${f}`, (req, reply) => read(req, reply, f, async (q) => send(reply, f, await openServices(services.db, q.jurisdiction_id), 'services')))
        api.get(`/v2/requests.${f}`, (req, reply) =>
          read(req, reply, f, async (q) => {
            const page = await openRequests(services.db, q, services.now())
            if (page.after) reply.header('link', `<${baseOf(req)}/open311/v2/requests.${f}?${nextQuery(req, page.after)}>; rel="next"`)
            return send(reply, f, page.requests, 'requests')
          }),
        )
        api.post(`/v2/requests.${f}`, (_req, reply) =>
          fail(reply.header('allow', 'GET'), f, 405, '这里只提供开放数据的查询（GeoReport v2 的读取部分），不受理提交；居民请在微信小程序“码上说事”中反映问题'),
        )
      }
      api.get<{ Params: { file: string } }>('/v2/services/:file', (req, reply) => {
        const file = fileOf(req.params.file)
        if (!file) return fail(reply, formatOf(req.url), 404, errors.notFound.openService().message)
        const f = file[2] as Format
        return read(req, reply, f, async (q) =>
          send(reply, f, await openServiceDefinition(services.db, q.jurisdiction_id, file[1]), (d: { service_code: string }) => ({ service_definition: { ...d, attributes: '' } })),
        )
      })
      api.get<{ Params: { file: string } }>('/v2/requests/:file', (req, reply) => {
        const file = fileOf(req.params.file)
        if (!file) return fail(reply, formatOf(req.url), 404, errors.notFound.publicCase().message)
        const f = file[2] as Format
        return read(req, reply, f, async (q) => send(reply, f, await openRequest(services.db, q.jurisdiction_id, file[1]), 'requests'))
      })
      api.get('/v2/requests.csv', (req, reply) =>
        read(req, reply, 'json', async (q) => {
          const { requests } = await openRequests(services.db, q, services.now())
          const csv = await writeToString(requests, { headers: CSV_COLUMNS, writeBOM: true })
          return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="requests.csv"').send(csv)
        }),
      )
    },
    { prefix: '/open311' },
  )
}

/** The asked query with `after` set to the next page's cursor (and no `page`: the cursor says where). */
function nextQuery(req: FastifyRequest, after: string): string {
  const q = new URLSearchParams(req.url.split('?')[1] ?? '')
  q.delete('page')
  q.set('after', after)
  return q.toString()
}
