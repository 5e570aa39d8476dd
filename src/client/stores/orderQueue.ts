import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { Order } from '../../shared/contract/orders.ts'
import { placeOrder } from '../api/orders.ts'
import { ApiError } from '../api/http.ts'
import type { NewQueuedOrder, QueuedOrder, SendOutcome } from '../pwa/order-queue.ts'
import { useOrdersStore } from './orders.ts'
import { useSessionStore } from './session.ts'

/** IndexedDB code (idb) is only fetched by someone who has something queued or is offline. */
const queue = () => import('../pwa/order-queue.ts')

export interface OrderNotice {
  id: number
  kind: 'placed' | 'rejected'
  title: string
  /** The server's explanation of a refusal (price changed, out of stock…). */
  message?: string
  code?: string
  orderId?: number
}

/** No answer, a server fault, or a session to renew: try again later rather than give up. */
function keepsTrying(e: unknown): boolean {
  return !(e instanceof ApiError) || e.isNetwork || e.status >= 500 || e.status === 401 || e.code === 'CSRF_REJECTED'
}

/** Asks the service worker to replay the queue when the connection returns, where it can. */
async function requestBackgroundSync(tag: string): Promise<void> {
  const registration = await navigator.serviceWorker?.getRegistration()
  const sync = (registration as (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined)?.sync
  await sync?.register(tag)
}

/**
 * Orders tapped without a connection (待提交): kept in IndexedDB under their idempotency key and
 * the price the purchaser saw, replayed when the connection returns and at start-up. Every answer
 * becomes a notice, so nothing disappears without the purchaser being told.
 */
export const useOrderQueueStore = defineStore('orderQueue', () => {
  const session = useSessionStore()
  const entries = shallowRef<QueuedOrder[]>([])
  const notices = ref<OrderNotice[]>([])
  const error = ref<unknown>(null)
  let noticeId = 0

  async function reload(): Promise<void> {
    try {
      entries.value = await (await queue()).list()
    } catch (e) {
      // Private mode in some browsers has no IndexedDB: nothing can have been queued.
      error.value = e
    }
  }

  /** Queues an order; false when this browser cannot store it (the caller says so). */
  async function add(entry: NewQueuedOrder): Promise<boolean> {
    try {
      const q = await queue()
      await q.enqueue(entry)
      void requestBackgroundSync(q.SYNC_TAG).catch(() => undefined)
      await reload()
      return true
    } catch (e) {
      error.value = e
      return false
    }
  }

  /** The purchaser changed their mind; an entry already on its way cannot be cancelled. */
  async function cancel(key: string): Promise<boolean> {
    const removed = await (await queue()).remove(key)
    await reload()
    return removed
  }

  function notify(notice: Omit<OrderNotice, 'id'>): void {
    notices.value = [...notices.value, { ...notice, id: ++noticeId }]
  }

  function dismiss(id: number): void {
    notices.value = notices.value.filter((n) => n.id !== id)
  }

  async function send(entry: QueuedOrder): Promise<SendOutcome> {
    const { key, productId, quantity, expectedPriceFen, planId } = entry
    let order: Order
    try {
      order = await placeOrder({ productId, quantity, expectedPriceFen, ...(planId !== undefined && { planId }) }, key)
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) session.expired()
      if (keepsTrying(e)) return 'network'
      const api = e as ApiError
      notify({ kind: 'rejected', title: entry.title, message: api.message, code: api.code })
      return 'rejected'
    }
    useOrdersStore().upsert(order)
    notify({ kind: 'placed', title: entry.title, orderId: order.id })
    return 'placed'
  }

  /** Sends what is queued, once; a purchaser only, since the orders are theirs. */
  async function replay(): Promise<void> {
    if (session.me?.role !== 'purchaser' || !navigator.onLine) return
    try {
      const q = await queue()
      if ((await q.list()).length === 0) return
      const reports = await q.replay(send)
      if (reports.some((r) => r.outcome !== 'network')) void session.refreshPlans().catch(() => undefined)
    } catch (e) {
      error.value = e
    }
    await reload()
  }

  return { entries, notices, error, reload, add, cancel, replay, notify, dismiss }
})
