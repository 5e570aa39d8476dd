import { onBeforeUnmount, onMounted } from 'vue'
import type { OrderStatus } from '../../shared/order-state.ts'

/** One change to one of the caller's orders, as GET /api/events sends it. */
export interface OrderEvent {
  orderId: number
  action: string
  status: OrderStatus
  at: string
}

export interface OrderEventListener {
  /** An order changed. */
  change?: (event: OrderEvent) => void
  /** Events may have been missed (back online, tab shown again): reload what is on screen. */
  resync?: () => void
}

const URL_PATH = '/api/events'
const listeners = new Set<OrderEventListener>()
let source: EventSource | null = null
let lastEventId = ''

function isOrderEvent(value: unknown): value is OrderEvent {
  const e = value as Partial<OrderEvent> | null
  return !!e && typeof e.orderId === 'number' && typeof e.status === 'string' && typeof e.action === 'string'
}

function open(): void {
  // EventSource sends Last-Event-ID itself when it reconnects; a stream opened anew (after it gave
  // up, say on a 5xx) passes the last id in the query so the server still replays what was missed.
  const url = lastEventId ? `${URL_PATH}?lastEventId=${encodeURIComponent(lastEventId)}` : URL_PATH
  const own = (source = new EventSource(url))
  own.addEventListener('ready', (e) => {
    lastEventId = (e as MessageEvent).lastEventId || lastEventId
  })
  own.addEventListener('order', (e) => {
    const message = e as MessageEvent<string>
    lastEventId = message.lastEventId || lastEventId
    let data: unknown
    try {
      data = JSON.parse(message.data)
    } catch {
      return
    }
    if (isOrderEvent(data)) for (const l of [...listeners]) l.change?.(data)
  })
}

function close(): void {
  source?.close()
  source = null
}

/** Reopens a stream the browser gave up on, and has every listener reload what it shows. */
function resync(): void {
  if (document.visibilityState !== 'visible' || !navigator.onLine) return
  if (!source || source.readyState === EventSource.CLOSED) {
    close()
    open()
  }
  for (const l of [...listeners]) l.resync?.()
}

function onVisibility(): void {
  if (document.visibilityState === 'visible') resync()
}

/**
 * Listens to the caller's order changes over one shared EventSource, opened with the first
 * listener and closed with the last. Returns the unsubscribe function.
 */
export function subscribeOrderEvents(listener: OrderEventListener): () => void {
  if (typeof EventSource === 'undefined') return () => undefined
  listeners.add(listener)
  if (listeners.size === 1) {
    open()
    window.addEventListener('online', resync)
    document.addEventListener('visibilitychange', onVisibility)
  }
  return () => {
    if (!listeners.delete(listener) || listeners.size > 0) return
    close()
    lastEventId = ''
    window.removeEventListener('online', resync)
    document.removeEventListener('visibilitychange', onVisibility)
  }
}

/** subscribeOrderEvents for as long as the calling component is mounted. */
export function useOrderEvents(listener: OrderEventListener): void {
  let stop: (() => void) | undefined
  onMounted(() => {
    stop = subscribeOrderEvents(listener)
  })
  onBeforeUnmount(() => stop?.())
}
