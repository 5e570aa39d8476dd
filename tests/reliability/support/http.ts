import { connect } from 'node:net'
import { figures } from './figures.ts'

/** What the real client sends on every request; without it the server refuses state changes. */
export const XHR = { 'x-requested-with': 'XMLHttpRequest' }

export interface Answer<T = unknown> {
  status: number
  headers: Headers
  text: string
  /** The parsed body, or undefined when it was not JSON. */
  body: T
}

export interface SendOptions {
  cookie?: string
  body?: unknown
  headers?: Record<string, string>
  /** Leave out X-Requested-With, as a cross-site form or a bare script would. */
  noXhr?: boolean
}

function count(status: number): void {
  figures.requests++
  if (status >= 500) figures.status5xx++
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined
  } catch {
    return undefined
  }
}

/** One request over real HTTP, counted for the summary. A dropped connection rejects. */
export async function send<T = unknown>(
  base: string,
  method: string,
  path: string,
  options: SendOptions = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...(options.noXhr ? {} : XHR), ...options.headers }
  if (options.cookie) headers['cookie'] = options.cookie
  if (options.body !== undefined) headers['content-type'] ??= 'application/json'
  let res: Response
  try {
    res = await fetch(base + path, {
      method,
      headers,
      body:
        options.body === undefined
          ? undefined
          : typeof options.body === 'string'
            ? options.body
            : JSON.stringify(options.body),
    })
  } catch (error) {
    figures.requests++
    throw error
  }
  const text = await res.text()
  count(res.status)
  return { status: res.status, headers: res.headers, text, body: parse(text) as T }
}

/** The name=value part of the session cookie a response set. */
export function sessionCookieOf(headers: Headers): string {
  const match = /sid=[^;]+/.exec(headers.getSetCookie().join('\n'))
  if (!match) throw new Error('no session cookie was set')
  return match[0]
}

export async function logIn(base: string, username: string, password = 'demo123'): Promise<string> {
  const res = await send(base, 'POST', '/api/session', { body: { username, password } })
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${res.text}`)
  return sessionCookieOf(res.headers)
}

export interface RawAnswer {
  /** 0 when the server closed the connection without an answer. */
  status: number
  headers: Record<string, string>
  text: string
}

function dechunk(body: string): string {
  let out = ''
  for (let rest = body; ;) {
    const eol = rest.indexOf('\r\n')
    const size = parseInt(rest.slice(0, eol), 16)
    if (eol < 0 || !size) return out
    out += rest.slice(eol + 2, eol + 2 + size)
    rest = rest.slice(eol + 2 + size + 2)
  }
}

/**
 * Writes bytes straight onto a socket, for what fetch refuses to send: broken request lines, lone
 * surrogates in paths, duplicate headers, lying lengths. The request should say Connection: close.
 */
export function sendRaw(base: string, request: string | Buffer): Promise<RawAnswer> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    // Write without ending our side: a half-closed socket makes Node drop answers still being made.
    const socket = connect(Number(port), hostname, () => socket.write(request))
    socket.setTimeout(15_000, () => socket.destroy(new Error('no answer in 15 s')))
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    // A reset after the answer (the server stops reading an oversized body) still leaves the answer;
    // no answer at all resolves with status 0, which the tests count as a failure.
    socket.on('error', () => {})
    socket.on('close', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      const split = raw.indexOf('\r\n\r\n')
      const head = split < 0 ? raw : raw.slice(0, split)
      const [statusLine = '', ...lines] = head.split('\r\n')
      const headers: Record<string, string> = {}
      for (const line of lines) {
        const colon = line.indexOf(':')
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
      }
      const body = split < 0 ? '' : raw.slice(split + 4)
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0)
      count(status)
      resolve({ status, headers, text: headers['transfer-encoding'] === 'chunked' ? dechunk(body) : body })
    })
  })
}
