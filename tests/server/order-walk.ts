import type { Order } from '../../src/shared/contract/orders.ts'
import type { TestApp } from './helpers.ts'
import { place, stockProduct, type Caller } from './accounts.ts'

export type Action = 'withdraw' | 'confirm' | 'reject' | 'ship' | 'receive' | 'accept' | 'rate'
/** The order states, with "rated" for an accepted order that has its rating. */
export type State = 'pending' | 'confirmed' | 'shipped' | 'received' | 'accepted' | 'rated' | 'rejected' | 'withdrawn'

const BODIES: Partial<Record<Action, object>> = {
  ship: { carrier: '顺丰速运', trackingNo: 'SF1234567890' },
  reject: { reason: '该型号已停产' },
  rate: { score: 4, comment: '送货及时' },
}
export const SUPPLIER_ACTIONS: Action[] = ['confirm', 'reject', 'ship']
const PATHS: Record<State, Action[]> = {
  pending: [],
  confirmed: ['confirm'],
  shipped: ['confirm', 'ship'],
  received: ['confirm', 'ship', 'receive'],
  accepted: ['confirm', 'ship', 'receive', 'accept'],
  rated: ['confirm', 'ship', 'receive', 'accept', 'rate'],
  rejected: ['reject'],
  withdrawn: ['withdraw'],
}

/** Walks orders of `buyer` from supplier 1 (signed in as `supplier`) through the lifecycle by the API. */
export function orderWalker(t: TestApp, buyer: Caller, supplier: Caller) {
  let next = 0
  const actorFor = (action: Action): Caller => (SUPPLIER_ACTIONS.includes(action) ? supplier : buyer)
  const step = (id: number, action: Action, as: Caller = actorFor(action)) =>
    as.send<Order>('POST', `/api/orders/${id}/${action}`, BODIES[action])

  /** A new order on a fresh product with 50 in stock, walked to the given state. */
  async function orderIn(state: State, quantity = 2): Promise<{ order: Order; productId: number }> {
    const p = (await stockProduct(t.sql, 1, 50, 10_000, next++))
    let order = (await place(buyer, { productId: p.id, quantity, expectedPriceFen: p.priceFen })).body
    for (const action of PATHS[state]) {
      const res = await step(order.id, action)
      if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`)
      order = res.body
    }
    return { order, productId: p.id }
  }

  return { actorFor, step, orderIn }
}
