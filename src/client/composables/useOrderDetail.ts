import { computed, onBeforeUnmount, ref, watch } from 'vue'
import type { OrderAction } from '../../shared/order-state.ts'
import type { StepBody } from '../api/orders.ts'
import { isAborted } from '../api/http.ts'
import { useOrdersStore } from '../stores/orders.ts'

/**
 * One order for its page: loaded, kept live by the event stream while the page is open, and its
 * lifecycle steps with their busy and error state.
 */
export function useOrderDetail(id: () => number) {
  const orders = useOrdersStore()
  const order = computed(() => orders.details[id()])
  const error = ref<unknown>(null)
  const busy = ref<OrderAction | null>(null)
  const actionError = ref<string | null>(null)
  let controller: AbortController | null = null

  async function load(): Promise<void> {
    controller?.abort()
    const own = (controller = new AbortController())
    error.value = null
    try {
      await orders.loadOrder(id(), own.signal)
    } catch (e) {
      if (!isAborted(e) && controller === own) error.value = e
    }
  }

  watch(
    id,
    (current, _old, onCleanup) => {
      actionError.value = null
      onCleanup(orders.watch(current))
      void load()
    },
    { immediate: true },
  )
  orders.live()
  onBeforeUnmount(() => controller?.abort())

  /** Takes a step; false (with actionError set) when the server refused it. */
  async function act<A extends OrderAction>(action: A, body?: StepBody<A>): Promise<boolean> {
    busy.value = action
    actionError.value = null
    try {
      await orders.step(id(), action, body)
      return true
    } catch (e) {
      actionError.value = e instanceof Error ? e.message : String(e)
      return false
    } finally {
      busy.value = null
    }
  }

  return { order, error, busy, actionError, reload: load, act }
}
