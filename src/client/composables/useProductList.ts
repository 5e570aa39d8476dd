import { computed, onBeforeUnmount, ref, shallowRef, watch, type WatchSource } from 'vue'
import type { ProductQuery, ProductSummary } from '../../shared/contract/catalogue.ts'
import { fetchProducts } from '../api/catalogue.ts'
import { isAborted } from '../api/http.ts'

/**
 * A product list that is not the main search: a home rail or a supplier's shelf. It reloads when
 * the query changes and can page on with the cursor.
 */
export function useProductList(query: WatchSource<ProductQuery>, limit = 20) {
  const items = shallowRef<ProductSummary[]>([])
  const total = ref(0)
  const cursor = ref<string | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)
  const loaded = ref(false)
  let current: ProductQuery = {}
  let controller: AbortController | null = null

  async function load(append: boolean): Promise<void> {
    if (append && (cursor.value === null || loading.value)) return
    controller?.abort()
    const own = (controller = new AbortController())
    loading.value = true
    error.value = null
    try {
      const page = await fetchProducts({ ...current, limit, cursor: append ? (cursor.value ?? undefined) : undefined }, own.signal)
      items.value = append ? [...items.value, ...page.items] : page.items
      total.value = page.total
      cursor.value = page.nextCursor
      loaded.value = true
    } catch (e) {
      if (!isAborted(e)) error.value = e
    } finally {
      if (controller === own) loading.value = false
    }
  }

  watch(
    query,
    (q) => {
      current = q
      items.value = []
      cursor.value = null
      loaded.value = false
      void load(false)
    },
    { immediate: true },
  )
  onBeforeUnmount(() => controller?.abort())

  return {
    items, total, loading, error, loaded,
    finished: computed(() => loaded.value && cursor.value === null),
    reload: () => load(false),
    loadMore: () => load(true),
  }
}
