import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { ErrorSchema } from '../../../shared/contract/common.ts'
import { LoginSchema, MeSchema, type LoginInput } from '../../../shared/contract/session.ts'
import { authenticated, requireUser } from '../../auth/guards.ts'
import { DomainError } from '../../errors.ts'
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../../plugins/session.ts'
import { logIn } from '../../services/auth.ts'
import { describeMe } from '../../services/me.ts'

export interface SessionRouteOptions {
  sessionTtlMs: number
  /** Login attempts allowed per client address and username in each window. */
  loginLimit: { max: number; windowMs: number }
}

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 429: ErrorSchema }

const sessionRoutes: FastifyPluginAsyncTypebox<SessionRouteOptions> = async (app, options) => {
  const describe = (user: Parameters<typeof describeMe>[0]) => describeMe(user, app.units, app.catalogue, app.orders.orderLimitFen)

  app.post(
    '/session',
    {
      schema: { body: LoginSchema, response: { 200: MeSchema, ...errors } },
      config: {
        rateLimit: {
          max: options.loginLimit.max,
          timeWindow: options.loginLimit.windowMs,
          // After validation, so the key can include the username: one account under attack does
          // not lock out everyone behind the same NAT, and one address cannot hammer one account.
          hook: 'preHandler',
          keyGenerator: (request) => `login|${request.ip}|${(request.body as LoginInput).username.trim().toLowerCase()}`,
          errorResponseBuilder: (_request, context) =>
            new DomainError(429, 'RATE_LIMITED', `登录尝试过于频繁，请 ${Math.ceil(context.ttl / 1000)} 秒后再试`),
        },
      },
    },
    async (request, reply) => {
      const previous = request.cookies[SESSION_COOKIE]
      const token = await logIn(app.users, app.sessions, request.body.username, request.body.password, options.sessionTtlMs)
      // A fresh token on every login; the one the browser had before is ended, not reused.
      if (previous) await app.sessions.delete(previous)
      setSessionCookie(request, reply, token, options.sessionTtlMs)
      const session = await app.sessions.find(token)
      if (!session) throw new DomainError(401, 'UNAUTHENTICATED', '登录失败，请重试')
      reply.header('cache-control', 'no-store')
      return describe(session.user)
    },
  )

  app.delete('/session', { schema: { response: { 204: Type.Null(), 403: ErrorSchema } } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE]
    if (token) await app.sessions.delete(token)
    clearSessionCookie(request, reply)
    return reply.code(204).send(null)
  })

  app.get('/me', { onRequest: authenticated, schema: { response: { 200: MeSchema, ...errors } } }, async (request, reply) => {
    reply.header('cache-control', 'private, no-cache')
    return describe(requireUser(request))
  })
}

export default sessionRoutes
