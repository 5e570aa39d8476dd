import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Order } from '../../src/shared/contract/orders.ts'
import type { TestApp } from './helpers.ts'
import { createAppWith, logIn, place, plansOf, stockOf, stockProduct, type Caller } from './accounts.ts'
import { orderWalker, SUPPLIER_ACTIONS, type Action, type State } from './order-walk.ts'

let t: TestApp
let buyer1: Caller
let buyer2: Caller
let supplier1: Caller
let supplier2: Caller
let walker: ReturnType<typeof orderWalker>

beforeAll(async () => {
  t = await createAppWith({})
  buyer1 = await logIn(t.app, 'buyer1')
  buyer2 = await logIn(t.app, 'buyer2')
  supplier1 = await logIn(t.app, 'supplier1')
  supplier2 = await logIn(t.app, 'supplier2')
  walker = orderWalker(t, buyer1, supplier1)
})
afterAll(() => t.close())

const plan = async (id: number) => (await plansOf(t.sql, 1)).find((p) => p.id === id)
const sales = async (productId: number) => ((await t.sql.get('SELECT sales FROM products WHERE id = ?', [productId])) as { sales: number }).sales

describe('allowed transitions', () => {
  it.each([
    ['pending', 'confirm', 'confirmed'],
    ['pending', 'reject', 'rejected'],
    ['pending', 'withdraw', 'withdrawn'],
    ['confirmed', 'ship', 'shipped'],
    ['confirmed', 'withdraw', 'withdrawn'],
    ['shipped', 'receive', 'received'],
    ['received', 'accept', 'accepted'],
    ['accepted', 'rate', 'accepted'],
  ] as [State, Action, string][])('%s → %s gives %s', async (from, action, to) => {
    const { order } = await walker.orderIn(from)
    const res = await walker.step(order.id, action)
    expect(res.status).toBe(200)
    expect(res.body.status).toBe(to)
    expect(res.body.timeline.at(-1)).toMatchObject({ action, status: to })
  })

  it('takes an order from placement to a rating, showing each side what it may do next', async () => {
    const { order, productId } = await walker.orderIn('pending', 3)
    const salesBefore = (await sales(productId))
    expect((await supplier1.send<Order>('GET', `/api/orders/${order.id}`)).body.allowedActions).toEqual(['confirm', 'reject'])
    expect((await walker.step(order.id, 'confirm')).body.allowedActions).toEqual(['ship'])
    expect((await buyer1.send<Order>('GET', `/api/orders/${order.id}`)).body.allowedActions).toEqual(['withdraw'])
    const shipped = await walker.step(order.id, 'ship')
    expect(shipped.body).toMatchObject({ status: 'shipped', carrier: '顺丰速运', trackingNo: 'SF1234567890', allowedActions: [] })
    expect((await walker.step(order.id, 'receive')).body.allowedActions).toEqual(['accept'])
    const reservedBefore = (await plan(order.plan.id))
    const accepted = await walker.step(order.id, 'accept')
    expect(accepted.body.allowedActions).toEqual(['rate'])
    expect((await plan(order.plan.id))).toMatchObject({
      reserved_fen: (reservedBefore?.reserved_fen ?? 0) - order.totalFen,
      used_fen: (reservedBefore?.used_fen ?? 0) + order.totalFen,
    })
    expect((await sales(productId))).toBe(salesBefore + 3)
    const rated = await walker.step(order.id, 'rate')
    expect(rated.body.rating).toMatchObject({ score: 4, comment: '送货及时' })
    expect(rated.body.allowedActions).toEqual([])
    expect(rated.body.timeline.map((e) => e.action)).toEqual(['place', 'confirm', 'ship', 'receive', 'accept', 'rate'])
    expect(rated.body.timeline.find((e) => e.action === 'ship')?.note).toContain('SF1234567890')
  })

  it.each(['pending', 'confirmed'] as const)('gives back stock and budget when a %s order is withdrawn', async (state) => {
    const { order, productId } = await walker.orderIn(state, 5)
    const before = (await plan(order.plan.id))
    expect((await stockOf(t.sql, productId))).toBe(45)
    await walker.step(order.id, 'withdraw')
    expect((await stockOf(t.sql, productId))).toBe(50)
    expect((await plan(order.plan.id))?.reserved_fen).toBe((before?.reserved_fen ?? 0) - order.totalFen)
  })

  it('gives back stock and budget on rejection and shows the reason', async () => {
    const { order, productId } = await walker.orderIn('pending', 4)
    const before = (await plan(order.plan.id))
    const res = await walker.step(order.id, 'reject')
    expect(res.body).toMatchObject({ status: 'rejected', rejectReason: '该型号已停产' })
    expect((await stockOf(t.sql, productId))).toBe(50)
    expect((await plan(order.plan.id))?.reserved_fen).toBe((before?.reserved_fen ?? 0) - order.totalFen)
  })

  it('records every step as an event carrying the unit and supplier, for the event stream', async () => {
    const { order } = await walker.orderIn('shipped')
    const rows = (await t.sql.all('SELECT unit_id, supplier_id, action, status FROM order_events WHERE order_id = ? ORDER BY id', [order.id]))
    expect(rows).toEqual([
      { unit_id: 1, supplier_id: 1, action: 'place', status: 'pending' },
      { unit_id: 1, supplier_id: 1, action: 'confirm', status: 'confirmed' },
      { unit_id: 1, supplier_id: 1, action: 'ship', status: 'shipped' },
    ])
  })
})

describe('forbidden transitions', () => {
  const ALLOWED: Record<State, Action[]> = {
    pending: ['withdraw', 'confirm', 'reject'],
    confirmed: ['withdraw', 'ship'],
    shipped: ['receive'],
    received: ['accept'],
    accepted: ['rate'],
    rated: [],
    rejected: [],
    withdrawn: [],
  }
  const ALL: Action[] = ['withdraw', 'confirm', 'reject', 'ship', 'receive', 'accept', 'rate']

  it.each(Object.keys(ALLOWED) as State[])('answers every other step on a %s order with 409 INVALID_TRANSITION', async (state) => {
    const { order, productId } = await walker.orderIn(state)
    const stock = (await stockOf(t.sql, productId))
    for (const action of ALL.filter((a) => !ALLOWED[state].includes(a))) {
      const res = await walker.step(order.id, action)
      expect(res.status, `${state} → ${action}`).toBe(409)
      expect(res.body).toEqual({ error: { code: 'INVALID_TRANSITION', message: expect.any(String) } })
    }
    const after = (await buyer1.send<Order>('GET', `/api/orders/${order.id}`)).body
    expect(after.status).toBe(order.status)
    expect(after.timeline).toHaveLength(order.timeline.length)
    expect((await stockOf(t.sql, productId))).toBe(stock)
  })
})

describe('roles and parties', () => {
  it('lets only the supplier confirm, reject or ship, and only the purchaser withdraw, receive, accept or rate (403)', async () => {
    const { order } = await walker.orderIn('pending')
    for (const action of SUPPLIER_ACTIONS) expect((await walker.step(order.id, action, buyer1)).body).toMatchObject({ error: { code: 'FORBIDDEN_ROLE' } })
    for (const action of ['withdraw', 'receive', 'accept', 'rate'] as Action[]) {
      const res = await walker.step(order.id, action, supplier1)
      expect(res.status).toBe(403)
      expect(res.body).toMatchObject({ error: { code: 'FORBIDDEN_ROLE' } })
    }
  })

  it('answers another party’s order exactly like a missing one: 404 ORDER_NOT_FOUND', async () => {
    const { order } = await walker.orderIn('pending')
    const missing = await buyer2.send('GET', '/api/orders/999999')
    expect(missing.status).toBe(404)
    for (const res of [
      await buyer2.send('GET', `/api/orders/${order.id}`),
      await walker.step(order.id, 'withdraw', buyer2),
      await supplier2.send('GET', `/api/orders/${order.id}`),
      await walker.step(order.id, 'confirm', supplier2),
      await walker.step(order.id, 'reject', supplier2),
    ]) {
      expect(res.status).toBe(404)
      expect(res.body).toEqual(missing.body)
    }
    expect((await buyer1.send<Order>('GET', `/api/orders/${order.id}`)).body.status).toBe('pending')
  })

  it('lists only the caller’s own orders: the unit’s for a purchaser, the incoming ones for a supplier', async () => {
    const p2 = (await stockProduct(t.sql, 2, 50, 10_000, 0))
    const fromSupplier2 = (await place(buyer2, { productId: p2.id, quantity: 1, expectedPriceFen: p2.priceFen })).body
    const list = async (c: Caller) => (await c.send<{ items: Order[] }>('GET', '/api/orders?limit=50')).body.items
    expect((await list(buyer1)).every((o) => o.unit.id === 1)).toBe(true)
    expect((await list(buyer2)).map((o) => o.id)).toContain(fromSupplier2.id)
    expect((await list(supplier1)).every((o) => o.supplier.id === 1)).toBe(true)
    expect((await list(supplier2)).map((o) => o.id)).toEqual([fromSupplier2.id])
  })

  it('requires a login to read orders (401)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/orders' })
    expect(res.statusCode).toBe(401)
  })
})
