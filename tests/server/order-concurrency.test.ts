import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startServer, type Server } from '../bench/harness.ts'
import { openStream } from '../reliability/support/sse.ts'
import { ENGINE, openTestDatabase, type TestApp, type TestDatabase } from './helpers.ts'
import {
  countOrders,
  createAppWith,
  logIn,
  newKey,
  place,
  plansOf,
  sessionCookie,
  setBudgets,
  stockOf,
  stockProduct,
  XHR,
  type Caller,
} from './accounts.ts'

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
    await setBudgets(t.sql, 1, [1_000_000_000])
    const p = (await stockProduct(t.sql, 1, 50, 10_000))
    const results = await Promise.all(
      Array.from({ length: 200 }, () => place(buyer, { productId: p.id, quantity: 1, expectedPriceFen: p.priceFen })),
    )
    expect(codes(results)).toEqual({ '201': 50, OUT_OF_STOCK: 150 })
    expect((await stockOf(t.sql, p.id))).toBe(0)
    expect((await plansOf(t.sql, 1))[0]?.reserved_fen).toBe(50 * 10_000)
  })

  it('never lets simultaneous orders against one plan spend more than its budget', async () => {
    const [plan] = (await setBudgets(t.sql, 1, [10 * 30_000 + 29_999, 0]))
    const p = (await stockProduct(t.sql, 1, 1000, 30_000))
    const results = await Promise.all(
      Array.from({ length: 100 }, () => place(buyer, { productId: p.id, quantity: 1, expectedPriceFen: p.priceFen, planId: plan?.id })),
    )
    expect(codes(results)).toEqual({ '201': 10, BUDGET_EXCEEDED: 90 })
    const after = (await plansOf(t.sql, 1))[0]
    expect(after?.reserved_fen).toBe(10 * 30_000)
    expect((after?.reserved_fen ?? 0) + (after?.used_fen ?? 0)).toBeLessThanOrEqual(after?.budget_fen ?? 0)
  })

  it('creates one order when the same key arrives many times at once', async () => {
    const p = (await stockProduct(t.sql, 1, 100, 10_000))
    const key = newKey()
    const results = await Promise.all(
      Array.from({ length: 20 }, () => place(buyer, { productId: p.id, quantity: 1, expectedPriceFen: p.priceFen }, key)),
    )
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1)
    expect(results.every((r) => r.status === 201)).toBe(true)
    expect((await stockOf(t.sql, p.id))).toBe(99)
  })
})

describe(`two app instances on one ${ENGINE === 'sqlite' ? 'SQLite file' : 'PostgreSQL database'}`, () => {
  let shared: TestDatabase
  let servers: Server[] = []
  let cookie = ''
  const priceFen = 10_000

  beforeAll(async () => {
    shared = await openTestDatabase(200, true)
    await setBudgets(shared.sql, 1, [1_000_000_000])
    servers = await Promise.all([startServer({ DATABASE_URL: shared.url }), startServer({ DATABASE_URL: shared.url })])
    const login = await fetch(`${servers[0]?.url}/api/session`, {
      method: 'POST',
      headers: { ...XHR, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'buyer1', password: 'demo123' }),
    })
    cookie = sessionCookie(login.headers.get('set-cookie'))
  }, 120_000)

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()))
    await shared.drop()
  })

  const order = async (server: Server, productId: number, key = newKey()) => {
    const res = await fetch(`${server.url}/api/orders`, {
      method: 'POST',
      headers: { ...XHR, cookie, 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify({ productId, quantity: 1, expectedPriceFen: priceFen }),
    })
    return { status: res.status, body: (await res.json()) as { id?: number } }
  }

  it('sells exactly 50 of 50 to 200 orders split between the instances, with one shared session', async () => {
    const [a, b] = servers as [Server, Server]
    const { id: productId } = await stockProduct(shared.sql, 1, 50, priceFen)
    const before = await countOrders(shared.sql)
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => order(i % 2 ? a : b, productId)))
    expect(codes(results)).toEqual({ '201': 50, OUT_OF_STOCK: 150 })
    expect(await stockOf(shared.sql, productId)).toBe(0)
    expect((await countOrders(shared.sql)) - before).toBe(50)
  })

  it('places one order for one idempotency key sent to both instances at once', async () => {
    const [a, b] = servers as [Server, Server]
    const { id: productId } = await stockProduct(shared.sql, 1, 100, priceFen, 1)
    const before = await countOrders(shared.sql)
    for (let round = 0; round < 10; round++) {
      const key = newKey()
      const results = await Promise.all([order(a, productId, key), order(b, productId, key), order(a, productId, key), order(b, productId, key)])
      expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201])
      expect(new Set(results.map((r) => r.body.id)).size).toBe(1)
    }
    expect((await countOrders(shared.sql)) - before).toBe(10)
    expect(await stockOf(shared.sql, productId)).toBe(90)
  })

  it('streams an order placed through one instance to its supplier connected to the other', async () => {
    const [a, b] = servers as [Server, Server]
    const supplierLogin = await fetch(`${b.url}/api/session`, {
      method: 'POST',
      headers: { ...XHR, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'supplier1', password: 'demo123' }),
    })
    const stream = await openStream(b.url, sessionCookie(supplierLogin.headers.get('set-cookie')))
    try {
      await stream.waitFor((e) => e.event === 'ready')
      const { id: productId } = await stockProduct(shared.sql, 1, 10, priceFen, 2)
      const placed = await order(a, productId)
      expect(placed.status).toBe(201)
      const event = await stream.waitFor((e) => e.event === 'order' && e.data['orderId'] === placed.body.id)
      expect(event.data).toMatchObject({ action: 'place', status: 'pending' })
    } finally {
      stream.close()
    }
  })

  // SQLite is one machine's engine: its instances share orders and events, not catalogue caches.
  if (ENGINE === 'postgres') {
    it('shows a product sold out through one instance as sold out on the other, cached page included', async () => {
      const [a, b] = servers as [Server, Server]
      const { id: productId } = await stockProduct(shared.sql, 1, 1, priceFen, 3)
      const stockOn = async (server: Server) => ((await (await fetch(`${server.url}/api/products/${productId}`)).json()) as { stock: number }).stock
      expect(await stockOn(b)).toBe(1) // now in b's response cache
      expect((await order(a, productId)).status).toBe(201)
      for (let tries = 0; (await stockOn(b)) !== 0; tries++) {
        expect(tries, 'instance b still shows the sold-out product in stock').toBeLessThan(50)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    })
  }
})
