import type { Order } from '../../../src/shared/contract/orders.ts'
import type { Address } from '../../../src/shared/contract/session.ts'
import { logIn, send } from './http.ts'
import type { Stocked } from './ledger.ts'
import { placeOrder, step, STEP_BODIES } from './orders.ts'

export const USERS = ['buyer1', 'buyer2', 'supplier1', 'supplier2'] as const
export type User = (typeof USERS)[number]
export type Caller = User | 'anonymous'
export const CALLERS: Caller[] = ['anonymous', ...USERS]

/** Who may see an order: the purchaser's unit and the supplier it was placed with. */
export const partyTo = (caller: Caller, order: Pick<Order, 'unit' | 'supplier'>): boolean =>
  caller === `buyer${order.unit.id}` || caller === `supplier${order.supplier.id}`

/** The steps that take an order from pending to each later state, each by the party entitled to it. */
const PATHS: Record<string, [actor: 'buyer' | 'supplier', action: string][]> = {
  pending: [],
  confirmed: [['supplier', 'confirm']],
  shipped: [
    ['supplier', 'confirm'],
    ['supplier', 'ship'],
  ],
  received: [
    ['supplier', 'confirm'],
    ['supplier', 'ship'],
    ['buyer', 'receive'],
  ],
  accepted: [
    ['supplier', 'confirm'],
    ['supplier', 'ship'],
    ['buyer', 'receive'],
    ['buyer', 'accept'],
  ],
}

export interface Parties {
  cookies: Record<Caller, string>
  /** Orders between every buyer and supplier, one in each state, so any step by the wrong party would have been allowed. */
  orders: Order[]
  /** Each buyer's unit's addresses. */
  addresses: Record<'buyer1' | 'buyer2', Address[]>
}

/** Logs everyone in and builds, through the API, the objects the access matrix tries to reach. */
export async function setUpParties(
  base: string,
  products: Record<'supplier1' | 'supplier2', Stocked>,
): Promise<Parties> {
  const cookies = { anonymous: '' } as Record<Caller, string>
  for (const user of USERS) cookies[user] = await logIn(base, user)
  const orders: Order[] = []
  for (const buyer of ['buyer1', 'buyer2'] as const) {
    for (const supplier of ['supplier1', 'supplier2'] as const) {
      for (const [state, path] of Object.entries(PATHS)) {
        const product = products[supplier]
        const placed = await placeOrder(
          base,
          cookies[buyer],
          { productId: product.id, quantity: 1, expectedPriceFen: product.priceFen },
          `acl-${buyer}-${supplier}-${state}`,
        )
        for (const [actor, action] of path) {
          const done = await step(
            base,
            cookies[actor === 'buyer' ? buyer : supplier],
            placed.body.id,
            action,
            STEP_BODIES[action],
          )
          if (done.status !== 200) throw new Error(`${action} as ${actor}: ${done.status} ${done.text}`)
        }
        orders.push((await send<Order>(base, 'GET', `/api/orders/${placed.body.id}`, { cookie: cookies[buyer] })).body)
      }
    }
  }
  const addresses = {} as Parties['addresses']
  for (const buyer of ['buyer1', 'buyer2'] as const) {
    await send(base, 'POST', '/api/me/addresses', {
      cookie: cookies[buyer],
      body: { contact: '王五', phone: '0571-87654321', regionCode: '330106', detail: '备用地址 8 号' },
    })
    addresses[buyer] = (
      await send<{ items: Address[] }>(base, 'GET', '/api/me/addresses', { cookie: cookies[buyer] })
    ).body.items
  }
  return { cookies, orders, addresses }
}
