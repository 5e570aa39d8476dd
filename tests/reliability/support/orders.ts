import type { Order } from '../../../src/shared/contract/orders.ts'
import { send, type Answer } from './http.ts'

export interface PlaceBody {
  productId: number
  quantity: number
  expectedPriceFen: number
  planId?: number
  addressId?: number
}

export const errorCode = (answer: Answer): string | undefined =>
  (answer.body as { error?: { code?: string } } | undefined)?.error?.code

/** POST /api/orders as the client does it: JSON body, CSRF header and an Idempotency-Key. */
export function placeOrder(base: string, cookie: string, body: PlaceBody, key: string): Promise<Answer<Order>> {
  return send<Order>(base, 'POST', '/api/orders', { cookie, body, headers: { 'idempotency-key': key } })
}

export function step(
  base: string,
  cookie: string,
  orderId: number,
  action: string,
  body?: unknown,
): Promise<Answer<Order>> {
  return send<Order>(base, 'POST', `/api/orders/${orderId}/${action}`, { cookie, ...(body !== undefined && { body }) })
}

/** Valid bodies for the steps that need one. */
export const STEP_BODIES: Record<string, unknown> = {
  ship: { carrier: '顺丰速运', trackingNo: 'SF1234567890' },
  reject: { reason: '暂时无法供货' },
  rate: { score: 5, comment: '按时送达' },
}

/** Tallies answers by 201 or error code, for assertions that read like the outcome. */
export function tally(answers: Answer[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const a of answers) {
    const label = a.status < 300 ? String(a.status) : (errorCode(a) ?? String(a.status))
    out[label] = (out[label] ?? 0) + 1
  }
  return out
}
