import Fastify from 'fastify'
import cookie from '@fastify/cookie'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setSessionCookie } from '../../src/server/plugins/session.ts'
import type { PurchaserMe, SupplierMe } from '../../src/shared/contract/session.ts'
import type { TestApp } from './helpers.ts'
import { caller, createAppWith, logIn, sessionCookie, XHR } from './accounts.ts'

let t: TestApp
beforeAll(async () => {
  t = await createAppWith({}, 200)
})
afterAll(() => t.close())

const login = (username: string, password: string, headers: Record<string, string> = XHR, remoteAddress = '127.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/session', headers, payload: { username, password }, remoteAddress })

describe('login', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie for the whole site, not Secure over plain http', async () => {
    const res = await login('buyer1', 'demo123')
    expect(res.statusCode).toBe(200)
    const setCookie = String(res.headers['set-cookie'])
    expect(setCookie).toMatch(/^sid=[A-Za-z0-9_-]{40,};/)
    expect(setCookie).toContain('HttpOnly')
    expect(setCookie).toContain('SameSite=Lax')
    expect(setCookie).toContain('Path=/')
    expect(setCookie).not.toContain('Secure')
    expect(res.headers['cache-control']).toBe('no-store')
  })

  it('marks the cookie Secure when the request came over https', async () => {
    const app = Fastify({ trustProxy: true })
    await app.register(cookie)
    app.get('/', (request, reply) => {
      setSessionCookie(request, reply, 'token', 60_000)
      return 'ok'
    })
    const res = await app.inject({ method: 'GET', url: '/', headers: { 'x-forwarded-proto': 'https' } })
    expect(String(res.headers['set-cookie'])).toContain('Secure')
    await app.close()
  })

  it('stores only a hash of the session token', async () => {
    const token = sessionCookie((await login('buyer2', 'demo123')).headers['set-cookie']).slice('sid='.length)
    const rows = (await t.sql.all('SELECT token_hash FROM sessions')) as { token_hash: string }[]
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.some((r) => r.token_hash === token)).toBe(false)
  })

  it('answers a wrong password and an unknown user alike: 401 INVALID_CREDENTIALS', async () => {
    const wrong = await login('buyer1', 'nope', XHR, '10.0.0.2')
    const unknown = await login('nobody', 'nope', XHR, '10.0.0.2')
    expect(wrong.statusCode).toBe(401)
    expect(JSON.parse(wrong.body)).toEqual(JSON.parse(unknown.body))
    expect(JSON.parse(wrong.body).error.code).toBe('INVALID_CREDENTIALS')
  })

  it('answers a malformed login with 400', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/session', headers: XHR, payload: { username: '' } })
    expect(res.statusCode).toBe(400)
  })
})

describe('who am I', () => {
  it('tells a purchaser their unit, default address and plans with remaining budget', async () => {
    const me = await (await logIn(t.app, 'buyer1')).send<PurchaserMe>('GET', '/api/me')
    expect(me.status).toBe(200)
    expect(me.body).toMatchObject({ role: 'purchaser', user: { username: 'buyer1' }, unit: { id: 1, cityCode: '330100', regionCode: '330106' } })
    expect(me.body.defaultAddress?.isDefault).toBe(true)
    expect(me.body.plans.length).toBeGreaterThan(0)
    for (const p of me.body.plans) expect(p.remainingFen).toBe(p.budgetFen - p.reservedFen - p.usedFen)
    expect(me.body.orderLimitFen).toBe(20_000_000)
    expect(me.headers['cache-control']).toBe('private, no-cache')
  })

  it('tells a supplier which supplier they act for', async () => {
    const me = await (await logIn(t.app, 'supplier2')).send<SupplierMe>('GET', '/api/me')
    expect(me.body).toMatchObject({ role: 'supplier', user: { username: 'supplier2' }, supplier: { id: 2 } })
  })

  it('is a 401 UNAUTHENTICATED without a session or with a made-up one', async () => {
    for (const c of [caller(t.app), caller(t.app, 'sid=made-up-token')]) {
      const res = await c.send('GET', '/api/me')
      expect(res.status).toBe(401)
      expect(res.body).toEqual({ error: { code: 'UNAUTHENTICATED', message: expect.any(String) } })
    }
  })

  it('is a 401 once the session has expired', async () => {
    const c = await logIn(t.app, 'buyer2')
    await t.sql.run('UPDATE sessions SET expires_at = ?', [Date.now() - 1])
    expect((await c.send('GET', '/api/me')).status).toBe(401)
  })
})

describe('logout', () => {
  it('ends the session on the server, so the old cookie no longer works', async () => {
    const c = await logIn(t.app, 'supplier1')
    expect((await c.send('GET', '/api/me')).status).toBe(200)
    const out = await c.send('DELETE', '/api/session')
    expect(out.status).toBe(204)
    expect(String(out.headers['set-cookie'])).toMatch(/sid=;/)
    expect((await c.send('GET', '/api/me')).status).toBe(401)
  })

  it('ends the previous session when the same browser logs in again', async () => {
    const first = await logIn(t.app, 'buyer1')
    const again = await t.app.inject({ method: 'POST', url: '/api/session', headers: { ...XHR, cookie: first.cookie }, payload: { username: 'buyer1', password: 'demo123' } })
    expect(again.statusCode).toBe(200)
    expect((await first.send('GET', '/api/me')).status).toBe(401)
    expect((await caller(t.app, sessionCookie(again.headers['set-cookie'])).send('GET', '/api/me')).status).toBe(200)
  })
})

describe('login rate limit', () => {
  it('allows 10 attempts a minute per address and username, then answers 429 RATE_LIMITED', async () => {
    for (let i = 0; i < 10; i++) expect((await login('buyer2', 'wrong', XHR, '10.9.9.9')).statusCode).toBe(401)
    const limited = await login('buyer2', 'demo123', XHR, '10.9.9.9')
    expect(limited.statusCode).toBe(429)
    expect(JSON.parse(limited.body)).toEqual({ error: { code: 'RATE_LIMITED', message: expect.stringContaining('秒') } })
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
    expect((await login('buyer2', 'demo123', XHR, '10.9.9.10')).statusCode).toBe(200)
    expect((await login('buyer1', 'demo123', XHR, '10.9.9.9')).statusCode).toBe(200)
  })

  it('keeps the counters in the database, where a second instance sees them', async () => {
    const rows = (await t.sql.all("SELECT key, hits FROM rate_limits WHERE key LIKE 'login|10.9.9.9|%'"))
    expect(rows).toContainEqual({ key: 'login|10.9.9.9|buyer2', hits: 11 })
  })
})

describe('CSRF', () => {
  it('rejects a state-changing request without X-Requested-With (403 CSRF_REJECTED)', async () => {
    const c = await logIn(t.app, 'buyer1')
    for (const [method, url] of [
      ['POST', '/api/session'],
      ['DELETE', '/api/session'],
      ['POST', '/api/orders'],
      ['POST', '/api/orders/1/withdraw'],
      ['PUT', '/api/me/addresses/1'],
    ] as const) {
      const res = await t.app.inject({ method, url, headers: { cookie: c.cookie, 'content-type': 'application/json' }, payload: '{}' })
      expect(res.statusCode, `${method} ${url}`).toBe(403)
      expect(JSON.parse(res.body).error.code).toBe('CSRF_REJECTED')
    }
    expect((await c.send('GET', '/api/me')).status).toBe(200)
  })

  it('rejects an Origin that is not this host, and accepts one that is', async () => {
    const foreign = await login('buyer1', 'demo123', { ...XHR, origin: 'https://evil.example' })
    expect(foreign.statusCode).toBe(403)
    expect(JSON.parse(foreign.body).error.code).toBe('CSRF_REJECTED')
    expect((await login('buyer1', 'demo123', { ...XHR, origin: 'null' })).statusCode).toBe(403)
    const same = await login('buyer1', 'demo123', { ...XHR, host: 'mall.example:8080', origin: 'http://mall.example:8080' })
    expect(same.statusCode).toBe(200)
  })

  it('leaves reads alone', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health', headers: { origin: 'https://evil.example' } })
    expect(res.statusCode).toBe(200)
  })
})
