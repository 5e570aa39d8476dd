import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Order } from '../../src/shared/contract/orders.ts'
import type { Server } from '../bench/harness.ts'
import { figures, saveFigures } from './support/figures.ts'
import { logIn, type Answer } from './support/http.ts'
import {
  duplicateOrders,
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

type Buyer = 'buyer1' | 'buyer2'
type Kind = 'plain' | 'conflicting' | 'stale-price'

/** One order attempt under one key, and every answer its retries got. */
interface Attempt {
  key: string
  buyer: Buyer
  kind: Kind
  bodies: PlaceBody[]
  answers: { body: PlaceBody; answer: Answer<Order> }[]
}

const random = rng(8_001)
let mall: Mall
let servers: Server[]
let products: Stocked[] = []
let baseline: StockBaseline
let plans: Record<Buyer, number[]>
const cookies: Record<string, string[]> = {}
const attempts: Attempt[] = []

beforeAll(async () => {
  mall = new Mall(600, (db) => {
    products = [
      ...stockProducts(db, 1, 8, 1_000_000, (i) => 1_000 + i * 700),
      ...stockProducts(db, 2, 8, 1_000_000, (i) => 1_500 + i * 900),
    ]
    plans = { buyer1: setBudgets(db, 1, [1e11, 1e11]), buyer2: setBudgets(db, 2, [1e11, 1e11]) }
    baseline = stockBaseline(
      db,
      products.map((p) => p.id),
    )
  })
  // Two processes on one database file: a retry may reach either, as behind a load balancer.
  servers = await mall.start(2)
  for (const user of ['buyer1', 'buyer2', 'supplier1', 'supplier2']) {
    // Two sessions per user: the retry may come from the app reopened, not the same session.
    cookies[user] = await Promise.all(servers.map((s) => logIn(s.url, user)))
  }
})

afterAll(async () => {
  saveFigures('idempotency')
  await mall?.close()
})

function makeAttempt(i: number): Attempt {
  const buyer: Buyer = i % 2 ? 'buyer1' : 'buyer2'
  const product = random.pick(products)
  const body: PlaceBody = { productId: product.id, quantity: random.int(1, 5), expectedPriceFen: product.priceFen }
  if (random.next() < 0.3) body.planId = random.pick(plans[buyer])
  const roll = random.next()
  const kind: Kind = roll < 0.05 ? 'conflicting' : roll < 0.1 ? 'stale-price' : 'plain'
  if (kind === 'stale-price') body.expectedPriceFen += 1
  const sends = random.int(kind === 'conflicting' ? 2 : 1, 5)
  const bodies = Array.from({ length: sends }, () => body)
  // The same key with different contents: a client bug or a tampered retry.
  if (kind === 'conflicting') bodies[random.int(0, sends - 1)] = { ...body, quantity: body.quantity + 1 }
  return { key: `rel-${i}-${random.int(0, 1e9).toString(36)}`, buyer, kind, bodies, answers: [] }
}

async function sendOne(attempt: Attempt, body: PlaceBody): Promise<void> {
  const server = random.pick(servers)
  const cookie = random.pick(cookies[attempt.buyer] ?? [])
  attempt.answers.push({ body, answer: await placeOrder(server.url, cookie, body, attempt.key) })
}

const ordersOf = (attempt: Attempt): Set<number> =>
  new Set(attempt.answers.filter((a) => a.answer.status === 201).map((a) => a.answer.body.id))
const replayed = (a: Answer): boolean => a.headers.get('idempotent-replayed') === 'true'

describe('idempotency under retries', () => {
  it(`places exactly one order per key when ${SCALE.idempotencyKeys} keys are each sent 1–5 times, interleaved, to two processes`, async () => {
    for (let i = 0; i < SCALE.idempotencyKeys; i++) attempts.push(makeAttempt(i))
    // Most retries are shuffled among everything else; one key in ten arrives as a burst all at once.
    const tasks: (() => Promise<void>)[] = []
    for (const attempt of attempts) {
      if (random.next() < 0.1)
        tasks.push(() => Promise.all(attempt.bodies.map((b) => sendOne(attempt, b))).then(() => {}))
      else for (const body of attempt.bodies) tasks.push(() => sendOne(attempt, body))
    }
    await inPool(random.shuffle(tasks), SCALE.concurrency)

    const problems: string[] = []
    for (const attempt of attempts) {
      const ids = ordersOf(attempt)
      const created = attempt.answers.filter((a) => a.answer.status === 201 && !replayed(a.answer)).length
      for (const { body, answer } of attempt.answers) {
        if (
          answer.status === 201 &&
          (answer.body.product.id !== body.productId || answer.body.quantity !== body.quantity)
        ) {
          problems.push(`${attempt.key}: a 201 answered a request with other contents`)
        }
      }
      const codes = tally(attempt.answers.map((a) => a.answer))
      if (attempt.kind === 'stale-price') {
        if (ids.size !== 0 || codes['PRICE_CHANGED'] !== attempt.bodies.length)
          problems.push(`${attempt.key}: ${JSON.stringify(codes)}`)
        continue
      }
      if (ids.size !== 1 || created !== 1) problems.push(`${attempt.key}: ${ids.size} orders, ${created} created`)
      const expected = attempt.kind === 'plain' ? { '201': attempt.bodies.length } : undefined
      if (expected && JSON.stringify(codes) !== JSON.stringify(expected))
        problems.push(`${attempt.key}: ${JSON.stringify(codes)}`)
      if (
        attempt.kind === 'conflicting' &&
        Object.keys(codes).some((c) => c !== '201' && c !== 'IDEMPOTENCY_KEY_REUSED')
      ) {
        problems.push(`${attempt.key}: ${JSON.stringify(codes)}`)
      }
    }
    const acknowledged = attempts.filter((a) => ordersOf(a).size > 0)
    const db = mall.db()
    const { orders } = db.prepare('SELECT count(*) AS orders FROM orders').get() as { orders: number }
    const extra =
      Math.max(0, orders - acknowledged.length) +
      duplicateOrders(db) +
      attempts.filter((a) => ordersOf(a).size > 1).length
    for (const attempt of acknowledged) {
      const stored = db.prepare('SELECT order_id AS id FROM idempotency_keys WHERE key = ?').get(attempt.key) as
        { id: number } | undefined
      if (stored?.id !== [...ordersOf(attempt)][0]) problems.push(`${attempt.key}: stored key points at ${stored?.id}`)
    }
    figures.ordersAcknowledged += acknowledged.length
    figures.duplicates += extra

    expect(problems).toEqual([])
    expect(extra).toBe(0)
    expect(orders).toBe(acknowledged.length)
    expect(acknowledged.length).toBe(attempts.filter((a) => a.kind !== 'stale-price').length)
  })

  it('releases stock and budget exactly once when a withdrawal races another withdrawal or a rejection', async () => {
    const placed = attempts.filter((a) => ordersOf(a).size === 1)
    const chosen = random.shuffle([...placed]).slice(0, Math.ceil(placed.length * 0.3))
    const outcomes: Record<string, number>[] = []
    await inPool(
      chosen.map((attempt) => async () => {
        const order = attempt.answers.find((a) => a.answer.status === 201)?.answer.body as Order
        const [a, b] = servers as [Server, Server]
        const buyerCookie = (cookies[attempt.buyer] ?? [])[0] as string
        const supplierCookie = (cookies[`supplier${order.supplier.id}`] ?? [])[1] as string
        const racer =
          random.next() < 0.5
            ? step(b.url, buyerCookie, order.id, 'withdraw')
            : step(b.url, supplierCookie, order.id, 'reject', { reason: '库存调整' })
        outcomes.push(tally(await Promise.all([step(a.url, buyerCookie, order.id, 'withdraw'), racer])))
      }),
      SCALE.concurrency / 2,
    )
    const wrong = outcomes.filter((o) => o['200'] !== 1 || o['INVALID_TRANSITION'] !== 1)
    const result = reconcile(mall.db(), baseline)
    figures.oversells += result.oversells
    figures.overspends += result.overspends
    figures.ledgerMismatches += result.mismatches.length
    expect(wrong).toEqual([])
    expect(result).toEqual({ oversells: 0, overspends: 0, mismatches: [] })
  })

  it('answers a replayed key with the original order as it is now, and creates nothing', async () => {
    const db = mall.db()
    const before = (db.prepare('SELECT count(*) AS n FROM orders').get() as { n: number }).n
    const sample = random.shuffle(attempts.filter((a) => a.kind === 'plain')).slice(0, 200)
    const answers = await Promise.all(
      sample.map((attempt) =>
        placeOrder(
          random.pick(servers).url,
          (cookies[attempt.buyer] ?? [])[0] as string,
          attempt.bodies[0] as PlaceBody,
          attempt.key,
        ),
      ),
    )
    const mismatched = answers.filter((answer, i) => {
      const stored = db.prepare('SELECT status FROM orders WHERE id = ?').get(answer.body.id) as
        { status: string } | undefined
      return (
        answer.status !== 201 ||
        !replayed(answer) ||
        answer.body.id !== [...ordersOf(sample[i] as Attempt)][0] ||
        answer.body.status !== stored?.status
      )
    })
    expect(mismatched.map((a) => (a.status === 201 ? a.body.id : errorCode(a)))).toEqual([])
    expect((db.prepare('SELECT count(*) AS n FROM orders').get() as { n: number }).n).toBe(before)
  })
})
