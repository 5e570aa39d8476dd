import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { fetchOrderCounts } from '../api/orders.ts'
import { subscribeOrderEvents } from '../composables/useOrderEvents.ts'
import { ORDER_TABS, type CountedTab } from '../lib/order-tabs.ts'
import { isSignedOutError, useSessionStore } from './session.ts'

const RECOUNT_DELAY_MS = 300

const COUNTED = ORDER_TABS.filter((t) => t.key !== 'all')

interface BadgeNavigator {
  setAppBadge?: (n?: number) => Promise<void>
  clearAppBadge?: () => Promise<void>
}

/** The installed app's icon shows how many orders wait for confirmation; browsers without it skip. */
function showAppBadge(n: number): void {
  const nav = navigator as Navigator & BadgeNavigator
  const done = n > 0 ? nav.setAppBadge?.(n) : nav.clearAppBadge?.()
  void done?.catch(() => undefined)
}

/**
 * The supplier's order desk: how many orders sit in each state, kept current by the event stream,
 * and mirrored on the app badge. The lists themselves live in the orders store.
 */
export const useSupplierDeskStore = defineStore('supplierDesk', () => {
  const session = useSessionStore()
  const counts = ref<Partial<Record<CountedTab, number>>>({})
  const error = ref<unknown>(null)
  let timer: ReturnType<typeof setTimeout> | undefined
  let run = 0
  let stopLive: (() => void) | null = null

  /** Counts every state again; overlapping recounts keep only the newest answer. */
  async function recount(): Promise<void> {
    const own = ++run
    try {
      const byStatus = await fetchOrderCounts()
      if (own !== run) return
      counts.value = Object.fromEntries(
        COUNTED.map((t) => [t.key, t.statuses.reduce((sum, s) => sum + byStatus[s], 0)]),
      )
      error.value = null
    } catch (e) {
      if (isSignedOutError(e)) session.expired()
      if (own === run) error.value = e
    }
  }

  /** A burst of events (an order placed and confirmed at once) costs one recount. */
  function recountSoon(): void {
    clearTimeout(timer)
    timer = setTimeout(() => void recount(), RECOUNT_DELAY_MS)
  }

  /** Starts counting and following the event stream; both stop when the supplier signs out. */
  function start(): Promise<void> {
    stopLive ??= subscribeOrderEvents({ change: recountSoon, resync: recountSoon })
    return recount()
  }

  watch(() => counts.value.pending, (n) => n !== undefined && showAppBadge(n))

  session.onSignOut(() => {
    stopLive?.()
    stopLive = null
    clearTimeout(timer)
    run++
    counts.value = {}
    showAppBadge(0)
  })

  return { counts, error, start, recount }
})
