import type { Pinia } from 'pinia'
import type { WorkerMessage } from './protocol.ts'

const stores = () => Promise.all([import('../stores/orderQueue.ts'), import('../stores/orders.ts')])

/**
 * Orders the service worker placed through Background Sync: the queue and the order list learn of
 * them as if the page had sent them, so 待提交 turns into the placed order and a notice says so.
 * The stores are fetched only when such a message arrives.
 */
export async function takeReplayedQueue(message: Extract<WorkerMessage, { type: 'yc:queue-replayed' }>, pinia: Pinia): Promise<void> {
  const [{ useOrderQueueStore }, { useOrdersStore }] = await stores()
  const queue = useOrderQueueStore(pinia)
  const orders = useOrdersStore(pinia)
  for (const { title, order } of message.placed) {
    orders.upsert(order)
    queue.notify({ kind: 'placed', title, orderId: order.id })
  }
  // What the worker could not place is the page's to send again and explain (a price change…).
  if (message.left > 0) await queue.replay()
  else await queue.reload()
}

/**
 * The worker's report is posted once, to the pages open at that moment: one that arrived before
 * this code listened is lost. So, once listening, the queue the page shows (if it shows one) is
 * read again from IndexedDB, which the worker may have changed meanwhile.
 */
export async function refreshQueue(pinia: Pinia): Promise<void> {
  if (!('orderQueue' in pinia.state.value)) return
  const [{ useOrderQueueStore }] = await stores()
  await useOrderQueueStore(pinia).reload()
}
