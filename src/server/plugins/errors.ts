import type { FastifyError, FastifyInstance } from 'fastify'
import { DomainError } from '../errors.ts'

const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'INVALID_CONTENT_LENGTH',
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
      const field = first?.instancePath ? first.instancePath.slice(1).replace(/\//g, '.') : String(first?.params?.['missingProperty'] ?? '')
      return send(reply, 400, 'VALIDATION_FAILED', `参数不合法（${where}${field ? `.${field}` : ''}）：${first?.message ?? err.message}`)
    }
    const status = err.statusCode ?? 500
    if (status >= 400 && status < 500) {
      const code = (err.code && FASTIFY_CODES[err.code]) ?? (status === 429 ? 'RATE_LIMITED' : 'BAD_REQUEST')
      return send(reply, status, code, err.message)
    }
    request.log.error({ err }, 'unhandled error')
    return send(reply, 500, 'INTERNAL_ERROR', '服务器开小差了，请稍后重试')
  })
}
