import { placeOrder } from '../client/api/orders.ts'
import { ApiError } from '../client/api/http.ts'
import { replay, SYNC_TAG, type QueuedOrder, type SendOutcome } from '../client/pwa/order-queue.ts'
import type { Order } from '../shared/contract/orders.ts'
import type { WorkerMessage } from '../client/pwa/protocol.ts'

declare const self: ServiceWorkerGlobalScope

/** Background Sync's event; not in TypeScript's WebWorker library yet. */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string
}

/**
 * Background Sync: the browser wakes the worker when the connection returns, even with the app
 * closed, and the queue (src/client/pwa/order-queue.ts) is replayed from here. The worker only
 * ever removes an entry the server placed: a refusal (price changed, out of stock) stays queued
 * for the page, which replays it with the same key and shows the purchaser the server's answer.
 */
export function handleOrderSync(): void {
  self.addEventListener('sync', ((event: SyncEvent) => {
    if (event.tag === SYNC_TAG) event.waitUntil(replayQueue())
  }) as EventListener)
}

let running: Promise<void> | null = null
let again = false

/**
 * One replay at a time. A sync that fires during a replay (the connection came back while the
 * last attempt was failing) runs another pass after it, so entries that attempt released are
 * sent now rather than at the browser's next retry, minutes later.
 */
function replayQueue(): Promise<void> {
  if (running) {
    again = true
    return running
  }
  running = (async () => {
    let reached: boolean
    do {
      again = false
      reached = await replayPass()
    } while (again)
    // A rejected sync is retried by the browser later, with back-off.
    if (!reached) throw new Error('The server could not be reached; the queue is kept for the next sync')
  })().finally(() => {
    running = null
  })
  return running
}

/** Sends what is queued once; false when the server could not be reached for some entry. */
async function replayPass(): Promise<boolean> {
  const placed: { title: string; order: Order }[] = []
  let unreachable = false
  const send = async (entry: QueuedOrder): Promise<SendOutcome> => {
    const { key, productId, quantity, expectedPriceFen, planId } = entry
    try {
      const order = await placeOrder({ productId, quantity, expectedPriceFen, ...(planId !== undefined && { planId }) }, key)
      placed.push({ title: entry.title, order })
      return 'placed'
    } catch (error) {
      // Kept either way (see above); only a missing answer is worth another sync attempt.
      if (!(error instanceof ApiError) || error.isNetwork || error.status >= 500) unreachable = true
      return 'network'
    }
  }
  const reports = await replay(send)
  if (reports.length) {
    const message: WorkerMessage = { type: 'yc:queue-replayed', placed, left: reports.length - placed.length }
    for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage(message)
  }
  return !unreachable
}
