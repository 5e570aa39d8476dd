import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { fetchPavilion } from '../../../../src/client/api/pavilions.ts'
import { warmPavilion } from '../../../../src/client/router/warm.ts'
import { usePavilionsStore } from '../../../../src/client/stores/pavilions.ts'
import { hangzhou } from './fixtures.ts'

vi.mock('../../../../src/client/api/pavilions.ts', () => ({ fetchPavilion: vi.fn(), fetchPavilions: vi.fn() }))
const detailMock = vi.mocked(fetchPavilion)

const preloads = (): (string | null)[][] =>
  [...document.head.querySelectorAll('link[rel="preload"]')].map((l) => [l.getAttribute('as'), l.getAttribute('href'), l.getAttribute('crossorigin')])

describe('warmPavilion', () => {
  beforeEach(() => {
    detailMock.mockReset()
    setActivePinia(createPinia())
    document.head.querySelectorAll('link[rel="preload"]').forEach((link) => link.remove())
  })

  it('preloads the banner and the pavilion on a cold start, for the page’s own request to pick up', () => {
    warmPavilion('hangzhou', true)
    expect(preloads()).toEqual([
      ['image', '/images/pavilions/hangzhou.svg', null],
      ['fetch', '/api/pavilions/hangzhou', 'anonymous'],
    ])
    expect(detailMock).not.toHaveBeenCalled()
  })

  it('later, preloads the banner and has the store load the pavilion, which the page then shares', async () => {
    detailMock.mockResolvedValue(hangzhou())
    warmPavilion('hangzhou', false)
    expect(preloads()).toEqual([['image', '/images/pavilions/hangzhou.svg', null]])
    await vi.waitFor(() => expect(usePavilionsStore().detail('hangzhou')?.name).toBe('杭州馆'))
    await usePavilionsStore().loadDetail('hangzhou')
    expect(detailMock).toHaveBeenCalledTimes(1)
    expect(detailMock).toHaveBeenCalledWith('hangzhou')
  })
})
