/**
 * Keeps a loaded list of orders (newest first, by id) in step with one order that changed: it is
 * replaced where it is, dropped when it left the list's statuses, or put in its place by id when it
 * joined them. An order older than everything loaded is left to paging, unless the list is complete.
 */
export function patchOrderList<T extends { id: number }>(items: readonly T[], order: T, belongs: boolean, complete: boolean): T[] {
  const without = items.filter((o) => o.id !== order.id)
  if (!belongs) return without
  const at = without.findIndex((o) => o.id < order.id)
  if (at !== -1) return [...without.slice(0, at), order, ...without.slice(at)]
  const wasListed = without.length !== items.length
  return complete || wasListed ? [...without, order] : without
}
