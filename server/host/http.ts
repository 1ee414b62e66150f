import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Envelope } from '../../src/core/envelope'
import type { Caller } from '../runtime/context'

/**
 * Answers with JSON. `unread`: the request body was left unread, so the connection is closed
 * rather than reused with the rest of that body still in it.
 */
export function send(res: ServerResponse, status: number, body: Envelope | object, { unread = false } = {}) {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...(unread ? { connection: 'close' } : {}),
  })
  res.end(text)
}

/** The host's callers carry the session token as a bearer token. */
export const callerOf = (req: IncomingMessage): Caller => {
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')
  return m ? { kind: 'token', token: m[1] } : { kind: 'anonymous' }
}
