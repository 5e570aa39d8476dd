import type { Role } from './roles.ts'

/**
 * The order state machine, shared so the server enforces exactly what the UI offers:
 * pending → confirmed → shipped → received → accepted, with pending → rejected (supplier) and
 * pending|confirmed → withdrawn (purchaser, until it ships). Rating happens once, after acceptance.
 */
export const ORDER_STATUSES = ['pending', 'confirmed', 'shipped', 'received', 'accepted', 'rejected', 'withdrawn'] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

export const ORDER_ACTIONS = ['withdraw', 'confirm', 'reject', 'ship', 'receive', 'accept', 'rate'] as const
export type OrderAction = (typeof ORDER_ACTIONS)[number]

export interface OrderRule {
  /** The only role that may take this step. */
  role: Role
  from: readonly OrderStatus[]
  to: OrderStatus
}

export const ORDER_RULES: Readonly<Record<OrderAction, OrderRule>> = {
  confirm: { role: 'supplier', from: ['pending'], to: 'confirmed' },
  reject: { role: 'supplier', from: ['pending'], to: 'rejected' },
  ship: { role: 'supplier', from: ['confirmed'], to: 'shipped' },
  withdraw: { role: 'purchaser', from: ['pending', 'confirmed'], to: 'withdrawn' },
  receive: { role: 'purchaser', from: ['shipped'], to: 'received' },
  accept: { role: 'purchaser', from: ['received'], to: 'accepted' },
  // Rating annotates an accepted order; it does not move it.
  rate: { role: 'purchaser', from: ['accepted'], to: 'accepted' },
}

/** No step leads out of these. */
export const FINAL_STATUSES: readonly OrderStatus[] = ['accepted', 'rejected', 'withdrawn']

/** What the state machine needs to know about an order: its status and whether it has been rated. */
export interface OrderState {
  status: OrderStatus
  rating: unknown
}

export function isOrderStatus(value: string): value is OrderStatus {
  return (ORDER_STATUSES as readonly string[]).includes(value)
}

/** Whether the order's state permits the step at all, whoever asks. */
export function canApply(order: OrderState, action: OrderAction): boolean {
  if (!ORDER_RULES[action].from.includes(order.status)) return false
  return action !== 'rate' || order.rating == null
}

/** The steps this role may take on the order now, in lifecycle order. */
export function allowedActions(order: OrderState, role: Role): OrderAction[] {
  return ORDER_ACTIONS.filter((action) => ORDER_RULES[action].role === role && canApply(order, action))
}
