import type { FastifyReply } from 'fastify'
import { HTTP_STATUS, type Envelope, type ResultCode } from '../../src/core/envelope'
import type { Caller } from '../runtime/context'

/** The host's callers carry the session token as a bearer token, and the address they came from. */
export const callerOf = (authorization: string | undefined, address: string): Caller => {
  const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')
  return m ? { kind: 'token', token: m[1], address } : { kind: 'anonymous', address }
}

/** Answers with an envelope, its code mirrored in the HTTP status unless a more precise one is given (413). */
export const replyWith = (reply: FastifyReply, envelope: Envelope, status = HTTP_STATUS[envelope.code]) =>
  reply.code(status).header('cache-control', 'no-store').send(envelope)

/** Answers with a refusal; `close`: the request body may be left unread, so the connection is not reused. */
export function sendEnvelope(reply: FastifyReply, code: ResultCode, message: string, { status = HTTP_STATUS[code], close = false } = {}) {
  if (close) reply.header('connection', 'close')
  return replyWith(reply, { code, data: null, message }, status)
}
