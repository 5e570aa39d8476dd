import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Me } from '../../src/shared/contract/session.ts'
import type { TestApp } from './helpers.ts'
import {
  addPlan,
  caller,
  createAppWith,
  logIn,
  newKey,
  place,
  plansOf,
  stockOf,
  stockProduct,
  type Caller,
} from './accounts.ts'

let t: TestApp
let buyer1: Caller
let buyer2: Caller
let supplier1: Caller
let next = 0
/** A fresh supplier-1 product (the demo suppliers deliver province-wide) at a known price and stock. */
const product = (stock = 100, priceFen = 10_000) => stockProduct(t.sql, 1, stock, priceFen, next++)

beforeAll(async () => {
  t = await createAppWith({})
  buyer1 = await logIn(t.app, 'buyer1')
  buyer2 = await logIn(t.app, 'buyer2')
  supplier1 = await logIn(t.app, 'supplier1')
})
afterAll(() => t.close())

describe('one-tap ordering', () => {
  it('places an order with the unit’s default address, invoice title and first plan, reserving stock and budget', async () => {
    const p = (await product(100, 12_345))
    const [plan] = (await plansOf(t.sql, 1))
    const res = await place(buyer1, { productId: p.id, quantity: 3, expectedPriceFen: p.priceFen })
    expect(res.status).toBe(201)
    const me = (await buyer1.send<Me & { role: 'purchaser' }>('GET', '/api/me')).body
    expect(res.body).toMatchObject({
      status: 'pending',
      quantity: 3,
      unitPriceFen: 12_345,
      totalFen: 37_035,
      unit: { id: 1 },
      supplier: { id: 1 },
      product: { id: p.id },
      plan: { id: plan?.id },
      invoiceTitle: me.unit.invoiceTitle,
      address: { contact: me.defaultAddress?.contact, detail: me.defaultAddress?.detail },
      allowedActions: ['withdraw'],
    })
    expect(res.body.timeline).toEqual([expect.objectContaining({ action: 'place', status: 'pending' })])
    expect((await buyer1.send('GET', `/api/orders/${res.body.id}`)).body).toEqual(res.body)
    expect((await stockOf(t.sql, p.id))).toBe(97)
    expect((await plansOf(t.sql, 1))[0]?.reserved_fen).toBe((plan?.reserved_fen ?? 0) + 37_035)
  })

  it('uses the plan and address it is given', async () => {
    const p = (await product())
    const added = await buyer1.send<{ id: number }>('POST', '/api/me/addresses', {
      contact: '周老师',
      phone: '13800138000',
      regionCode: '330106',
      detail: '文三路 90 号',
    })
    const planId = (await addPlan(t.sql, 1, 1_000_000))
    const res = await place(buyer1, { productId: p.id, quantity: 1, expectedPriceFen: p.priceFen, planId, addressId: added.body.id })
    expect(res.status).toBe(201)
    expect(res.body.plan).toMatchObject({ id: planId, name: '测试计划' })
    expect(res.body.address).toMatchObject({ contact: '周老师', detail: '文三路 90 号', regionName: '西湖区' })
  })
})

describe('placement checks', () => {
  it('answers a changed price with 409 PRICE_CHANGED and the current price, reserving nothing', async () => {
    const p = (await product(10, 20_000))
    const res = await place(buyer1, { productId: p.id, quantity: 1, expectedPriceFen: 19_900 })
    expect(res.status).toBe(409)
    expect(res.body).toEqual({ error: { code: 'PRICE_CHANGED', message: expect.stringContaining('200.00'), currentPriceFen: 20_000 } })
    expect((await stockOf(t.sql, p.id))).toBe(10)
  })

  it('answers more than the stock with 409 OUT_OF_STOCK', async () => {
    const p = (await product(2))
    expect((await place(buyer1, { productId: p.id, quantity: 3, expectedPriceFen: p.priceFen })).body).toMatchObject({
      error: { code: 'OUT_OF_STOCK' },
    })
    const soldOut = (await product(0))
    const res = await place(buyer1, { productId: soldOut.id, quantity: 1, expectedPriceFen: soldOut.priceFen })
    expect(res.status).toBe(409)
    expect(res.body).toMatchObject({ error: { code: 'OUT_OF_STOCK' } })
  })

  it('allows an order of exactly the ¥200,000 limit and refuses one over it with 422 LIMIT_EXCEEDED', async () => {
    const p = (await product(1000, 250_000))
    expect((await place(buyer1, { productId: p.id, quantity: 80, expectedPriceFen: p.priceFen })).status).toBe(201)
    const res = await place(buyer1, { productId: p.id, quantity: 81, expectedPriceFen: p.priceFen })
    expect(res.status).toBe(422)
    expect(res.body).toMatchObject({ error: { code: 'LIMIT_EXCEEDED' } })
  })

  it('answers a product the supplier does not deliver to the unit’s city with 422 NOT_DELIVERABLE', async () => {
    const p = (await product())
    await t.sql.run('UPDATE products SET delivery_mask = 2 WHERE id = ?', [p.id]) // Ningbo only
    const res = await place(buyer1, { productId: p.id, quantity: 1, expectedPriceFen: p.priceFen })
    expect(res.status).toBe(422)
    expect(res.body).toMatchObject({ error: { code: 'NOT_DELIVERABLE' } })
    expect((await place(buyer2, { productId: p.id, quantity: 1, expectedPriceFen: p.priceFen })).status).toBe(201)
  })

  it('answers an unknown product with 404 PRODUCT_NOT_FOUND', async () => {
    const res = await place(buyer1, { productId: 999_999, quantity: 1, expectedPriceFen: 100 })
    expect(res.status).toBe(404)
    expect(res.body).toMatchObject({ error: { code: 'PRODUCT_NOT_FOUND' } })
  })

  it('treats another unit’s plan or address as not found (404)', async () => {
    const p = (await product())
    const otherPlan = (await plansOf(t.sql, 2))[0]?.id
    const otherAddress = ((await t.sql.get('SELECT id FROM addresses WHERE unit_id = 2')) as { id: number }).id
    const base = { productId: p.id, quantity: 1, expectedPriceFen: p.priceFen }
    expect((await place(buyer1, { ...base, planId: otherPlan })).body).toMatchObject({ error: { code: 'PLAN_NOT_FOUND' } })
    expect((await place(buyer1, { ...base, addressId: otherAddress })).body).toMatchObject({ error: { code: 'ADDRESS_NOT_FOUND' } })
    expect((await place(buyer1, { ...base, planId: 99_999 })).status).toBe(404)
  })

  it('requires a purchaser’s login: 401 UNAUTHENTICATED anonymously, 403 FORBIDDEN_ROLE for a supplier', async () => {
    const p = (await product())
    const body = { productId: p.id, quantity: 1, expectedPriceFen: p.priceFen }
    const anonymous = await place(caller(t.app), body)
    expect(anonymous.status).toBe(401)
    expect(anonymous.body).toMatchObject({ error: { code: 'UNAUTHENTICATED' } })
    const supplier = await place(supplier1, body)
    expect(supplier.status).toBe(403)
    expect(supplier.body).toMatchObject({ error: { code: 'FORBIDDEN_ROLE' } })
  })

  it('answers malformed bodies with a 400 in the error shape, never a 5xx', async () => {
    const p = (await product())
    const bodies: unknown[] = [
      {},
      { productId: p.id },
      { productId: p.id, quantity: 0, expectedPriceFen: 1 },
      { productId: p.id, quantity: 10_000, expectedPriceFen: 1 },
      { productId: p.id, quantity: 1.5, expectedPriceFen: 1 },
      { productId: p.id, quantity: 'two', expectedPriceFen: 1 },
      { productId: -1, quantity: 1, expectedPriceFen: 1 },
      { productId: 1e20, quantity: 1, expectedPriceFen: 1 },
      { productId: p.id, quantity: 1, expectedPriceFen: -5 },
      { productId: p.id, quantity: 1, expectedPriceFen: 1, planId: 'x' },
      [1, 2, 3],
      'null',
      '{"productId": ',
    ]
    for (const body of bodies) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/orders',
        headers: { 'x-requested-with': 'XMLHttpRequest', 'content-type': 'application/json', cookie: buyer1.cookie, 'idempotency-key': newKey() },
        payload: typeof body === 'string' ? body : JSON.stringify(body),
      })
      expect(res.statusCode, JSON.stringify(body)).toBe(400)
      expect(JSON.parse(res.body).error.code).toMatch(/^(VALIDATION_FAILED|INVALID_JSON)$/)
    }
  })
})
