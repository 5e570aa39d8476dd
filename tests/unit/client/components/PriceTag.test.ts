import { describe, expect, it } from 'vitest'
import PriceTag from '../../../../src/client/components/catalogue/PriceTag.vue'
import { mountWithApp } from '../support/mount.ts'

describe('PriceTag', () => {
  it('shows fen as yuan with thousands separators', () => {
    const wrapper = mountWithApp(PriceTag, { props: { priceFen: 129_900 } })
    expect(wrapper.find('.price-tag__now').text()).toBe('¥1,299.00')
  })

  it('strikes through the e-commerce reference price', () => {
    const wrapper = mountWithApp(PriceTag, { props: { priceFen: 129_900, referencePriceFen: 149_900 } })
    expect(wrapper.find('del').text()).toBe('¥1,499.00')
    expect(wrapper.find('.price-tag__ref').text()).toContain('电商参考价')
  })

  it('states the saving in yuan and percent on the detail page', () => {
    const wrapper = mountWithApp(PriceTag, {
      props: { priceFen: 129_900, referencePriceFen: 149_900, savingStyle: 'full', size: 'lg', unit: '台' },
    })
    expect(wrapper.find('.price-tag__saving').text()).toBe('比电商省 ¥200.00（13%）')
    expect(wrapper.text()).toContain('/台')
  })

  it('shows the saving as a short percent chip in lists', () => {
    const wrapper = mountWithApp(PriceTag, { props: { priceFen: 8_990, referencePriceFen: 12_900 } })
    expect(wrapper.find('.price-tag__chip').text()).toBe('省30%')
    expect(wrapper.find('.price-tag__saving').exists()).toBe(false)
  })

  it('claims no saving when the price is not below the reference', () => {
    const wrapper = mountWithApp(PriceTag, { props: { priceFen: 150_000, referencePriceFen: 149_900, savingStyle: 'full' } })
    expect(wrapper.find('del').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('省')
  })

  it('keeps the cents of odd amounts', () => {
    const wrapper = mountWithApp(PriceTag, { props: { priceFen: 1_234_567_805 } })
    expect(wrapper.find('.price-tag__now').text()).toBe('¥12,345,678.05')
  })
})
