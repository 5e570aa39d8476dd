import { computed, shallowRef, type ComputedRef, type Ref } from 'vue'
import type { CacheStatus, PageMessage, WorkerMessage } from './protocol.ts'

/**
 * Which of the current page's data came from the service worker's cache because the network was
 * not there, as the worker reports it (src/sw/status.ts). Kept per route, so coming back to a page
 * whose data the stores kept still says how old that data is.
 */
export interface CacheStatusBoard {
  /** Epoch ms of the oldest cached copy the current route shows, or null when all of it is fresh. */
  offlineSince: ComputedRef<number | null>
  /** Folds in one report from the worker (exposed for tests). */
  take(statuses: CacheStatus[]): void
}

export function createCacheStatusBoard(route: Ref<string>): CacheStatusBoard {
  const byRoute = shallowRef(new Map<string, Map<string, CacheStatus>>())

  function take(statuses: CacheStatus[]): void {
    if (!statuses.length) return
    const next = new Map(byRoute.value)
    const own = new Map(next.get(route.value))
    for (const status of statuses) own.set(status.url, status)
    next.set(route.value, own)
    byRoute.value = next
  }

  const offlineSince = computed(() => {
    const times = [...(byRoute.value.get(route.value)?.values() ?? [])]
      .filter((s) => s.offline && s.cachedAt !== null)
      .map((s) => s.cachedAt as number)
    return times.length ? Math.min(...times) : null
  })

  return { offlineSince, take }
}

/** Listens to the worker's reports and asks for the ones made before this code was loaded. */
export function listenToWorker(board: CacheStatusBoard, onOrdersPlaced: (message: Extract<WorkerMessage, { type: 'yc:queue-replayed' }>) => void): void {
  const container = navigator.serviceWorker
  if (!container) return
  container.addEventListener('message', (event: MessageEvent<WorkerMessage | null>) => {
    const message = event.data
    if (message?.type === 'yc:cache-status') board.take(message.statuses)
    else if (message?.type === 'yc:queue-replayed') onOrdersPlaced(message)
  })
  const ask: PageMessage = { type: 'yc:cache-status?' }
  container.controller?.postMessage(ask)
}
