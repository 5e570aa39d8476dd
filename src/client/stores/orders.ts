import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Order, OrderSummary } from '../../shared/contract/orders.ts'
import type { OrderAction } from '../../shared/order-state.ts'
import { fetchOrder, fetchOrders, stepOrder, type StepBody } from '../api/orders.ts'
import { isAborted } from '../api/http.ts'
import { subscribeOrderEvents, type OrderEvent } from '../composables/useOrderEvents.ts'
import { patchOrderList } from '../lib/order-list.ts'
import { statusesOf, tabHolds, type OrderTab } from '../lib/order-tabs.ts'
import { isSignedOutError, useSessionStore } from './session.ts'

const PAGE_SIZE = 20

export type ListStatus = 'idle' | 'loading' | 'ready' | 'error'

/**
 * The signed-in party's orders, whichever side they are on (the server answers a unit with its
 * orders and a supplier with its incoming ones): the list under one status tab, paged by cursor,
 * and the orders opened in full. Live events patch both, so a status change shows without reload.
 */
export const useOrdersStore = defineStore('orders', () => {
  const session = useSessionStore()

  const tab = ref<OrderTab>('all')
  const items = shallowRef<OrderSummary[]>([])
  const nextCursor = ref<string | null>(null)
  const status = ref<ListStatus>('idle')
  const error = ref<unknown>(null)
  const loadingMore = ref(false)
  const moreError = ref<unknown>(null)
  const details = shallowRef<Record<number, Order>>({})
  /** Orders open on screen, reloaded after a possible gap in the event stream. */
  const watched = new Map<number, number>()
  let generation = 0
  let controller: AbortController | null = null
  let stopLive: (() => void) | null = null

  const finished = computed(() => status.value === 'ready' && nextCursor.value === null)
  const isEmpty = computed(() => status.value === 'ready' && items.value.length === 0)

  function failed(e: unknown): void {
    if (isSignedOutError(e)) session.expired()
  }

  const query = (cursor?: string) => {
    const statuses = statusesOf(tab.value)
    return { status: statuses.length ? statuses.join(',') : undefined, cursor, limit: PAGE_SIZE }
  }

  async function loadFirst(keepItems: boolean): Promise<void> {
    const own = ++generation
    controller?.abort()
    const signal = (controller = new AbortController()).signal
    if (!keepItems) {
      status.value = 'loading'
      items.value = []
      nextCursor.value = null
    }
    moreError.value = null
    try {
      const page = await fetchOrders(query(), signal)
      if (own !== generation) return
      items.value = page.items
      nextCursor.value = page.nextCursor
      status.value = 'ready'
      error.value = null
    } catch (e) {
      if (isAborted(e) || own !== generation) return
      failed(e)
      error.value = e
      if (!keepItems || status.value !== 'ready') status.value = 'error'
    }
  }

  /** Shows a status tab; the tab already shown keeps its list unless force is set. */
  function show(next: OrderTab, options: { force?: boolean } = {}): Promise<void> {
    if (next === tab.value && status.value === 'ready' && !options.force) return Promise.resolve()
    tab.value = next
    return loadFirst(false)
  }

  /** Pull-to-refresh: the first page again, with the current list on screen meanwhile. */
  function refresh(): Promise<void> {
    return loadFirst(status.value === 'ready')
  }

  /** Appends the next page, following the server's cursor. */
  async function loadMore(): Promise<void> {
    const cursor = nextCursor.value
    if (cursor === null || loadingMore.value || status.value !== 'ready') return
    const own = generation
    loadingMore.value = true
    moreError.value = null
    try {
      const page = await fetchOrders(query(cursor))
      if (own !== generation) return
      items.value = [...items.value, ...page.items]
      nextCursor.value = page.nextCursor
    } catch (e) {
      failed(e)
      if (own === generation) moreError.value = e
    } finally {
      loadingMore.value = false
    }
  }

  /** Puts a fresh copy of an order everywhere it shows. */
  function upsert(order: Order | OrderSummary): void {
    if ('timeline' in order) details.value = { ...details.value, [order.id]: order }
    if (status.value !== 'ready') return
    items.value = patchOrderList(items.value, order, tabHolds(tab.value, order.status), nextCursor.value === null)
  }

  /** Loads an order in full (its timeline, what may be done next). */
  async function loadOrder(id: number, signal?: AbortSignal): Promise<Order> {
    try {
      const order = await fetchOrder(id, signal)
      upsert(order)
      return order
    } catch (e) {
      failed(e)
      throw e
    }
  }

  /** Takes one lifecycle step; the answer (the order after it) replaces the old copy. */
  async function step<A extends OrderAction>(id: number, action: A, body?: StepBody<A>): Promise<Order> {
    try {
      const order = await stepOrder(id, action, body)
      upsert(order)
      return order
    } catch (e) {
      failed(e)
      // Most often the other party moved first (409): show the order as it is now.
      void loadOrder(id).catch(() => undefined)
      throw e
    }
  }

  function watch(id: number): () => void {
    watched.set(id, (watched.get(id) ?? 0) + 1)
    return () => {
      const left = (watched.get(id) ?? 1) - 1
      if (left > 0) watched.set(id, left)
      else watched.delete(id)
    }
  }

  function change(event: OrderEvent): void {
    const listed = items.value.some((o) => o.id === event.orderId)
    const open = watched.has(event.orderId) || event.orderId in details.value
    // A new order (or one that moved into this tab) is fetched too, so it appears at once.
    if (listed || open || tabHolds(tab.value, event.status)) void loadOrder(event.orderId).catch(() => undefined)
  }

  function resync(): void {
    if (status.value === 'ready' || status.value === 'error') void refresh()
    for (const id of watched.keys()) void loadOrder(id).catch(() => undefined)
  }

  /** Starts following the event stream for this user; it stops when they sign out. */
  function live(): void {
    stopLive ??= subscribeOrderEvents({ change, resync })
  }

  function reset(): void {
    stopLive?.()
    stopLive = null
    generation++
    controller?.abort()
    tab.value = 'all'
    items.value = []
    nextCursor.value = null
    status.value = 'idle'
    error.value = null
    details.value = {}
  }
  session.onSignOut(reset)

  return {
    tab, items, nextCursor, status, error, loadingMore, moreError, details, finished, isEmpty,
    show, refresh, loadMore, loadOrder, step, upsert, watch, live, reset,
  }
})
