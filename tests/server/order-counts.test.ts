import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OrderCounts } from '../../src/shared/contract/orders.ts'
import type { TestApp } from './helpers.ts'
import { createAppWith, logIn, place, stockProduct, type Caller } from './accounts.ts'

let t: TestApp
let buyer1: Caller
let supplier1: Caller
let supplier2: Caller

beforeAll(async () => {
  t = await createAppWith({})
  ;[buyer1, supplier1, supplier2] = await Promise.all([logIn(t.app, 'buyer1'), logIn(t.app, 'supplier1'), logIn(t.app, 'supplier2')])
})
afterAll(() => t.close())

describe('order counts', () => {
  it('counts the caller’s own orders per status, and nobody else’s', async () => {
    const ids: number[] = []
    for (let i = 0; i < 3; i++) {
      const p = (await stockProduct(t.sql, 1, 10, 5_000, i))
      ids.push((await place(buyer1, { productId: p.id, quantity: 1, expectedPriceFen: p.priceFen })).body.id)
    }
    await supplier1.send('POST', `/api/orders/${ids[0]}/confirm`)
    await buyer1.send('POST', `/api/orders/${ids[1]}/withdraw`)

    const mine = await supplier1.send<OrderCounts>('GET', '/api/orders/counts')
    expect(mine.status).toBe(200)
    expect(mine.body).toMatchObject({ pending: 1, confirmed: 1, withdrawn: 1, shipped: 0, accepted: 0 })
    expect((await buyer1.send<OrderCounts>('GET', '/api/orders/counts')).body).toEqual(mine.body)
    expect(Object.values((await supplier2.send<OrderCounts>('GET', '/api/orders/counts')).body).every((n) => n === 0)).toBe(true)
  })

  it('needs a login', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/orders/counts' })).statusCode).toBe(401)
  })
})
