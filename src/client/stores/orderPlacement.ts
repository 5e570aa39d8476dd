import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { Order } from '../../shared/contract/orders.ts'
import type { Plan } from '../../shared/contract/session.ts'
import { placeOrder } from '../api/orders.ts'
import { ApiError } from '../api/http.ts'
import { newIdempotencyKey } from '../lib/idempotency.ts'
import { useOrdersStore } from './orders.ts'
import { useOrderQueueStore } from './orderQueue.ts'
import { useSessionStore } from './session.ts'
import { withReloadHeld } from '../pwa/busy.ts'
import { noteOrderPlaced } from '../pwa/install.ts'

/** One decision of the purchaser to buy: a retry of it reuses its key, a changed decision gets a new one. */
export interface OrderIntent {
  key: string
  productId: number
  quantity: number
  expectedPriceFen: number
  planId?: number
  title: string
  image: string
}

export type Placement =
  | { kind: 'idle' }
  | { kind: 'placing'; intent: OrderIntent }
  /** plan: the plan charged, with its figures after this order (null until they arrive). */
  | { kind: 'placed'; intent: OrderIntent; order: Order; plan: Plan | null; withdrawing: boolean; withdrawError: string | null }
  | { kind: 'queued'; intent: OrderIntent }
  | { kind: 'problem'; intent: OrderIntent; code: string; message: string; currentPriceFen?: number; plans?: Plan[] }

export interface Buyable {
  id: number
  priceFen: number
  title: string
  image: string
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/** The one-tap order from a product page and the sheet that follows it: placed, queued, or why not. */
export const useOrderPlacementStore = defineStore('orderPlacement', () => {
  const session = useSessionStore()
  const state = shallowRef<Placement>({ kind: 'idle' })

  async function queueIt(intent: OrderIntent): Promise<void> {
    const stored = await useOrderQueueStore().add({ ...intent, createdAt: Date.now() })
    state.value = stored
      ? { kind: 'queued', intent }
      : { kind: 'problem', intent, code: 'NETWORK_ERROR', message: '网络已断开，且本机无法暂存订单，请联网后重试' }
  }

  async function problem(intent: OrderIntent, e: unknown): Promise<void> {
    const api = e instanceof ApiError ? e : null
    if (api?.status === 401) session.expired()
    const code = api?.code ?? 'UNKNOWN'
    const price = api?.details['currentPriceFen']
    const currentPriceFen = typeof price === 'number' ? price : undefined
    let plans: Plan[] | undefined
    // Over budget: the way out is another plan, so the sheet lists them with what each has left.
    if (code === 'BUDGET_EXCEEDED') plans = await session.refreshPlans().catch(() => undefined)
    state.value = { kind: 'problem', intent, code, message: messageOf(e), currentPriceFen, plans }
  }

  /** A new version waits for this to finish before it reloads the page. */
  function send(intent: OrderIntent): Promise<void> {
    return withReloadHeld(async () => {
      state.value = { kind: 'placing', intent }
      if (!navigator.onLine) return queueIt(intent)
      const { key, productId, quantity, expectedPriceFen, planId } = intent
      let order: Order
      try {
        order = await placeOrder({ productId, quantity, expectedPriceFen, ...(planId !== undefined && { planId }) }, key)
      } catch (e) {
        // No answer at all: the server may or may not have the order; the queue resends the same key.
        if (e instanceof ApiError && e.isNetwork) return queueIt(intent)
        return problem(intent, e)
      }
      state.value = { kind: 'placed', intent, order, plan: null, withdrawing: false, withdrawError: null }
      useOrdersStore().upsert(order)
      noteOrderPlaced()
      await showPlanAfter(order)
    })
  }

  async function showPlanAfter(order: Order): Promise<void> {
    const plans = await session.refreshPlans().catch(() => undefined)
    const current = state.value
    if (current.kind === 'placed' && current.order.id === order.id) {
      state.value = { ...current, plan: plans?.find((p) => p.id === order.plan.id) ?? null }
    }
  }

  /** One tap: the purchaser's defaults, the price on screen, a new key. */
  function place(product: Buyable, quantity: number, planId?: number): Promise<void> {
    const { id: productId, priceFen: expectedPriceFen, title, image } = product
    return send({ key: newIdempotencyKey(), productId, quantity, expectedPriceFen, planId, title, image })
  }

  /** The same intent again (after a server hiccup): the same key, so it can never order twice. */
  function retry(): Promise<void> {
    const current = state.value
    return current.kind === 'problem' ? send(current.intent) : Promise.resolve()
  }

  /** PRICE_CHANGED: the purchaser accepts the new price, which is a new decision and a new key. */
  function reconfirm(): Promise<void> {
    const current = state.value
    if (current.kind !== 'problem' || current.currentPriceFen === undefined) return Promise.resolve()
    return send({ ...current.intent, key: newIdempotencyKey(), expectedPriceFen: current.currentPriceFen })
  }

  /** BUDGET_EXCEEDED: charge another plan. */
  function choosePlan(planId: number): Promise<void> {
    const current = state.value
    return current.kind === 'problem' ? send({ ...current.intent, key: newIdempotencyKey(), planId }) : Promise.resolve()
  }

  /** 撤销 right from the confirmation: budget and stock go back at once. */
  async function withdraw(): Promise<void> {
    const current = state.value
    if (current.kind !== 'placed') return
    state.value = { ...current, withdrawing: true, withdrawError: null }
    try {
      const order = await useOrdersStore().step(current.order.id, 'withdraw')
      state.value = { ...current, order, withdrawing: false }
      await showPlanAfter(order)
    } catch (e) {
      state.value = { ...current, withdrawing: false, withdrawError: messageOf(e) }
    }
  }

  /** Fetches the offline queue's code ahead of a tap that may come without a connection. */
  function prepareOffline(): void {
    void import('../pwa/order-queue.ts').catch(() => undefined)
  }

  function dismiss(): void {
    state.value = { kind: 'idle' }
  }

  session.onSignOut(dismiss)

  return { state, place, retry, reconfirm, choosePlan, withdraw, prepareOffline, dismiss }
})
