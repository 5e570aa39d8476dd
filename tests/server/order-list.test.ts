import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OrderList } from '../../src/shared/contract/orders.ts'
import type { TestApp } from './helpers.ts'
import { createAppWith, logIn, place, stockProduct, type Caller } from './accounts.ts'

let t: TestApp
let buyer: Caller
let supplier: Caller
const placed: number[] = []

beforeAll(async () => {
  t = await createAppWith({}, 200)
  buyer = await logIn(t.app, 'buyer1')
  supplier = await logIn(t.app, 'supplier1')
  const p = (await stockProduct(t.sql, 1, 100))
  for (let i = 0; i < 7; i++) placed.push((await place(buyer, { productId: p.id, quantity: 1, expectedPriceFen: p.priceFen })).body.id)
  await buyer.send('POST', `/api/orders/${placed[0]}/withdraw`)
  await supplier.send('POST', `/api/orders/${placed[1]}/confirm`)
})
afterAll(() => t.close())

const list = (c: Caller, query: string) => c.send<OrderList>('GET', `/api/orders?${query}`)

describe('order lists', () => {
  it('pages newest first with a cursor until the end', async () => {
    const seen: number[] = []
    let cursor: string | null = null
    do {
      const res: { body: OrderList } = await list(buyer, `limit=3${cursor ? `&cursor=${cursor}` : ''}`)
      expect(res.body.items.length).toBeLessThanOrEqual(3)
      seen.push(...res.body.items.map((o) => o.id))
      cursor = res.body.nextCursor
    } while (cursor)
    expect(seen).toEqual([...placed].reverse())
  })

  it('filters by one status or several', async () => {
    expect((await list(buyer, 'status=withdrawn')).body.items.map((o) => o.id)).toEqual([placed[0]])
    const open = (await list(buyer, 'status=pending,confirmed')).body.items
    expect(open).toHaveLength(6)
    expect(open.every((o) => o.status === 'pending' || o.status === 'confirmed')).toBe(true)
  })

  it('shows the supplier its incoming orders with the steps it may take', async () => {
    const items = (await list(supplier, 'status=pending&limit=50')).body.items
    expect(items.length).toBeGreaterThan(0)
    expect(items.every((o) => o.allowedActions.join() === 'confirm,reject')).toBe(true)
  })

  it.each([
    ['status=lost', 'INVALID_STATUS'],
    ['status=PENDING', 'VALIDATION_FAILED'],
    ['limit=0', 'VALIDATION_FAILED'],
    ['limit=51', 'VALIDATION_FAILED'],
    ['cursor=garbage', 'INVALID_CURSOR'],
  ])('answers %s with 400 %s', async (query, code) => {
    const res = await list(buyer, query)
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ error: { code } })
  })

  it('answers malformed order ids with a 4xx, never a 5xx', async () => {
    for (const [method, url] of [
      ['GET', '/api/orders/abc'],
      ['GET', '/api/orders/0'],
      ['GET', '/api/orders/99999999999999'],
      ['POST', '/api/orders/-1/withdraw'],
      ['POST', '/api/orders/1.5/withdraw'],
      ['POST', '/api/orders/1/explode'],
    ] as const) {
      const res = await buyer.send(method, url)
      expect(res.status, `${method} ${url}`).toBeGreaterThanOrEqual(400)
      expect(res.status, `${method} ${url}`).toBeLessThan(500)
    }
  })

  it('refuses a cursor from a different status filter', async () => {
    const first = await list(buyer, 'limit=2')
    const res = await list(buyer, `status=pending&cursor=${first.body.nextCursor}`)
    expect(res.body).toMatchObject({ error: { code: 'INVALID_CURSOR' } })
  })
})
