import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TestApp } from './helpers.ts'
import { createAppWith, logIn, place, plansOf, setBudgets, stockOf, stockProduct, type Caller } from './accounts.ts'

describe('budget and defaults', () => {
  let b: TestApp
  let buyer: Caller
  beforeEach(async () => {
    b = await createAppWith({}, 200)
    buyer = await logIn(b.app, 'buyer1')
  })
  afterEach(() => b.close())

  it('skips a plan without enough remaining budget for the next one that has it', async () => {
    const [first, second] = (await setBudgets(b.sql, 1, [50_000, 1_000_000]))
    const p = (await stockProduct(b.sql, 1, 10, 30_000))
    const a = await place(buyer, { productId: p.id, quantity: 1, expectedPriceFen: p.priceFen })
    const c = await place(buyer, { productId: p.id, quantity: 1, expectedPriceFen: p.priceFen })
    expect(a.body.plan.id).toBe(first?.id)
    expect(c.body.plan.id).toBe(second?.id)
  })

  it('answers 422 BUDGET_EXCEEDED when the chosen plan, or every plan, lacks the total', async () => {
    const [first] = (await setBudgets(b.sql, 1, [50_000, 40_000]))
    const p = (await stockProduct(b.sql, 1, 10, 45_000))
    const named = await place(buyer, { productId: p.id, quantity: 1, expectedPriceFen: p.priceFen, planId: (await plansOf(b.sql, 1))[1]?.id })
    expect(named.status).toBe(422)
    expect(named.body).toMatchObject({ error: { code: 'BUDGET_EXCEEDED' } })
    const any = await place(buyer, { productId: p.id, quantity: 2, expectedPriceFen: p.priceFen })
    expect(any.status).toBe(422)
    expect(any.body).toMatchObject({ error: { code: 'BUDGET_EXCEEDED' } })
    expect((await plansOf(b.sql, 1))[0]).toMatchObject({ id: first?.id, reserved_fen: 0 })
    expect((await stockOf(b.sql, p.id))).toBe(10)
  })

  it('answers 422 ADDRESS_REQUIRED when the unit has no address to deliver to', async () => {
    await b.sql.run('DELETE FROM addresses WHERE unit_id = 1')
    const p = (await stockProduct(b.sql, 1, 10))
    const res = await place(buyer, { productId: p.id, quantity: 1, expectedPriceFen: p.priceFen })
    expect(res.status).toBe(422)
    expect(res.body).toMatchObject({ error: { code: 'ADDRESS_REQUIRED' } })
  })

  it('applies a configured single-order limit and shows it in /api/me', async () => {
    const limited = await createAppWith({ orderLimitFen: 50_000 }, 200)
    const buyerThere = await logIn(limited.app, 'buyer1')
    const p = (await stockProduct(limited.sql, 1, 10, 10_000))
    expect((await place(buyerThere, { productId: p.id, quantity: 6, expectedPriceFen: p.priceFen })).body).toMatchObject({
      error: { code: 'LIMIT_EXCEEDED' },
    })
    expect((await buyerThere.send<{ orderLimitFen: number }>('GET', '/api/me')).body.orderLimitFen).toBe(50_000)
    await limited.close()
  })
})
