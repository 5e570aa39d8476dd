import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Server } from '../bench/harness.ts'
import { figures, saveFigures } from './support/figures.ts'
import { logIn, send } from './support/http.ts'
import { setBudgets, stockProducts, type Stocked } from './support/ledger.ts'
import { Mall } from './support/mall.ts'
import { placeOrder } from './support/orders.ts'
import { openStream } from './support/sse.ts'

/** One quick check over a real process; tests/server/events.test.ts covers the stream in depth. */
let mall: Mall
let base: string
const products = {} as Record<'supplier1' | 'supplier2', Stocked>
const cookies: Record<string, string> = {}

beforeAll(async () => {
  mall = new Mall(600, (db) => {
    ;[products.supplier1] = stockProducts(db, 1, 1, 100, () => 5_000) as [Stocked]
    ;[products.supplier2] = stockProducts(db, 2, 1, 100, () => 6_000) as [Stocked]
    setBudgets(db, 1, [1e10])
    setBudgets(db, 2, [1e10])
  })
  base = ((await mall.start(1)) as [Server])[0].url
  for (const user of ['buyer1', 'buyer2', 'supplier1', 'supplier2']) cookies[user] = await logIn(base, user)
})

afterAll(async () => {
  saveFigures('event-stream')
  await mall?.close()
})

describe('order event stream', () => {
  it('streams each party only its own order events, live and on replay', async () => {
    const [b2, s2] = await Promise.all([
      openStream(base, cookies['buyer2'] as string),
      openStream(base, cookies['supplier2'] as string),
    ])
    const p1 = products.supplier1
    const foreign = (
      await placeOrder(
        base,
        cookies['buyer1'] as string,
        { productId: p1.id, quantity: 1, expectedPriceFen: p1.priceFen },
        'acl-sse-foreign',
      )
    ).body
    await send(base, 'POST', `/api/orders/${foreign.id}/confirm`, { cookie: cookies['supplier1'] as string })
    // A barrier: events go out in id order, so once both have seen this later order, the earlier one would have arrived.
    const p2 = products.supplier2
    const own = (
      await placeOrder(
        base,
        cookies['buyer2'] as string,
        { productId: p2.id, quantity: 1, expectedPriceFen: p2.priceFen },
        'acl-sse-own',
      )
    ).body
    const isOwn = (e: { data: Record<string, unknown> }) => e.data['orderId'] === own.id
    await Promise.all([b2.waitFor(isOwn), s2.waitFor(isOwn)])
    const replay = await openStream(base, cookies['buyer2'] as string, '0')
    await replay.waitFor(isOwn)
    const unitOf = (id: unknown) =>
      (mall.db().prepare('SELECT unit_id AS unit FROM orders WHERE id = ?').get(id) as { unit: number }).unit
    const strays = [
      ...b2.events.filter((e) => e.event === 'order' && e.data['orderId'] === foreign.id),
      ...s2.events.filter((e) => e.event === 'order' && e.data['orderId'] === foreign.id),
      ...replay.events.filter((e) => e.event === 'order' && unitOf(e.data['orderId']) !== 2),
    ]
    for (const s of [b2, s2, replay]) s.close()
    figures.crossPartyAttempts += 3
    figures.crossPartyLeaks += strays.length
    expect(strays).toEqual([])
  })
})
