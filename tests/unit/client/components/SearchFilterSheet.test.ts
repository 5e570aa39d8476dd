import { describe, expect, it } from 'vitest'
import SearchFilterSheet, { type FilterChoice } from '../../../../src/client/components/search/SearchFilterSheet.vue'
import { emptyParams, type SearchParams } from '../../../../src/client/lib/search-query.ts'
import { mountWithApp } from '../support/mount.ts'
import { FACETS } from '../support/fixtures.ts'

function open(params: Partial<SearchParams> = {}) {
  return mountWithApp(SearchFilterSheet, {
    props: { show: true, params: { ...emptyParams(), q: '打印机', ...params }, facets: FACETS, regionName: '杭州市' },
  })
}

const chip = (wrapper: ReturnType<typeof open>, label: string) => {
  const found = wrapper.findAll('button.chip').find((b) => b.find('.chip__label').text() === label)
  if (!found) throw new Error(`no chip ${label}`)
  return found
}

const applied = (wrapper: ReturnType<typeof open>): FilterChoice => {
  const events = wrapper.emitted('apply')
  expect(events).toHaveLength(1)
  return (events as [FilterChoice][])[0]![0]
}

describe('SearchFilterSheet', () => {
  it('lists the policy badges and brands of the results with their counts', () => {
    const wrapper = open()
    expect(chip(wrapper, '节能产品').text()).toContain('33')
    expect(chip(wrapper, '浙江制造').text()).toContain('4')
    expect(chip(wrapper, '惠普').text()).toContain('18')
    expect(wrapper.findAll('button.chip')).toHaveLength(6)
  })

  it('applies a chosen policy badge and closes', async () => {
    const wrapper = open()
    await chip(wrapper, '节能产品').trigger('click')
    expect(chip(wrapper, '节能产品').attributes('aria-pressed')).toBe('true')
    await wrapper.get('form').trigger('submit')
    expect(applied(wrapper).badges).toEqual(['energy_saving'])
    expect(wrapper.emitted('update:show')?.at(-1)).toEqual([false])
  })

  it('turns the price range in yuan into fen', async () => {
    const wrapper = open()
    await wrapper.get('input[name="min"]').setValue('500')
    await wrapper.get('input[name="max"]').setValue('1999.5')
    await wrapper.get('form').trigger('submit')
    expect(applied(wrapper)).toMatchObject({ minPriceFen: 50_000, maxPriceFen: 199_950 })
  })

  it('picks one brand at a time', async () => {
    const wrapper = open()
    await chip(wrapper, '惠普').trigger('click')
    await chip(wrapper, '兄弟').trigger('click')
    await wrapper.get('form').trigger('submit')
    expect(applied(wrapper).brand).toBe('兄弟')
  })

  it('offers delivery to the chosen region', async () => {
    const wrapper = open()
    expect(wrapper.get('.filter__switch').text()).toContain('仅看可配送到杭州市')
    await wrapper.get('input[name="deliverable"]').setValue(true)
    await wrapper.get('form').trigger('submit')
    expect(applied(wrapper).deliverable).toBe(true)
  })

  it('starts from the filters already in the URL', () => {
    const wrapper = open({ badges: ['sme'], brand: '得力', minPriceFen: 10_000, deliverable: true })
    expect(chip(wrapper, '中小企业').attributes('aria-pressed')).toBe('true')
    expect(chip(wrapper, '得力').attributes('aria-pressed')).toBe('true')
    expect((wrapper.get('input[name="min"]').element as HTMLInputElement).value).toBe('100')
    expect((wrapper.get('input[name="deliverable"]').element as HTMLInputElement).checked).toBe(true)
  })

  it('clears every choice with reset, then applies nothing', async () => {
    const wrapper = open({ badges: ['sme'], brand: '得力', maxPriceFen: 90_000, deliverable: true })
    await wrapper.findAll('footer button').find((b) => b.text() === '重置')!.trigger('click')
    await wrapper.get('form').trigger('submit')
    expect(applied(wrapper)).toEqual({ badges: [], brand: undefined, minPriceFen: undefined, maxPriceFen: undefined, deliverable: false })
  })

  it('discards the draft when closed without confirming', async () => {
    const wrapper = open()
    await chip(wrapper, '中小企业').trigger('click')
    await wrapper.get('.filter__close').trigger('click')
    expect(wrapper.emitted('apply')).toBeUndefined()
    expect(wrapper.emitted('update:show')?.at(-1)).toEqual([false])
    await wrapper.setProps({ show: false })
    await wrapper.setProps({ show: true })
    expect(chip(wrapper, '中小企业').attributes('aria-pressed')).toBe('false')
  })
})
