import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { SessionRepository, SessionUser } from '../db/repositories/sessions.ts'
import { DomainError } from '../errors.ts'

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null for anonymous catalogue browsing. */
    user: SessionUser | null
  }
}

export const SESSION_COOKIE = 'sid'
const DAY_MS = 86_400_000
export const DEFAULT_SESSION_TTL_MS = 7 * DAY_MS
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, ttlMs: number): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: request.protocol === 'https',
    maxAge: Math.floor(ttlMs / 1000),
  })
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', path: '/', secure: request.protocol === 'https' })
}

function sameOrigin(origin: string, request: FastifyRequest): boolean {
  try {
    // Through URL on both sides so default ports compare equal (http://a and Host a:80).
    return new URL(origin).host === new URL(`${request.protocol}://${request.headers.host ?? ''}`).host
  } catch {
    return false
  }
}

/**
 * A cross-site form or fetch cannot set X-Requested-With without a CORS preflight this server never
 * grants, and a browser always sends Origin on cross-origin POSTs: together they stop CSRF without a
 * token round-trip. SameSite=Lax on the cookie is the third layer.
 */
function checkCsrf(request: FastifyRequest): void {
  const origin = request.headers.origin
  if (request.headers['x-requested-with'] !== 'XMLHttpRequest' || (origin !== undefined && !sameOrigin(origin, request))) {
    throw new DomainError(403, 'CSRF_REJECTED', '请求来源校验失败，请刷新页面后重试')
  }
}

/**
 * Looks the session cookie up in the database on every API request and sets request.user.
 * Sessions slide: an active one is extended, but written back at most once per refresh interval.
 */
export function registerSession(app: FastifyInstance, sessions: SessionRepository, ttlMs: number): void {
  const refreshAfterMs = Math.min(DAY_MS, ttlMs / 2)
  app.decorateRequest('user', null)
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return
    if (UNSAFE_METHODS.has(request.method)) checkCsrf(request)
    const token = request.cookies[SESSION_COOKIE]
    if (!token) return
    const now = Date.now()
    const found = await sessions.find(token, now)
    if (!found) return
    request.user = found.user
    if (now + ttlMs - found.expiresAt > refreshAfterMs) {
      await sessions.extend(token, now + ttlMs)
      setSessionCookie(request, reply, token, ttlMs)
    }
  })
}
