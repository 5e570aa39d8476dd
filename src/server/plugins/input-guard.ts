import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify'
import { DomainError } from '../errors.ts'

interface Schema {
  type?: string | string[]
  properties?: Record<string, Schema>
  items?: Schema
  minLength?: number
}

/** Lone surrogates cannot be stored as UTF-8 (SQLite kept them as invalid bytes that read back as "���"). */
const BROKEN = /\p{Cs}/u
/**
 * Control characters other than tab and line breaks, and the bidi embeddings, overrides and isolates
 * that make stored text display as something else to the other party (a "Trojan Source" address).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/
/** Whitespace and invisible format characters: a required field made only of them is blank. */
const INVISIBLE = /[\s\p{Cf}\u034f\u115f\u1160\u3164\uffa0]/gu
/** How an integer is written in a URL: plain decimal, no exponent, hex, sign, spaces or leading zeros. */
const DECIMAL = /^(0|-?[1-9][0-9]{0,15})$/

function invalid(where: string, message: string): DomainError {
  return new DomainError(400, 'VALIDATION_FAILED', `参数不合法（${where}）：${message}`)
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(value)
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
    case 'array':
      return Array.isArray(value)
    case 'null':
      return value === null
    default:
      return typeof value === type
  }
}

function checkText(value: string, required: boolean, where: string): void {
  if (BROKEN.test(value)) throw invalid(where, '含有无效的字符编码')
  if (UNSAFE.test(value)) throw invalid(where, '含有控制字符或文字方向控制符')
  if (required && value.replace(INVISIBLE, '') === '') throw invalid(where, '不能只包含空白或不可见字符')
}

/**
 * A JSON body must already have the types its schema names. The validator coerces types, which the
 * query string and path need (they are text), but in a body it turned `"quantity": true` into an
 * order of one and `"reason": 7` into a rejection; strings must also be text that can be stored
 * and shown as it was sent.
 */
function checkJson(schema: Schema, value: unknown, where: string): void {
  if (value === undefined) return // a missing field is the schema's `required` to report
  const types = schema.type === undefined ? [] : [schema.type].flat()
  if (types.length > 0 && !types.some((t) => hasType(value, t))) throw invalid(where, `must be ${types.join(' or ')}`)
  if (typeof value === 'string') checkText(value, (schema.minLength ?? 0) > 0, where)
  else if (Array.isArray(value) && schema.items)
    value.forEach((item, i) => checkJson(schema.items as Schema, item, `${where}.${i}`))
  else if (typeof value === 'object' && value !== null && schema.properties) {
    for (const [key, sub] of Object.entries(schema.properties))
      checkJson(sub, (value as Record<string, unknown>)[key], `${where}.${key}`)
  }
}

/** The integer fields of a querystring or params schema, found once per route. */
function integerFields(schema: Schema | undefined): string[] {
  return Object.entries(schema?.properties ?? {})
    .filter(([, s]) => [s.type].flat().includes('integer'))
    .map(([name]) => name)
}

/**
 * In a URL, the validator reads "Infinity", "1e400", "0x1f" and " 7" as numbers, and Infinity even
 * passes `maximum`: `?limit=Infinity` listed every order in one answer and ended in a 500. Integers
 * in the path and query string must be written as plain decimals.
 */
function checkDecimals(values: unknown, fields: string[], part: string): void {
  for (const field of fields) {
    const raw = (values as Record<string, unknown> | undefined)?.[field]
    if (typeof raw === 'string' && !DECIMAL.test(raw)) throw invalid(`${part}.${field}`, 'must be integer')
  }
}

/**
 * Text in the path and query string passes the same checks as text in a body: a NUL or a lone
 * surrogate is not a search word, and PostgreSQL cannot even hold one.
 */
function checkUrlText(values: unknown, part: string): void {
  for (const [key, raw] of Object.entries((values as Record<string, unknown> | undefined) ?? {})) {
    for (const value of [raw].flat()) if (typeof value === 'string') checkText(value, false, `${part}.${key}`)
  }
}

const asArray = <T>(hook: T | T[] | undefined): T[] => (hook === undefined ? [] : Array.isArray(hook) ? hook : [hook])

/**
 * Adds the checks the schema validator cannot make to every route with a body, params or query
 * schema. They run last among the route's preValidation hooks, so a route's own early checks (the
 * order's Idempotency-Key) keep their precedence, and before the validator coerces anything.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    const schema = route.schema as { body?: Schema; params?: Schema; querystring?: Schema } | undefined
    const body = schema?.body
    const params = integerFields(schema?.params)
    const query = integerFields(schema?.querystring)
    if (!body && !schema?.params && !schema?.querystring) return
    const guard = async (request: FastifyRequest): Promise<void> => {
      checkUrlText(request.params, 'params')
      checkUrlText(request.query, 'querystring')
      checkDecimals(request.params, params, 'params')
      checkDecimals(request.query, query, 'querystring')
      if (body && request.body !== undefined) checkJson(body, request.body, 'body')
    }
    route.preValidation = [...asArray(route.preValidation), guard]
  })
}
