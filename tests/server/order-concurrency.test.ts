import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/server/db/database.ts'
import { openSeededDatabase } from '../../src/server/seed/bootstrap.ts'
import { parseSeedScale } from '../../src/server/seed/scale.ts'
import { startServer, type Server } from '../bench/harness.ts'
import type { TestApp } from './helpers.ts'
import { createAppWith, logIn, newKey, place, plansOf, sessionCookie, setBudgets, stockOf, stockProduct, XHR, type Caller } from './accounts.ts'

const codes = (results: { status: number; body: unknown }[]) => {
  const tally: Record<string, number> = {}
  for (const r of results) {
    const code = r.status === 201 ? '201' : ((r.body as { error?: { code?: string } }).error?.code ?? String(r.status))
    tally[code] = (tally[code] ?? 0) + 1
  }
  return tally
}

describe('concurrent orders in one process', () => {
  let t: TestApp
  let buyer: Caller
  beforeEach(async () => {
    t = await createAppWith({}, 200)
    buyer = await logIn(t.app, 'buyer1')
  })
  afterEach(() => t.close())

  it('sells exactly the 50 in stock to 200 simultaneous orders, never more', async () => {
    setBudgets(t.db, 1, [1_000_000_000])
    const p = stockProduct(t.db, 1, 50, 10_000)
    const results = await Promise.all(
      Array.from({ length: 200 }, () => place(buyer, { productId: p.id, quantity: 1, expectedPriceFen: p.priceFen })),
    )
    expect(codes(results)).toEqual({ '201': 50, OUT_OF_STOCK: 150 })
    expect(stockOf(t.db, p.id)).toBe(0)
    expect(plansOf(t.db, 1)[0]?.reserved_fen).toBe(50 * 10_000)
  })

  it('never lets simultaneous orders against one plan spend more than its budget', async () => {
    const [plan] = setBudgets(t.db, 1, [10 * 30_000 + 29_999, 0])
    const p = stockProduct(t.db, 1, 1000, 30_000)
    const results = await Promise.all(
      Array.from({ length: 100 }, () => place(buyer, { productId: p.id, quantity: 1, expectedPriceFen: p.priceFen, planId: plan?.id })),
    )
    expect(codes(results)).toEqual({ '201': 10, BUDGET_EXCEEDED: 90 })
    const after = plansOf(t.db, 1)[0]
    expect(after?.reserved_fen).toBe(10 * 30_000)
    expect((after?.reserved_fen ?? 0) + (after?.used_fen ?? 0)).toBeLessThanOrEqual(after?.budget_fen ?? 0)
  })

  it('creates one order when the same key arrives many times at once', async () => {
    const p = stockProduct(t.db, 1, 100, 10_000)
    const key = newKey()
    const results = await Promise.all(
      Array.from({ length: 20 }, () => place(buyer, { productId: p.id, quantity: 1, expectedPriceFen: p.priceFen }, key)),
    )
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1)
    expect(results.every((r) => r.status === 201)).toBe(true)
    expect(stockOf(t.db, p.id)).toBe(99)
  })
})

describe('concurrent orders across two server processes on one database file', () => {
  let dir: string
  let servers: Server[] = []
  let productId = 0
  const priceFen = 10_000

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'yuncai-orders-'))
    const url = `file:${join(dir, 'mall.sqlite')}`
    const db = openSeededDatabase(url, parseSeedScale('200'))
    setBudgets(db, 1, [1_000_000_000])
    productId = stockProduct(db, 1, 50, priceFen).id
    db.close()
    servers = await Promise.all([startServer({ DATABASE_URL: url }), startServer({ DATABASE_URL: url })])
  }, 120_000)

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()))
    rmSync(dir, { recursive: true, force: true })
  })

  it('sells exactly 50 of 50 to 200 orders split between the processes, with one shared session', async () => {
    const [a, b] = servers as [Server, Server]
    const login = await fetch(`${a.url}/api/session`, {
      method: 'POST',
      headers: { ...XHR, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'buyer1', password: 'demo123' }),
    })
    const cookie = sessionCookie(login.headers.get('set-cookie'))
    const results = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const res = await fetch(`${(i % 2 ? a : b).url}/api/orders`, {
          method: 'POST',
          headers: { ...XHR, cookie, 'content-type': 'application/json', 'idempotency-key': newKey() },
          body: JSON.stringify({ productId, quantity: 1, expectedPriceFen: priceFen }),
        })
        return { status: res.status, body: (await res.json()) as unknown }
      }),
    )
    expect(codes(results)).toEqual({ '201': 50, OUT_OF_STOCK: 150 })
    const db = openDatabase(`file:${join(dir, 'mall.sqlite')}`)
    expect(stockOf(db, productId)).toBe(0)
    expect((db.prepare('SELECT count(*) AS n FROM orders').get() as { n: number }).n).toBe(50)
    expect(plansOf(db, 1)[0]?.reserved_fen).toBe(50 * priceFen)
    db.close()
  })
})
