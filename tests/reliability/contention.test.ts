import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Order } from '../../src/shared/contract/orders.ts'
import type { Server } from '../bench/harness.ts'
import { figures, saveFigures } from './support/figures.ts'
import { logIn, type Answer } from './support/http.ts'
import {
  reconcile,
  setBudgets,
  stockBaseline,
  stockProducts,
  type StockBaseline,
  type Stocked,
} from './support/ledger.ts'
import { Mall } from './support/mall.ts'
import { errorCode, placeOrder, step, tally, type PlaceBody } from './support/orders.ts'
import { inPool, rng } from './support/random.ts'
import { SCALE } from './support/scale.ts'

const random = rng(8_002)
const STOCK = 150
const PRICE = 30_000
/** Room for 100 units and a bit, so some order is always one unit too many. */
const BUDGET = 100 * PRICE + PRICE - 1
let mall: Mall
let servers: Server[]
let scarce: Stocked
let plentiful: Stocked
let churned: Stocked
let buyer1Plan: number
let baseline: StockBaseline
const cookies: Record<string, string> = {}

beforeAll(async () => {
  mall = new Mall(600, (db) => {
    ;[scarce, churned] = stockProducts(db, 1, 2, STOCK, () => 10_000) as [Stocked, Stocked]
    ;[plentiful] = stockProducts(db, 2, 1, 1_000_000, () => PRICE) as [Stocked]
    // buyer1's first plan is large (orders without a plan use it); the second is the contested one.
    buyer1Plan = setBudgets(db, 1, [1e11, BUDGET])[1] as number
    setBudgets(db, 2, [1e11])
    baseline = stockBaseline(db, [scarce.id, plentiful.id, churned.id])
  })
  servers = await mall.start(2)
  for (const user of ['buyer1', 'buyer2', 'supplier1']) cookies[user] = await logIn((servers[0] as Server).url, user)
})

afterAll(async () => {
  saveFigures('contention')
  await mall?.close()
})

interface Sent {
  body: PlaceBody
  answer: Answer<Order>
}

/** Fires the orders all at once (up to the pool size) at both processes, from both units. */
async function storm(bodies: { buyer: string; body: PlaceBody }[]): Promise<Sent[]> {
  const sent: Sent[] = []
  await inPool(
    bodies.map(({ buyer, body }) => async () => {
      const answer = await placeOrder(random.pick(servers).url, cookies[buyer] as string, body, `c-${randomUUID()}`)
      sent.push({ body, answer })
    }),
    SCALE.concurrency * 2,
  )
  return sent
}

function record(): void {
  const result = reconcile(mall.db(), baseline)
  figures.oversells += result.oversells
  figures.overspends += result.overspends
  figures.ledgerMismatches += result.mismatches.length
  expect(result).toEqual({ oversells: 0, overspends: 0, mismatches: [] })
}

const stockOf = (id: number): number =>
  (mall.db().prepare('SELECT stock FROM products WHERE id = ?').get(id) as { stock: number }).stock

describe('no oversell and no overspend under concurrent orders', () => {
  it(`sells at most the ${STOCK} in stock to ${SCALE.contentionOrders} simultaneous orders of 1–7 units, and turns away only orders that no longer fit`, async () => {
    const sent = await storm(
      Array.from({ length: SCALE.contentionOrders }, (_, i) => ({
        buyer: i % 2 ? 'buyer1' : 'buyer2',
        body: { productId: scarce.id, quantity: random.int(1, 7), expectedPriceFen: scarce.priceFen },
      })),
    )
    const sold = sent.filter((s) => s.answer.status === 201).reduce((n, s) => n + s.body.quantity, 0)
    const left = stockOf(scarce.id)
    figures.ordersAcknowledged += sent.filter((s) => s.answer.status === 201).length
    figures.oversells += Math.max(0, sold - STOCK)
    expect(sold).toBeLessThanOrEqual(STOCK)
    expect(left).toBe(STOCK - sold)
    // Every order turned away for stock asked for more than was left even at the very end.
    const refused = sent.filter((s) => errorCode(s.answer) === 'OUT_OF_STOCK')
    expect(refused.length).toBeGreaterThan(0)
    expect(refused.filter((s) => s.body.quantity <= left)).toEqual([])
    expect(Object.keys(tally(sent.map((s) => s.answer))).sort()).toEqual(['201', 'OUT_OF_STOCK'])
    record()
  })

  it(`never lets ${SCALE.contentionOrders} simultaneous orders against one plan spend more than its budget`, async () => {
    const sent = await storm(
      Array.from({ length: SCALE.contentionOrders }, () => ({
        buyer: 'buyer1',
        body: { productId: plentiful.id, quantity: random.int(1, 5), expectedPriceFen: PRICE, planId: buyer1Plan },
      })),
    )
    const plan = mall
      .db()
      .prepare('SELECT budget_fen, reserved_fen, used_fen FROM plans WHERE id = ?')
      .get(buyer1Plan) as {
      budget_fen: number
      reserved_fen: number
      used_fen: number
    }
    const committed = plan.reserved_fen + plan.used_fen
    figures.ordersAcknowledged += sent.filter((s) => s.answer.status === 201).length
    figures.overspends += committed > BUDGET ? 1 : 0
    expect(committed).toBeLessThanOrEqual(BUDGET)
    const refused = sent.filter((s) => errorCode(s.answer) === 'BUDGET_EXCEEDED')
    expect(refused.length).toBeGreaterThan(0)
    // Turned away only when the order's total no longer fit in what was left at the end.
    expect(refused.filter((s) => s.body.quantity * PRICE <= BUDGET - committed)).toEqual([])
    expect(sent.filter((s) => s.answer.status !== 201 && errorCode(s.answer) !== 'BUDGET_EXCEEDED')).toEqual([])
    record()
  })

  it('keeps stock and budgets exact while orders, withdrawals and rejections of one product interleave', async () => {
    const placed: Order[] = []
    const steps: Answer[] = []
    const tasks = Array.from({ length: SCALE.contentionOrders }, (_, i) => async () => {
      const buyer = i % 3 ? 'buyer2' : 'buyer1'
      const answer = await placeOrder(
        random.pick(servers).url,
        cookies[buyer] as string,
        { productId: churned.id, quantity: random.int(1, 3), expectedPriceFen: churned.priceFen },
        `c-${randomUUID()}`,
      )
      if (answer.status === 201) {
        placed.push(answer.body)
        figures.ordersAcknowledged++
      }
      // Give back roughly every other order at once, racing the orders still coming in.
      const victim =
        placed.length > 0 && random.next() < 0.5 ? placed.splice(random.int(0, placed.length - 1), 1)[0] : undefined
      if (!victim) return
      const server = random.pick(servers).url
      const buyerCookie = cookies[victim.unit.id === 1 ? 'buyer1' : 'buyer2'] as string
      steps.push(
        await (random.next() < 0.5
          ? step(server, buyerCookie, victim.id, 'withdraw')
          : step(server, cookies['supplier1'] as string, victim.id, 'reject', { reason: '备货不足' })),
      )
    })
    await inPool(tasks, SCALE.concurrency)
    expect(steps.filter((s) => s.status !== 200)).toEqual([])
    expect(stockOf(churned.id)).toBeGreaterThanOrEqual(0)
    record()
  })
})
