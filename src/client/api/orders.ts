import type { Order, OrderCounts, OrderList, OrderQuery, PlaceOrderInput, RateInput, RejectInput, ShipInput } from '../../shared/contract/orders.ts'
import type { OrderAction } from '../../shared/order-state.ts'
import { http } from './http.ts'

/**
 * POST /api/orders. The key names one intent of the purchaser: a retry of the same tap sends the
 * same key (the server then answers with the order it already placed), a new tap a new key.
 */
export async function placeOrder(input: PlaceOrderInput, idempotencyKey: string): Promise<Order> {
  return http.post<Order>('/orders', input, { headers: { 'Idempotency-Key': idempotencyKey } })
}

/** GET /api/orders: the caller's own orders, newest first; status may be a comma list. */
export async function fetchOrders(query: OrderQuery, signal?: AbortSignal): Promise<OrderList> {
  return http.get<OrderList>('/orders', { params: { ...query }, signal })
}

/** GET /api/orders/counts: how many of the caller's orders are in each status. */
export async function fetchOrderCounts(signal?: AbortSignal): Promise<OrderCounts> {
  return http.get<OrderCounts>('/orders/counts', { signal })
}

/** GET /api/orders/:id, with its timeline. */
export async function fetchOrder(id: number, signal?: AbortSignal): Promise<Order> {
  return http.get<Order>(`/orders/${id}`, { signal })
}

/** What each lifecycle step carries; the others take no body. */
export type StepBody<A extends OrderAction> = A extends 'ship' ? ShipInput : A extends 'reject' ? RejectInput : A extends 'rate' ? RateInput : undefined

/** POST /api/orders/:id/{action}: one step of the shared state machine; answers with the order after it. */
export async function stepOrder<A extends OrderAction>(id: number, action: A, body?: StepBody<A>): Promise<Order> {
  return http.post<Order>(`/orders/${id}/${action}`, body ?? {})
}
