import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestApp } from './helpers.ts'
import { countOrders, createAppWith, logIn, newKey, place, stockOf, stockProduct, type Caller } from './accounts.ts'

let t: TestApp
let buyer1: Caller
let buyer2: Caller
let next = 0
/** A fresh supplier-1 product (the demo suppliers deliver province-wide) at a known price and stock. */
const product = (stock = 100, priceFen = 10_000) => stockProduct(t.sql, 1, stock, priceFen, next++)

beforeAll(async () => {
  t = await createAppWith({})
  buyer1 = await logIn(t.app, 'buyer1')
  buyer2 = await logIn(t.app, 'buyer2')
})
afterAll(() => t.close())

describe('idempotency', () => {
  it('places one order when the same idempotency key is sent twice', async () => {
    const p = (await product(10))
    const body = { productId: p.id, quantity: 2, expectedPriceFen: p.priceFen }
    const before = (await countOrders(t.sql))
    const key = newKey()
    const first = await place(buyer1, body, key)
    const again = await place(buyer1, body, key)
    expect(first.status).toBe(201)
    expect(again.status).toBe(201)
    expect(again.body).toEqual(first.body)
    expect(again.headers['idempotent-replayed']).toBe('true')
    expect((await countOrders(t.sql))).toBe(before + 1)
    expect((await stockOf(t.sql, p.id))).toBe(8)
  })

  it('replays the original order even after the price has changed', async () => {
    const p = (await product())
    const key = newKey()
    const body = { productId: p.id, quantity: 1, expectedPriceFen: p.priceFen }
    const first = await place(buyer1, body, key)
    await t.sql.run('UPDATE products SET price_fen = price_fen + 100, reference_price_fen = reference_price_fen + 100 WHERE id = ?', [p.id])
    const again = await place(buyer1, body, key)
    expect(again.body.id).toBe(first.body.id)
  })

  it('refuses a key reused for a different order (422 IDEMPOTENCY_KEY_REUSED) and creates nothing', async () => {
    const p = (await product())
    const key = newKey()
    await place(buyer1, { productId: p.id, quantity: 1, expectedPriceFen: p.priceFen }, key)
    const before = (await countOrders(t.sql))
    const res = await place(buyer1, { productId: p.id, quantity: 2, expectedPriceFen: p.priceFen }, key)
    expect(res.status).toBe(422)
    expect(res.body).toEqual({ error: { code: 'IDEMPOTENCY_KEY_REUSED', message: expect.any(String) } })
    expect((await countOrders(t.sql))).toBe(before)
  })

  it('keeps keys per user: another purchaser’s same key is a separate order', async () => {
    const p = (await product())
    const key = newKey()
    const body = { productId: p.id, quantity: 1, expectedPriceFen: p.priceFen }
    const mine = await place(buyer1, body, key)
    const theirs = await place(buyer2, body, key)
    expect(theirs.status).toBe(201)
    expect(theirs.body.id).not.toBe(mine.body.id)
  })

  it('checks a retry afresh when the first attempt with its key failed', async () => {
    const p = (await product(1))
    const key = newKey()
    const body = { productId: p.id, quantity: 2, expectedPriceFen: p.priceFen }
    expect((await place(buyer1, body, key)).body).toMatchObject({ error: { code: 'OUT_OF_STOCK' } })
    await t.sql.run('UPDATE products SET stock = 5 WHERE id = ?', [p.id])
    expect((await place(buyer1, body, key)).status).toBe(201)
  })

  it.each([
    [undefined, 'IDEMPOTENCY_KEY_REQUIRED'],
    ['', 'IDEMPOTENCY_KEY_REQUIRED'],
    ['short', 'IDEMPOTENCY_KEY_INVALID'],
    ['has space 123', 'IDEMPOTENCY_KEY_INVALID'],
    ['订单-12345678', 'IDEMPOTENCY_KEY_INVALID'],
    ['k'.repeat(101), 'IDEMPOTENCY_KEY_INVALID'],
  ])('answers Idempotency-Key %j with 400 %s', async (key, code) => {
    const p = (await product())
    const headers: Record<string, string> = key === undefined ? {} : { 'idempotency-key': key }
    const res = await buyer1.send('POST', '/api/orders', { productId: p.id, quantity: 1, expectedPriceFen: p.priceFen }, headers)
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ error: { code } })
  })
})
