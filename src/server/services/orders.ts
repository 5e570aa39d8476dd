import type { Order, OrderCounts, OrderList, OrderQuery, PlaceOrderInput } from '../../shared/contract/orders.ts'
import { isOrderStatus, ORDER_STATUSES, type OrderAction, type OrderStatus } from '../../shared/order-state.ts'
import type { Purchaser } from '../auth/guards.ts'
import { decodeCursor, encodeCursor } from '../db/repositories/cursor.ts'
import type { SessionUser } from '../db/repositories/sessions.ts'
import { badRequest, notFound } from '../errors.ts'
import type { OrderDeps } from './order-deps.ts'
import { applyStep, type StepInput } from './order-lifecycle.ts'
import { placeOrder } from './order-placement.ts'
import { isVisibleTo, partyOf, toOrder, toOrderSummary } from './order-view.ts'

function parseStatuses(raw: string | undefined): OrderStatus[] | undefined {
  if (raw === undefined) return undefined
  const statuses = [...new Set(raw.split(','))]
  const unknown = statuses.find((s) => !isOrderStatus(s))
  if (unknown !== undefined) throw badRequest('INVALID_STATUS', `未知的订单状态：${unknown.slice(0, 20)}`)
  return (statuses as OrderStatus[]).sort()
}

/** The orders a user may see and the steps they may take; every read and write is scoped to the caller. */
export class OrderService {
  constructor(private readonly deps: OrderDeps) {}

  get orderLimitFen(): number {
    return this.deps.orderLimitFen
  }

  /** Places an order (or replays the one the key placed) and returns it as the caller sees it. */
  async place(user: Purchaser, key: string, input: PlaceOrderInput, now = Date.now()): Promise<{ order: Order; replayed: boolean }> {
    const placed = await placeOrder(this.deps, user, key, input, now)
    if (placed.replayed) return { order: await this.get(user, placed.orderId), replayed: true }
    return { order: toOrder(placed.row, placed.events, user.role), replayed: false }
  }

  async step(user: SessionUser, orderId: number, action: OrderAction, input: StepInput = {}, now = Date.now()): Promise<Order> {
    await applyStep(this.deps, user, orderId, action, input, now)
    return this.get(user, orderId)
  }

  async get(user: SessionUser, orderId: number): Promise<Order> {
    const row = await this.deps.orders.row(orderId)
    if (!row || !isVisibleTo(row, user)) throw notFound('ORDER_NOT_FOUND', '订单不存在')
    return toOrder(row, await this.deps.orders.events(orderId), user.role)
  }

  /** How many of the caller's orders are in each status (the supplier desk's tiles). */
  async counts(user: SessionUser): Promise<OrderCounts> {
    const counts = Object.fromEntries(ORDER_STATUSES.map((s) => [s, 0])) as OrderCounts
    for (const { status, n } of await this.deps.orders.counts(partyOf(user))) counts[status] = n
    return counts
  }

  /** Newest first, a page at a time; the cursor only fits the same status filter. */
  async list(user: SessionUser, query: OrderQuery): Promise<OrderList> {
    const statuses = parseStatuses(query.status)
    const limit = query.limit ?? 20
    const scope = `orders:${user.role}:${statuses?.join(',') ?? '*'}`
    const before = query.cursor === undefined ? undefined : decodeCursor(scope, query.cursor).id
    const rows = await this.deps.orders.list(partyOf(user), statuses, before, limit + 1)
    const page = rows.slice(0, limit)
    const last = page[page.length - 1]
    return {
      items: page.map((row) => toOrderSummary(row, user.role)),
      nextCursor: rows.length > limit && last ? encodeCursor(scope, { key: last.id, id: last.id }) : null,
    }
  }
}
