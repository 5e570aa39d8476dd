import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Facets, ProductSummary } from '../../shared/contract/catalogue.ts'
import { fetchProducts } from '../api/catalogue.ts'
import { isAborted } from '../api/http.ts'
import { isStringArray, load, save } from '../lib/persistence.ts'
import { emptyParams, paramsKey, toProductQuery, type SearchParams } from '../lib/search-query.ts'
import { useRegionStore } from './region.ts'

const PAGE_SIZE = 20
const HISTORY_LIMIT = 12
const NO_FACETS: Facets = { categories: [], brands: [], badges: [] }

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error'

/**
 * The result list behind /search. It keeps the last list with its key, so coming back from a
 * product shows the same items (and the page can restore its scroll) without a new request.
 */
export const useSearchStore = defineStore('search', () => {
  const region = useRegionStore()

  const params = ref<SearchParams>(emptyParams())
  const items = shallowRef<ProductSummary[]>([])
  const total = ref(0)
  const facets = shallowRef<Facets>(NO_FACETS)
  const nextCursor = ref<string | null>(null)
  const status = ref<SearchStatus>('idle')
  const error = ref<unknown>(null)
  const loadingMore = ref(false)
  const moreError = ref<unknown>(null)
  const refreshing = ref(false)
  const history = ref<string[]>(load('searchHistory', isStringArray) ?? [])

  let loadedKey = ''
  let controller: AbortController | null = null

  const finished = computed(() => status.value === 'ready' && nextCursor.value === null)
  const isEmpty = computed(() => status.value === 'ready' && items.value.length === 0)

  /** The region only matters to the results when the deliverable filter is on. */
  const keyOf = (p: SearchParams): string => `${paramsKey(p)}#${p.deliverable ? region.cityCode : ''}`

  async function fetchFirstPage(next: SearchParams, key: string): Promise<void> {
    controller?.abort()
    const own = (controller = new AbortController())
    try {
      const page = await fetchProducts(toProductQuery(next, region.cityCode, undefined, PAGE_SIZE), own.signal)
      if (key !== loadedKey) return
      items.value = page.items
      total.value = page.total
      facets.value = page.facets
      nextCursor.value = page.nextCursor
      status.value = 'ready'
      error.value = null
    } catch (e) {
      if (isAborted(e) || key !== loadedKey) return
      error.value = e
      status.value = 'error'
      loadedKey = ''
    }
  }

  /**
   * Shows the results for next. The same parameters as the list already held keep that list
   * (and its later pages) unless force is set.
   */
  async function search(next: SearchParams, options: { force?: boolean } = {}): Promise<void> {
    const key = keyOf(next)
    if (!options.force && key === loadedKey && status.value !== 'error') return
    params.value = next
    loadedKey = key
    status.value = 'loading'
    error.value = null
    moreError.value = null
    items.value = []
    nextCursor.value = null
    await fetchFirstPage(next, key)
  }

  /** Pull-to-refresh: reloads the first page while the current list stays on screen. */
  async function refresh(): Promise<void> {
    refreshing.value = true
    loadedKey = keyOf(params.value)
    moreError.value = null
    try {
      await fetchFirstPage(params.value, loadedKey)
    } finally {
      refreshing.value = false
    }
  }

  /** Appends the next page, following the server's cursor. */
  async function loadMore(): Promise<void> {
    const cursor = nextCursor.value
    if (cursor === null || loadingMore.value || status.value !== 'ready') return
    const key = loadedKey
    loadingMore.value = true
    moreError.value = null
    try {
      const page = await fetchProducts(toProductQuery(params.value, region.cityCode, cursor, PAGE_SIZE))
      if (key !== loadedKey) return
      items.value = [...items.value, ...page.items]
      nextCursor.value = page.nextCursor
      total.value = page.total
    } catch (e) {
      if (key === loadedKey) moreError.value = e
    } finally {
      loadingMore.value = false
    }
  }

  /** Keeps a search term at the front of the local history. */
  function remember(term: string): void {
    const t = term.trim()
    if (!t) return
    history.value = [t, ...history.value.filter((h) => h !== t)].slice(0, HISTORY_LIMIT)
    save('searchHistory', history.value)
  }

  function clearHistory(): void {
    history.value = []
    save('searchHistory', [])
  }

  return {
    params, items, total, facets, nextCursor, status, error, loadingMore, moreError, refreshing, history,
    finished, isEmpty, search, refresh, loadMore, remember, clearHistory,
  }
})
