import { describe, expect, it } from 'vitest'
import {
  emptyParams,
  filterCount,
  hasCriteria,
  paramsFromQuery,
  paramsKey,
  queryFromParams,
  toProductQuery,
} from '../../../../src/client/lib/search-query.ts'

describe('search query in the URL', () => {
  it('round-trips every criterion through the URL', () => {
    const params = {
      q: '打印机',
      categoryId: 12,
      badges: ['sme', 'energy_saving'] as const,
      brand: '惠普',
      minPriceFen: 50_000,
      maxPriceFen: 199_950,
      deliverable: true,
      sort: 'price_desc' as const,
    }
    const query = queryFromParams({ ...params, badges: [...params.badges] })
    expect(query).toEqual({
      q: '打印机', categoryId: '12', badges: 'energy_saving,sme', brand: '惠普',
      minPrice: '500', maxPrice: '1999.5', deliverable: '1', sort: 'price_desc',
    })
    expect(paramsFromQuery(query)).toEqual({ ...params, badges: ['energy_saving', 'sme'] })
  })

  it('leaves defaults out, so URLs stay short', () => {
    expect(queryFromParams({ ...emptyParams(), q: '复印纸' })).toEqual({ q: '复印纸' })
  })

  it('drops what a hand-edited link gets wrong instead of failing', () => {
    const p = paramsFromQuery({ q: ' 碎纸机 ', categoryId: 'abc', badges: 'sme,nonsense', sort: 'cheapest', minPrice: '-5', deliverable: 'yes' })
    expect(p).toEqual({ q: '碎纸机', categoryId: undefined, badges: ['sme'], brand: undefined, minPriceFen: undefined, maxPriceFen: undefined, deliverable: false, sort: undefined })
  })

  it('gives the same key to the same results however the URL was written', () => {
    const a = paramsFromQuery({ badges: 'sme,eco_label', q: '椅子' })
    const b = paramsFromQuery({ q: '椅子', badges: 'eco_label,sme' })
    expect(paramsKey(a)).toBe(paramsKey(b))
  })

  it('counts filters apart from the words, category and sort', () => {
    const p = { ...emptyParams(), q: 'x', categoryId: 3, sort: 'sales' as const }
    expect(filterCount(p)).toBe(0)
    expect(filterCount({ ...p, badges: ['sme', 'prison'], minPriceFen: 1, deliverable: true })).toBe(4)
  })

  it('needs words, a category, a badge or a brand to search', () => {
    expect(hasCriteria(emptyParams())).toBe(false)
    expect(hasCriteria({ ...emptyParams(), badges: ['rural_revitalisation'] })).toBe(true)
  })

  it('builds the API query, swapping a reversed price range', () => {
    const q = toProductQuery({ ...emptyParams(), q: '台灯', minPriceFen: 9_000, maxPriceFen: 1_000, deliverable: true }, '330100', 'c2')
    expect(q).toMatchObject({ q: '台灯', minPriceFen: 1_000, maxPriceFen: 9_000, regionCode: '330100', cursor: 'c2', limit: 20 })
  })
})
