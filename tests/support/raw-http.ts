import { readdirSync } from 'node:fs'
import { request, type Agent } from 'node:http'
import { connect } from 'node:net'

/** How many files a process holds open. */
export const openFiles = (pid: number) => readdirSync(`/proc/${pid}/fd`).length

/** The multipart body a browser's FormData sends for one file. */
export function multipart(bytes: Buffer, boundary = '----mashang1700000000000') {
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="file-1700000000000"\r\ncontent-type: application/octet-stream\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return { body, contentType: `multipart/form-data; boundary=${boundary}` }
}

/**
 * Sends a request over a bare socket, the way a phone on a failing network does:
 * `send` bytes of `body` go out, then the socket is closed (`end`, a clean half-close, or
 * `destroy`, a dropped connection) without waiting for an answer, or `answer` waits for it.
 * Resolves with whatever came back (possibly nothing).
 */
export function rawRequest(
  base: string,
  { method, path, headers, body = Buffer.alloc(0), send = body.length, close = 'answer', readBytes }: {
    method: string
    path: string
    headers: Record<string, string | number>
    body?: Buffer
    send?: number
    close?: 'answer' | 'end' | 'destroy'
    /** With `destroy`: wait for this many bytes of the answer first (a download cancelled midway). */
    readBytes?: number
  },
): Promise<string> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname)
    let got = Buffer.alloc(0)
    const done = () => resolve(got.toString('utf8'))
    socket.on('error', done)
    socket.on('close', done)
    socket.on('data', (d) => {
      got = Buffer.concat([got, d])
      if (readBytes !== undefined && got.length >= readBytes) socket.destroy()
    })
    socket.on('connect', () => {
      const head = [`${method} ${path} HTTP/1.1`, `host: ${hostname}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), '', ''].join('\r\n')
      socket.write(head)
      socket.write(body.subarray(0, send))
      if (close === 'end') socket.end()
      if (close === 'destroy' && readBytes === undefined) setTimeout(() => socket.destroy(), 20)
    })
  })
}

/**
 * Calls a function over HTTP the way one phone does: on its own connection (`agent`, or a new
 * connection for this call alone). Rejects when the connection is cut before the whole answer.
 */
export function postJson(base: string, path: string, body: unknown, token?: string, agent?: Agent): Promise<{ code: string; data: any; message: string }> {
  const text = JSON.stringify(body)
  return new Promise((ok, fail) => {
    const req = request(`${base}${path}`, {
      method: 'POST',
      agent: agent ?? false,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
        ...(agent ? {} : { connection: 'close' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    })
    req.on('response', (res) => {
      let got = ''
      res.setEncoding('utf8')
      res.on('data', (d) => (got += d))
      res.on('end', () => (res.complete ? ok(JSON.parse(got)) : fail(new Error('answer cut off'))))
      res.on('error', fail)
    })
    req.on('error', fail)
    req.end(text)
  })
}
