import { describe, expect, it } from 'vitest'
import SearchActiveFilters from '../../../../src/client/components/search/SearchActiveFilters.vue'
import { emptyParams, hasCriteria, paramsFromQuery, queryFromParams, toProductQuery } from '../../../../src/client/lib/search-query.ts'
import { mountWithApp } from '../support/mount.ts'

describe('a pavilion’s see-all list on the search page', () => {
  it('keeps the pavilion in the URL next to the category and sort, and sends it to the API', () => {
    const params = paramsFromQuery({ pavilionId: 'hangzhou', categoryId: '13', sort: 'price_asc' })
    expect(params).toMatchObject({ pavilionId: 'hangzhou', categoryId: 13, sort: 'price_asc' })
    expect(hasCriteria(params)).toBe(true)
    expect(queryFromParams({ ...params, badges: ['sme'] })).toEqual({ pavilionId: 'hangzhou', categoryId: '13', sort: 'price_asc', badges: 'sme' })
    expect(toProductQuery(params, '330100')).toMatchObject({ pavilionId: 'hangzhou', categoryId: 13, sort: 'price_asc' })
  })

  it('is a list of its own: a pavilion alone is enough to show results', () => {
    expect(hasCriteria(paramsFromQuery({ pavilionId: 'fupin' }))).toBe(true)
  })

  it('drops a malformed pavilion id rather than sending it', () => {
    expect(paramsFromQuery({ pavilionId: '../admin' }).pavilionId).toBeUndefined()
    expect(paramsFromQuery({ pavilionId: 'A'.repeat(3) }).pavilionId).toBeUndefined()
  })

  it('shows the pavilion by name as a chip that removes it', async () => {
    const wrapper = mountWithApp(SearchActiveFilters, {
      props: { params: { ...emptyParams(), pavilionId: 'ningbo', categoryId: 29 }, categoryName: '办公耗材', pavilionName: '宁波馆', regionName: '杭州市' },
    })
    const chip = wrapper.findAll('button').find((b) => b.text() === '地方馆：宁波馆')!
    expect(chip.attributes('aria-label')).toBe('移除筛选：地方馆：宁波馆')
    await chip.trigger('click')
    expect(wrapper.emitted('remove')).toEqual([[{ pavilionId: undefined }]])
  })
})
