import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Order, OrderList } from '../../src/shared/contract/orders.ts'
import type { Address, Plan } from '../../src/shared/contract/session.ts'
import type { Server } from '../bench/harness.ts'
import { figures, saveFigures } from './support/figures.ts'
import { probe } from './support/matrix.ts'
import { send, type Answer } from './support/http.ts'
import { setBudgets, stockProducts, type Stocked } from './support/ledger.ts'
import { Mall } from './support/mall.ts'
import { placeOrder, STEP_BODIES } from './support/orders.ts'
import { CALLERS, partyTo, setUpParties, type Parties } from './support/parties.ts'

const ACTIONS = ['withdraw', 'confirm', 'reject', 'ship', 'receive', 'accept', 'rate']
let mall: Mall
let base: string
let parties: Parties
let plans: Record<'buyer1' | 'buyer2', number[]>
const products = {} as Record<'supplier1' | 'supplier2', Stocked>

beforeAll(async () => {
  mall = new Mall(600, (db) => {
    ;[products.supplier1] = stockProducts(db, 1, 1, 10_000, () => 5_000) as [Stocked]
    ;[products.supplier2] = stockProducts(db, 2, 1, 10_000, () => 6_000) as [Stocked]
    plans = { buyer1: setBudgets(db, 1, [1e10, 1e10]), buyer2: setBudgets(db, 2, [1e10, 1e10]) }
  })
  base = ((await mall.start(1)) as [Server])[0].url
  parties = await setUpParties(base, products)
})

afterAll(async () => {
  saveFigures('access')
  await mall?.close()
})

const tablesNow = (): string =>
  JSON.stringify(
    ['orders', 'order_events', 'addresses', 'plans', 'products'].map((t) =>
      mall.db().prepare(`SELECT * FROM ${t} ORDER BY 1`).all(),
    ),
  )

describe('access control matrix', () => {
  it("lets no caller read or change another party's order, whatever the role, step or state", async () => {
    const before = tablesNow()
    const leaks: string[] = []
    for (const caller of CALLERS) {
      const cookie = parties.cookies[caller]
      for (const order of parties.orders) {
        if (partyTo(caller, order)) {
          // The control: the same id works for its own parties, so a 404 elsewhere means "not yours".
          expect((await send(base, 'GET', `/api/orders/${order.id}`, { cookie })).status).toBe(200)
          continue
        }
        await probe(
          caller,
          (id) => send(base, 'GET', `/api/orders/${id}`, { cookie }),
          order.id,
          `GET order ${order.id}`,
          leaks,
        )
        for (const action of ACTIONS) {
          const attempt = (id: number) =>
            send(base, 'POST', `/api/orders/${id}/${action}`, { cookie, body: STEP_BODIES[action] ?? {} })
          await probe(caller, attempt, order.id, `${action} order ${order.id} (${order.status})`, leaks)
        }
      }
    }
    expect(leaks).toEqual([])
    expect(tablesNow()).toBe(before)
  })

  it("lets no caller change, or order with, another unit's addresses and plans", async () => {
    const before = tablesNow()
    const leaks: string[] = []
    const product = products.supplier1
    for (const caller of CALLERS) {
      const cookie = parties.cookies[caller]
      for (const owner of ['buyer1', 'buyer2'] as const) {
        if (caller === owner) continue
        for (const address of parties.addresses[owner]) {
          const edit = {
            contact: '冒名',
            phone: '13800000000',
            regionCode: '330106',
            detail: '篡改的地址',
            isDefault: true,
          }
          await probe(
            caller,
            (id) => send(base, 'PUT', `/api/me/addresses/${id}`, { cookie, body: edit }),
            address.id,
            `edit address ${address.id}`,
            leaks,
          )
          await probe(
            caller,
            (id) => send(base, 'POST', `/api/me/addresses/${id}/default`, { cookie }),
            address.id,
            `default address ${address.id}`,
            leaks,
          )
          const orderTo = (id: number) =>
            placeOrder(
              base,
              cookie,
              { productId: product.id, quantity: 1, expectedPriceFen: product.priceFen, addressId: id },
              `acl-a-${caller}-${id}`,
            )
          await probe(caller, orderTo, address.id, `order to address ${address.id}`, leaks)
        }
        for (const plan of plans[owner]) {
          const orderOn = (id: number) =>
            placeOrder(
              base,
              cookie,
              { productId: product.id, quantity: 1, expectedPriceFen: product.priceFen, planId: id },
              `acl-p-${caller}-${id}`,
            )
          await probe(caller, orderOn, plan, `order on plan ${plan}`, leaks)
        }
      }
    }
    expect(leaks).toEqual([])
    expect(tablesNow()).toBe(before)
  })

  it("lists only the caller's own orders, addresses and plans", async () => {
    const leaks: string[] = []
    for (const caller of CALLERS) {
      const cookie = parties.cookies[caller]
      const seen: Order['id'][] = []
      for (let cursor: string | null = '', pages = 0; cursor !== null && pages < 20; pages++) {
        const page: Answer<OrderList> = await send<OrderList>(
          base,
          'GET',
          `/api/orders?limit=7${cursor ? `&cursor=${cursor}` : ''}`,
          { cookie },
        )
        if (caller === 'anonymous') expect(page.status).toBe(401)
        if (page.status !== 200) break
        for (const item of page.body.items) {
          figures.crossPartyAttempts++
          if (!partyTo(caller, item)) leaks.push(`${caller} listed order ${item.id}`)
          seen.push(item.id)
        }
        cursor = page.body.nextCursor
      }
      const own = parties.orders.filter((o) => partyTo(caller, o)).map((o) => o.id)
      expect(seen.sort((a, b) => a - b)).toEqual(own.sort((a, b) => a - b))
      for (const path of ['/api/me/addresses', '/api/me/plans']) {
        const list = await send<{ items: (Address | Plan)[] }>(base, 'GET', path, { cookie })
        const owner = caller === 'buyer1' || caller === 'buyer2' ? caller : undefined
        expect(list.status).toBe(owner ? 200 : caller === 'anonymous' ? 401 : 403)
        const mine = new Set<number>(
          owner ? (path.endsWith('plans') ? plans[owner] : parties.addresses[owner].map((a) => a.id)) : [],
        )
        for (const item of owner ? list.body.items : []) {
          figures.crossPartyAttempts++
          if (!mine.has(item.id)) leaks.push(`${caller} listed ${path} ${item.id}`)
        }
      }
    }
    figures.crossPartyLeaks += leaks.length
    expect(leaks).toEqual([])
  })
})
