import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { ProductList } from '../../../../src/shared/contract/catalogue.ts'
import { fetchProducts } from '../../../../src/client/api/catalogue.ts'
import { ApiError } from '../../../../src/client/api/http.ts'
import { useSearchStore } from '../../../../src/client/stores/search.ts'
import { useRegionStore } from '../../../../src/client/stores/region.ts'
import { emptyParams, type SearchParams } from '../../../../src/client/lib/search-query.ts'
import { page } from '../support/fixtures.ts'

vi.mock('../../../../src/client/api/catalogue.ts', () => ({ fetchProducts: vi.fn() }))
const fetchMock = vi.mocked(fetchProducts)

const params = (p: Partial<SearchParams> = {}): SearchParams => ({ ...emptyParams(), q: '打印机', ...p })

/** A promise the test resolves by hand, to control which answer arrives first. */
function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

describe('search store', () => {
  beforeEach(() => {
    localStorage.clear()
    fetchMock.mockReset()
    setActivePinia(createPinia())
  })

  it('loads the first page for the query and filters', async () => {
    fetchMock.mockResolvedValueOnce(page([1, 2, 3], 'c1', 45))
    const store = useSearchStore()
    await store.search(params({ badges: ['sme', 'energy_saving'], sort: 'price_asc', minPriceFen: 10_000 }))

    const [query] = fetchMock.mock.calls[0]!
    expect(query).toMatchObject({ q: '打印机', badges: 'energy_saving,sme', sort: 'price_asc', minPriceFen: 10_000, limit: 20 })
    expect(query.regionCode).toBeUndefined()
    expect(query.cursor).toBeUndefined()
    expect(store.items.map((p) => p.id)).toEqual([1, 2, 3])
    expect(store.total).toBe(45)
    expect(store.facets.brands[0]?.name).toBe('惠普')
    expect(store.status).toBe('ready')
    expect(store.finished).toBe(false)
  })

  it('asks only for what delivers to the chosen region, by its city', async () => {
    fetchMock.mockResolvedValue(page([1], null))
    useRegionStore().choose({ code: '330282', name: '慈溪市' })
    await useSearchStore().search(params({ deliverable: true }))
    expect(fetchMock.mock.calls[0]![0].regionCode).toBe('330200')
  })

  it('appends the next page with the cursor until there is none', async () => {
    fetchMock.mockResolvedValueOnce(page([1, 2], 'c1')).mockResolvedValueOnce(page([3, 4], null))
    const store = useSearchStore()
    await store.search(params())
    await store.loadMore()

    expect(fetchMock.mock.calls[1]![0].cursor).toBe('c1')
    expect(store.items.map((p) => p.id)).toEqual([1, 2, 3, 4])
    expect(store.finished).toBe(true)
    await store.loadMore()
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })

  it('keeps the loaded list when the same search comes back (returning from a product)', async () => {
    fetchMock.mockResolvedValueOnce(page([1, 2], 'c1')).mockResolvedValueOnce(page([3], null))
    const store = useSearchStore()
    await store.search(params({ sort: 'sales' }))
    await store.loadMore()
    await store.search(params({ sort: 'sales' }))

    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(store.items.map((p) => p.id)).toEqual([1, 2, 3])
  })

  it('starts over when a filter changes', async () => {
    fetchMock.mockResolvedValueOnce(page([1, 2], 'c1')).mockResolvedValueOnce(page([9], null, 1))
    const store = useSearchStore()
    await store.search(params())
    await store.search(params({ brand: '得力' }))

    expect(fetchMock.mock.calls[1]![0]).toMatchObject({ brand: '得力', cursor: undefined })
    expect(store.items.map((p) => p.id)).toEqual([9])
    expect(store.total).toBe(1)
  })

  it('shows the newer search when an older answer arrives late', async () => {
    const slow = deferred<ProductList>()
    fetchMock.mockImplementationOnce(() => slow.promise).mockResolvedValueOnce(page([7], null, 1))
    const store = useSearchStore()
    const first = store.search(params({ q: '打印机' }))
    await store.search(params({ q: '复印纸' }))
    slow.resolve(page([1, 2, 3], 'c1'))
    await first

    expect(store.params.q).toBe('复印纸')
    expect(store.items.map((p) => p.id)).toEqual([7])
  })

  it('reports a failed search and loads again on retry', async () => {
    fetchMock.mockRejectedValueOnce(new ApiError('NETWORK_ERROR', 'offline', 0)).mockResolvedValueOnce(page([5], null, 1))
    const store = useSearchStore()
    await store.search(params())
    expect(store.status).toBe('error')
    expect((store.error as ApiError).isNetwork).toBe(true)

    await store.search(params())
    expect(store.status).toBe('ready')
    expect(store.items).toHaveLength(1)
  })

  it('keeps the list on screen while pull-to-refresh reloads it', async () => {
    const again = deferred<ProductList>()
    fetchMock.mockResolvedValueOnce(page([1, 2], 'c1')).mockImplementationOnce(() => again.promise)
    const store = useSearchStore()
    await store.search(params())
    const refreshing = store.refresh()

    expect(store.refreshing).toBe(true)
    expect(store.items).toHaveLength(2)
    again.resolve(page([1, 2, 3], null, 3))
    await refreshing
    expect(store.refreshing).toBe(false)
    expect(store.items).toHaveLength(3)
  })

  it('remembers search terms newest first, without duplicates, across reloads', () => {
    const store = useSearchStore()
    for (const term of ['打印机', '复印纸', ' 打印机 ', '']) store.remember(term)
    expect(store.history).toEqual(['打印机', '复印纸'])

    setActivePinia(createPinia())
    expect(useSearchStore().history).toEqual(['打印机', '复印纸'])
    useSearchStore().clearHistory()
    setActivePinia(createPinia())
    expect(useSearchStore().history).toEqual([])
  })

  it('keeps at most twelve terms', () => {
    const store = useSearchStore()
    for (let i = 0; i < 15; i++) store.remember(`词${i}`)
    expect(store.history).toHaveLength(12)
    expect(store.history[0]).toBe('词14')
  })
})
