import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Order } from '../../src/shared/contract/orders.ts'
import type { Server } from '../bench/harness.ts'
import { figures, saveFigures } from './support/figures.ts'
import { logIn, send } from './support/http.ts'
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
import { errorCode, placeOrder, step, type PlaceBody } from './support/orders.ts'
import { rng } from './support/random.ts'
import { SCALE } from './support/scale.ts'

/*
 * Why an acknowledged order survives kill -9: src/server/db/database.ts opens SQLite with
 * journal_mode=WAL and synchronous=NORMAL, and GroupCommit answers only after COMMIT. In WAL mode a
 * COMMIT appends the transaction to the -wal file with write() before it returns, so the bytes are
 * in the operating system's page cache when the 201 goes out; killing the process cannot take them
 * back, and the next open replays the WAL. NORMAL skips the fsync at each commit, so only an OS crash
 * or power loss (not tested here) could lose the last commits; FULL would close that gap at the cost
 * of one fsync per group commit.
 */

type Buyer = 'buyer1' | 'buyer2'

/** One order attempt; `unknown` is a request cut off by the kill, which may or may not have committed. */
interface Tried {
  key: string
  buyer: Buyer
  body: PlaceBody
  outcome: 'acknowledged' | 'refused' | 'unknown'
  order?: Order
}

const random = rng(8_003)
const WORKERS = 24
let mall: Mall
let server: Server
let products: Stocked[] = []
let baseline: StockBaseline
const cookies: Record<string, string> = {}
const tried: Tried[] = []
const withdrawn: number[] = []

beforeAll(async () => {
  mall = new Mall(600, (db) => {
    products = [
      ...stockProducts(db, 1, 4, 1_000_000, (i) => 2_000 + i * 300),
      ...stockProducts(db, 2, 4, 1_000_000, (i) => 2_500 + i * 300),
    ]
    setBudgets(db, 1, [1e11])
    setBudgets(db, 2, [1e11])
    baseline = stockBaseline(
      db,
      products.map((p) => p.id),
    )
  })
  ;[server] = (await mall.start(1)) as [Server]
  for (const user of ['buyer1', 'buyer2']) cookies[user] = await logIn(server.url, user)
})

afterAll(async () => {
  saveFigures('crash')
  await mall?.close()
})

/**
 * Orders (and some withdrawals) from many clients at once until `target` are acknowledged, then
 * kill -9 while the clients keep sending, so orders are cut off in flight. (The server writes each
 * answer in the same turn of the event loop as its COMMIT, so in practice a cut-off order had not
 * committed; the retry test below holds either way.)
 */
async function orderUntilKilled(round: number, target: number): Promise<Tried[]> {
  const prefix = `crash-${round}-`
  const attempts: Tried[] = []
  let acks = 0
  let killing: Promise<void> | undefined
  let dead = false
  const worker = async (): Promise<void> => {
    while (!dead) {
      const buyer: Buyer = random.next() < 0.5 ? 'buyer1' : 'buyer2'
      const product = random.pick(products)
      const attempt: Tried = {
        key: `${prefix}${randomUUID()}`,
        buyer,
        body: { productId: product.id, quantity: random.int(1, 4), expectedPriceFen: product.priceFen },
        outcome: 'unknown',
      }
      attempts.push(attempt)
      try {
        const answer = await placeOrder(server.url, cookies[buyer] as string, attempt.body, attempt.key)
        attempt.outcome = answer.status === 201 ? 'acknowledged' : 'refused'
        if (answer.status !== 201) continue
        attempt.order = answer.body
        if (++acks >= target) killing ??= mall.kill(server).then(() => void (dead = true))
        if (random.next() < 0.2) {
          const done = await step(server.url, cookies[buyer] as string, answer.body.id, 'withdraw')
          if (done.status === 200) withdrawn.push(answer.body.id)
        }
      } catch {
        return // the connection died with the process
      }
    }
  }
  await Promise.all(Array.from({ length: WORKERS }, worker))
  await killing
  return attempts
}

describe('crash safety', () => {
  for (let roundNo = 1; roundNo <= SCALE.crashRounds; roundNo++) {
    it(`keeps every acknowledged order and withdrawal across kill -9 and restart (round ${roundNo} of ${SCALE.crashRounds})`, async () => {
      const round = await orderUntilKilled(roundNo, SCALE.acksBeforeKill)
      tried.push(...round)
      ;[server] = (await mall.start(1)) as [Server]
      const acknowledged = round.filter((t) => t.outcome === 'acknowledged')
      figures.acknowledgedBeforeCrash += acknowledged.length
      figures.ordersAcknowledged += acknowledged.length
      figures.cutOffByCrash += round.filter((t) => t.outcome === 'unknown').length
      expect(round.filter((t) => t.outcome === 'refused')).toEqual([])

      // The sessions are in the database too: the same cookies still work after the restart.
      let found = 0
      for (const t of acknowledged) {
        const answer = await send<Order>(server.url, 'GET', `/api/orders/${t.order?.id}`, { cookie: cookies[t.buyer] })
        if (
          answer.status === 200 &&
          answer.body.quantity === t.body.quantity &&
          answer.body.product.id === t.body.productId
        )
          found++
      }
      figures.foundAfterCrash += found
      expect(found).toBe(acknowledged.length)
      const statuses = mall
        .db()
        .prepare(`SELECT id, status FROM orders WHERE id IN (${withdrawn.join(',') || 0})`)
        .all() as { status: string }[]
      expect(statuses.filter((s) => s.status !== 'withdrawn')).toEqual([])
      expect(mall.db().pragma('integrity_check', { simple: true })).toBe('ok')
    })
  }

  it('lets every client retry with its key afterwards: acknowledged keys replay, cut-off ones end with exactly one order', async () => {
    const answers = await Promise.all(
      tried.map((t) => placeOrder(server.url, cookies[t.buyer] as string, t.body, t.key)),
    )
    const wrong = answers.filter((a, i) => {
      const t = tried[i] as Tried
      if (a.status !== 201) return true
      return (
        t.outcome === 'acknowledged' && (a.headers.get('idempotent-replayed') !== 'true' || a.body.id !== t.order?.id)
      )
    })
    expect(wrong.map((a) => (a.status === 201 ? `order ${a.body.id}` : errorCode(a)))).toEqual([])
    const replayed = answers.filter(
      (a, i) => tried[i]?.outcome === 'unknown' && a.headers.get('idempotent-replayed') === 'true',
    )
    figures.cutOffButCommitted += replayed.length
    const db = mall.db()
    const { orders } = db.prepare('SELECT count(*) AS orders FROM orders').get() as { orders: number }
    const extra = Math.max(0, orders - tried.length) + duplicateOrders(db)
    figures.duplicates += extra
    expect(orders).toBe(tried.length)
    expect(extra).toBe(0)
    const result = reconcile(db, baseline)
    figures.oversells += result.oversells
    figures.overspends += result.overspends
    figures.ledgerMismatches += result.mismatches.length
    expect(result).toEqual({ oversells: 0, overspends: 0, mismatches: [] })
  })
})
