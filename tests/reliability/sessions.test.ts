import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Server } from '../bench/harness.ts'
import { saveFigures } from './support/figures.ts'
import { logIn, send, sessionCookieOf, type Answer } from './support/http.ts'
import { setBudgets, stockProducts, type Stocked } from './support/ledger.ts'
import { Mall } from './support/mall.ts'
import { errorCode, placeOrder, STEP_BODIES } from './support/orders.ts'

let mall: Mall
let a: Server
let b: Server
let product: Stocked

beforeAll(async () => {
  mall = new Mall(600, (db) => {
    ;[product] = stockProducts(db, 1, 1, 1_000, () => 8_000) as [Stocked]
    setBudgets(db, 1, [1e10])
  })
  // Two processes on one database: a session, its end and the login counters must hold across both.
  ;[a, b] = (await mall.start(2)) as [Server, Server]
})

afterAll(async () => {
  saveFigures('sessions')
  await mall?.close()
})

const login = (
  server: Server,
  username: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<Answer> => send(server.url, 'POST', '/api/session', { body: { username, password }, headers })

const hashOf = (cookie: string): string => createHash('sha256').update(cookie.slice('sid='.length)).digest('base64url')
const stored = (cookie: string): boolean =>
  mall.db().prepare('SELECT 1 FROM sessions WHERE token_hash = ?').get(hashOf(cookie)) !== undefined
const isErrorShape = (answer: Answer, code: string) =>
  expect(answer.body).toEqual({ error: { code, message: expect.any(String) } })

describe('sessions', () => {
  it('sets the session cookie HttpOnly, SameSite=Lax, Path=/ and host-only, with an unguessable token', async () => {
    const res = await login(a, 'buyer1', 'demo123')
    expect(res.status).toBe(200)
    const [cookie] = res.headers.getSetCookie()
    const attributes = (cookie ?? '').split(';').map((p) => p.trim().toLowerCase())
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/']))
    expect(attributes.some((p) => p.startsWith('domain='))).toBe(false)
    expect(cookie).toMatch(/^sid=[A-Za-z0-9_-]{43,};/)
  })

  it('ends the session on the server at logout: the old cookie works nowhere afterwards', async () => {
    const cookie = await logIn(a.url, 'buyer1')
    expect((await send(b.url, 'GET', '/api/me', { cookie })).status).toBe(200)
    expect((await send(a.url, 'DELETE', '/api/session', { cookie })).status).toBe(204)
    expect(stored(cookie)).toBe(false)
    // A client that ignores the cleared cookie and replays the old one, at either process.
    for (const server of [a, b]) {
      for (const [method, path, body] of [
        ['GET', '/api/me'],
        ['GET', '/api/orders'],
        ['GET', '/api/events'],
        ['POST', '/api/orders/1/withdraw', {}],
      ] as const) {
        const res = await send(server.url, method, path, { cookie, ...(body && { body }) })
        expect(res.status, `${method} ${path}`).toBe(401)
        isErrorShape(res, 'UNAUTHENTICATED')
      }
    }
    const order = await placeOrder(
      b.url,
      cookie,
      { productId: product.id, quantity: 1, expectedPriceFen: product.priceFen },
      'after-logout-1',
    )
    expect(order.status).toBe(401)
  })

  it('never adopts a session id the client made up', async () => {
    const fixed = 'sid=attacker-chosen-token-0123456789abcdefghijklmnopqrstuvwxyz'
    const res = await login(a, 'buyer2', 'demo123', { cookie: fixed })
    expect(res.status).toBe(200)
    expect(sessionCookieOf(res.headers)).not.toBe(fixed)
    expect((await send(a.url, 'GET', '/api/me', { cookie: fixed })).status).toBe(401)
  })

  it('allows 10 login attempts a minute per address and account across processes, then 429 in the error shape', async () => {
    for (let i = 0; i < 10; i++) expect((await login(i % 2 ? a : b, 'supplier2', 'wrong-password')).status).toBe(401)
    const limited = await login(a, 'supplier2', 'demo123')
    expect(limited.status).toBe(429)
    isErrorShape(limited, 'RATE_LIMITED')
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    // Only that account from that address is held back; nobody else is locked out.
    expect((await login(b, 'supplier1', 'demo123')).status).toBe(200)
  })
})

describe('CSRF protection', () => {
  it('refuses every state-changing request without X-Requested-With, or from another origin, and changes nothing', async () => {
    const cookie = await logIn(a.url, 'buyer1')
    const supplier = await logIn(a.url, 'supplier1')
    const order = await placeOrder(
      a.url,
      cookie,
      { productId: product.id, quantity: 1, expectedPriceFen: product.priceFen },
      'csrf-target',
    )
    const before = JSON.stringify(
      ['orders', 'addresses', 'sessions'].map((t) => mall.db().prepare(`SELECT * FROM ${t} ORDER BY 1`).all()),
    )
    const address = { contact: '钓鱼', phone: '13800000000', regionCode: '330106', detail: '伪造的地址' }
    const targets: [string, string, string, unknown][] = [
      ['POST', '/api/session', '', { username: 'buyer1', password: 'demo123' }],
      ['DELETE', '/api/session', cookie, undefined],
      ['POST', '/api/orders', cookie, { productId: product.id, quantity: 1, expectedPriceFen: product.priceFen }],
      ...['withdraw', 'receive', 'accept', 'rate'].map((s): [string, string, string, unknown] => [
        'POST',
        `/api/orders/${order.body.id}/${s}`,
        cookie,
        STEP_BODIES[s] ?? {},
      ]),
      ...['confirm', 'reject', 'ship'].map((s): [string, string, string, unknown] => [
        'POST',
        `/api/orders/${order.body.id}/${s}`,
        supplier,
        STEP_BODIES[s] ?? {},
      ]),
      ['POST', '/api/me/addresses', cookie, address],
      ['PUT', '/api/me/addresses/1', cookie, address],
      ['POST', '/api/me/addresses/1/default', cookie, {}],
    ]
    const origin = new URL(a.url)
    const variants: [string, Record<string, string>, boolean][] = [
      ['no X-Requested-With', {}, true],
      ['X-Requested-With: fetch', { 'x-requested-with': 'fetch' }, true],
      ['a foreign Origin', { origin: 'https://evil.example' }, false],
      ['Origin: null (a sandboxed frame)', { origin: 'null' }, false],
      ['same host, another port', { origin: `http://${origin.hostname}:1` }, false],
      // The scheme is not compared on purpose: behind a TLS-terminating proxy the server sees http
      // while the page's Origin says https; only the host decides.
    ]
    const wrong: string[] = []
    for (const [method, path, who, body] of targets) {
      for (const [name, headers, noXhr] of variants) {
        const res = await send(a.url, method, path, {
          cookie: who,
          headers: { 'idempotency-key': `csrf-${method}-${path.length}-${name.length}`, ...headers },
          noXhr,
          ...(body !== undefined && { body }),
        })
        if (res.status !== 403 || errorCode(res) !== 'CSRF_REJECTED')
          wrong.push(`${method} ${path} with ${name}: ${res.status}`)
      }
      const form = await send(a.url, method, path, {
        cookie: who,
        noXhr: true,
        body: 'username=buyer1&password=demo123',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      })
      if (form.status !== 403) wrong.push(`${method} ${path} as a form post: ${form.status}`)
    }
    expect(wrong).toEqual([])
    expect(
      JSON.stringify(
        ['orders', 'addresses', 'sessions'].map((t) => mall.db().prepare(`SELECT * FROM ${t} ORDER BY 1`).all()),
      ),
    ).toBe(before)
    // The control: the same logout from this origin works, so the refusals above were the CSRF check.
    expect((await send(a.url, 'DELETE', '/api/session', { cookie, headers: { origin: a.url } })).status).toBe(204)
  })
})
