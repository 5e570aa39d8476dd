import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { DomainError } from '../errors.ts'
import { API_HEADERS, headersFor } from './security.ts'

const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'INVALID_CONTENT_LENGTH',
}

/** A code for the other 4xx that plugins raise (a static file's 403, say), rather than BAD_REQUEST for all. */
const STATUS_ERRORS: Record<number, [string, string]> = {
  403: ['FORBIDDEN', '禁止访问'],
  404: ['NOT_FOUND', '请求的资源不存在'],
  405: ['METHOD_NOT_ALLOWED', '不支持该请求方法'],
  413: ['BODY_TOO_LARGE', '请求内容过大'],
  415: ['UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型'],
  429: ['RATE_LIMITED', '请求过于频繁，请稍后再试'],
}

/**
 * The database is busy or out of reach for a moment (SQLite's lock held past busy_timeout, PostgreSQL
 * restarting, out of connections, or a deadlock that kept recurring): nothing was written, and the
 * same request can simply be sent again.
 */
function isTemporary(err: { code?: unknown }): boolean {
  const code = typeof err.code === 'string' ? err.code : ''
  return (
    code === 'SQLITE_BUSY' ||
    code === 'ECONNREFUSED' ||
    code === 'ECONNRESET' ||
    /^(08|53|57P0|40001|40P01)/.test(code)
  )
}

function send(
  reply: { code: (n: number) => { send: (b: unknown) => unknown } },
  status: number,
  code: string,
  message: string,
  details?: Record<string, string | number>,
): unknown {
  return reply.code(status).send({ error: { ...details, code, message } })
}

/**
 * One place turns every failure into `{ error: { code, message } }`: schema failures are 400s that say
 * which field, domain errors keep their own code, and anything unexpected is a 500 that leaks nothing.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof DomainError) return send(reply, err.statusCode, err.code, err.message, err.details)
    if (err.validation) {
      const where = err.validationContext ?? 'request'
      const first = err.validation[0]
      const field = first?.instancePath
        ? first.instancePath.slice(1).replace(/\//g, '.')
        : String(first?.params?.['missingProperty'] ?? '')
      return send(
        reply,
        400,
        'VALIDATION_FAILED',
        `参数不合法（${where}${field ? `.${field}` : ''}）：${first?.message ?? err.message}`,
      )
    }
    const status = err.statusCode ?? 500
    if (status >= 400 && status < 500) {
      const known = err.code ? FASTIFY_CODES[err.code] : undefined
      if (known) return send(reply, status, known, err.message)
      const [code, message] = STATUS_ERRORS[status] ?? ['BAD_REQUEST', '请求不合法']
      return send(reply, status, code, message)
    }
    if (isTemporary(err)) {
      request.log.warn({ err }, 'database temporarily unavailable')
      reply.header('retry-after', '1')
      return send(reply, 503, 'TEMPORARILY_UNAVAILABLE', '系统繁忙，请稍后重试')
    }
    request.log.error({ err }, 'unhandled error')
    return send(reply, 500, 'INTERNAL_ERROR', '服务器开小差了，请稍后重试')
  })
}

/**
 * For Fastify's `frameworkErrors`: a URL that is not valid percent-encoding (or an over-long path
 * parameter) fails in the router, before any hook or error handler; by default Fastify answered in
 * its own shape and echoed the URL back.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH'
  reply.headers(headersFor(request.url))
  send(
    reply,
    tooLong ? 414 : 400,
    tooLong ? 'URI_TOO_LONG' : 'INVALID_URL',
    tooLong ? '请求地址过长' : '请求地址不合法',
  )
}

/**
 * For Fastify's `clientErrorHandler`: requests Node's HTTP parser refuses (a broken request line,
 * oversized headers, a bad Content-Length or chunk) never reach Fastify. They get the contract's
 * error shape and the API's security headers, then the connection is closed as Node would.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const [status, code, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'HEADERS_TOO_LARGE', '请求头过大']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'REQUEST_TIMEOUT', '请求超时']
        : [400, 'MALFORMED_REQUEST', '请求格式不正确']
  const body = JSON.stringify({ error: { code, message } })
  const headers = Object.entries(API_HEADERS)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n${headers}\r\n${body}`,
    )
  }
  socket.destroy(error)
}
