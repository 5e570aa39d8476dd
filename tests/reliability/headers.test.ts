import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIST_DIR } from '../../src/server/client-build.ts'
import type { Server } from '../bench/harness.ts'
import { saveFigures } from './support/figures.ts'
import { logIn, send, sendRaw } from './support/http.ts'
import { setBudgets, stockProducts, type Stocked } from './support/ledger.ts'
import { Mall } from './support/mall.ts'
import { placeOrder } from './support/orders.ts'
import { openStream } from './support/sse.ts'

/** Supplier-written text as an attacker would write it, planted in a product description. */
const PLANTED = '<img src=x onerror="alert(document.cookie)"><script>alert(1)</script>'
const INDEX = join(DIST_DIR, 'index.html')
let mall: Mall
let base: string
let product: Stocked

beforeAll(async () => {
  mall = new Mall(600, (db) => {
    ;[product] = stockProducts(db, 1, 1, 100, () => 9_000) as [Stocked]
    setBudgets(db, 1, [1e10])
    db.prepare('UPDATE products SET description = ? WHERE id = ?').run(PLANTED, product.id)
  })
  base = ((await mall.start(1)) as [Server])[0].url
})

afterAll(async () => {
  saveFigures('headers')
  await mall?.close()
})

type Headers = Record<string, string | null>

/** The directives of a Content-Security-Policy, by name. */
function directives(csp: string | null): Map<string, string[]> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name as string, values]),
  )
}

function expectProtected(headers: Headers, what: string): void {
  expect(headers['x-content-type-options'], what).toBe('nosniff')
  expect(headers['referrer-policy'], what).toMatch(
    /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
  )
  expect(headers['x-frame-options'], what).toBe('DENY')
  expect(directives(headers['content-security-policy'] ?? null).get('frame-ancestors'), what).toEqual(["'none'"])
}

const pick = (get: (name: string) => string | null): Headers =>
  Object.fromEntries(
    ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options', 'content-type'].map(
      (n) => [n, get(n)],
    ),
  )

describe('security headers', () => {
  it('gives every kind of API answer a deny-all CSP, nosniff, a referrer policy and frame protection', async () => {
    const cookie = await logIn(base, 'buyer1')
    const answers: [string, Headers][] = []
    for (const [method, path, options] of [
      ['GET', '/api/health', {}],
      ['GET', '/api/products?limit=2', {}],
      ['GET', '/api/products/2000000000', {}],
      ['GET', '/api/me', {}],
      ['GET', '/api/me', { cookie }],
      ['POST', '/api/orders', { cookie, body: { productId: 'x' }, headers: { 'idempotency-key': 'headers-bad-1' } }],
      ['DELETE', '/api/orders', { cookie }],
    ] as const) {
      const res = await send(base, method, path, options)
      answers.push([`${method} ${path} → ${res.status}`, pick((n) => res.headers.get(n))])
    }
    const placed = await placeOrder(
      base,
      cookie,
      { productId: product.id, quantity: 1, expectedPriceFen: product.priceFen },
      'headers-order-1',
    )
    answers.push([`POST /api/orders → ${placed.status}`, pick((n) => placed.headers.get(n))])
    for (const request of [
      'GET /api/products/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      'GARBAGE\r\n\r\n',
    ]) {
      const res = await sendRaw(base, request)
      answers.push([`${request.split('\r\n')[0]} → ${res.status}`, pick((n) => res.headers[n] ?? null)])
    }
    const stream = await openStream(base, cookie)
    stream.close()
    const sse = pick((n) => (stream.headers[n] as string | undefined) ?? null)
    answers.push(['GET /api/events', sse])
    for (const [what, headers] of answers) {
      expectProtected(headers, what)
      expect(directives(headers['content-security-policy'] ?? null).get('default-src'), what).toEqual(["'none'"])
    }
  })

  it('serves supplier-written HTML only as JSON data, which no page renders as markup', async () => {
    const res = await send<{ description: string }>(base, 'GET', `/api/products/${product.id}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.body.description).toBe(PLANTED)
    expect(directives(res.headers.get('content-security-policy')).get('script-src')).toBeUndefined()
  })

  it('gives pages a CSP without inline script and frame protection, and the built page has no inline script', async () => {
    if (!existsSync(INDEX)) {
      // Only without a client build (a fresh checkout before `npm start` or `vite build`).
      console.warn('headers.test: dist/index.html is missing, so page headers were not checked; run `npx vite build`.')
      return
    }
    const html = readFileSync(INDEX, 'utf8')
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '/favicon.svg'
    for (const path of ['/', '/orders/123', '/products/1?from=share', asset, '/images/p/mfp-1.svg']) {
      const res = await send(base, 'GET', path)
      expect(res.status, path).toBe(200)
      const headers = pick((n) => res.headers.get(n))
      expectProtected(headers, path)
      const csp = directives(headers['content-security-policy'] ?? null)
      const scripts = csp.get('script-src') ?? csp.get('default-src') ?? []
      expect(scripts, path).not.toContain("'unsafe-inline'")
      expect(scripts, path).not.toContain("'unsafe-eval'")
      expect(
        scripts.every((s) => s === "'self'" || s.startsWith("'sha256-")),
        path,
      ).toBe(true)
      expect(csp.get('object-src'), path).toEqual(["'none'"])
    }
    const page = (await send(base, 'GET', '/')).text
    const inline = [...page.matchAll(/<script\b([^>]*)>/gi)].filter((m) => !/\bsrc=/.test(m[1] ?? ''))
    expect(inline.map((m) => m[0])).toEqual([])
    expect(page).not.toMatch(/\son[a-z]+\s*=/i)
  })
})
