import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { fetchPavilion, fetchPavilions } from '../../../../src/client/api/pavilions.ts'
import { ApiError } from '../../../../src/client/api/http.ts'
import { usePavilionsStore } from '../../../../src/client/stores/pavilions.ts'
import { PAVILIONS, hangzhou } from './fixtures.ts'

vi.mock('../../../../src/client/api/pavilions.ts', () => ({ fetchPavilion: vi.fn(), fetchPavilions: vi.fn() }))
const detailMock = vi.mocked(fetchPavilion)
const listMock = vi.mocked(fetchPavilions)

describe('pavilions store', () => {
  beforeEach(() => {
    detailMock.mockReset()
    listMock.mockReset()
    setActivePinia(createPinia())
  })

  it('loads the list once, however many pages ask at the same time', async () => {
    listMock.mockResolvedValue(PAVILIONS)
    const store = usePavilionsStore()
    await Promise.all([store.loadList(), store.loadList()])
    await store.loadList()
    expect(listMock).toHaveBeenCalledTimes(1)
    expect(store.summary('yiwu')?.name).toBe('义乌馆')
  })

  it('keeps an opened pavilion, so coming back shows it without asking again', async () => {
    detailMock.mockResolvedValue(hangzhou())
    const store = usePavilionsStore()
    await store.loadDetail('hangzhou')
    await store.loadDetail('hangzhou')
    expect(detailMock).toHaveBeenCalledTimes(1)
    expect(store.detail('hangzhou')?.sections).toHaveLength(3)
    await store.loadDetail('hangzhou', { force: true })
    expect(detailMock).toHaveBeenCalledTimes(2)
  })

  it('remembers why a pavilion failed, and forgets it when a retry works', async () => {
    detailMock.mockRejectedValueOnce(new ApiError('NETWORK_ERROR', 'offline', 0)).mockResolvedValueOnce(hangzhou())
    const store = usePavilionsStore()
    await store.loadDetail('hangzhou')
    expect(store.detailError('hangzhou')).toBeInstanceOf(ApiError)
    await store.loadDetail('hangzhou')
    expect(store.detailError('hangzhou')).toBeUndefined()
    expect(store.detail('hangzhou')?.name).toBe('杭州馆')
  })

  it('finds a manufacturer shown in an opened pavilion', async () => {
    detailMock.mockResolvedValue(hangzhou())
    const store = usePavilionsStore()
    expect(store.manufacturer(27)).toBeUndefined()
    await store.loadDetail('hangzhou')
    expect(store.manufacturer(27)?.name).toBe('杭州富智文具实业有限公司')
  })
})
