import type { OrderStatus } from '../../shared/order-state.ts'

/**
 * The status tabs of 订单 and the supplier desk, each a set of server statuses. 待验收 is an order
 * the unit has received and still has to accept; 已取消 gathers both ways an order ends unfilled.
 */
export const ORDER_TABS = [
  { key: 'all', statuses: [] },
  { key: 'pending', statuses: ['pending'] },
  { key: 'confirmed', statuses: ['confirmed'] },
  { key: 'shipped', statuses: ['shipped'] },
  { key: 'received', statuses: ['received'] },
  { key: 'accepted', statuses: ['accepted'] },
  { key: 'cancelled', statuses: ['rejected', 'withdrawn'] },
] as const satisfies readonly { key: string; statuses: readonly OrderStatus[] }[]

export type OrderTab = (typeof ORDER_TABS)[number]['key']
/** The tabs that count something on the supplier desk (all but 全部). */
export type CountedTab = Exclude<OrderTab, 'all'>

export function isOrderTab(value: unknown): value is OrderTab {
  return ORDER_TABS.some((t) => t.key === value)
}

export function statusesOf(tab: OrderTab): readonly OrderStatus[] {
  return ORDER_TABS.find((t) => t.key === tab)?.statuses ?? []
}

/** Whether an order in this status belongs on the tab. */
export function tabHolds(tab: OrderTab, status: OrderStatus): boolean {
  const statuses = statusesOf(tab)
  return statuses.length === 0 || statuses.includes(status)
}
