import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ProductCard from '../../../../src/client/components/catalogue/ProductCard.vue'
import { mountWithApp } from '../support/mount.ts'
import { product } from '../support/fixtures.ts'

describe('ProductCard', () => {
  it('links to the product page', async () => {
    const wrapper = mountWithApp(ProductCard, { props: { product: product() } })
    await flushPromises()
    expect(wrapper.get('a').attributes('href')).toBe('/products/42')
  })

  it('shows the title, supplier, sales, price and saving of a result', () => {
    const wrapper = mountWithApp(ProductCard, { props: { product: product() } })
    const text = wrapper.text()
    expect(wrapper.get('h3').text()).toBe('惠普（HP）LaserJet Pro M203dw 黑白激光打印机 双面打印')
    expect(text).toContain('杭州启明办公设备有限公司')
    expect(text).toContain('已售 1.2万')
    expect(text).toContain('¥1,299.00')
    expect(text).toContain('省13%')
  })

  it('labels its policy badges in Chinese, at most three', () => {
    const wrapper = mountWithApp(ProductCard, {
      props: { product: product({ badges: ['energy_saving', 'eco_label', 'sme', 'rural_revitalisation'] }) },
    })
    const labels = wrapper.findAll('.badge').map((b) => b.text())
    expect(labels).toEqual(['节能产品', '环境标志', '中小企业'])
  })

  it('describes its picture with the product title and loads it lazily', () => {
    const wrapper = mountWithApp(ProductCard, { props: { product: product() } })
    const img = wrapper.get('img')
    expect(img.attributes('alt')).toBe(product().title)
    expect(img.attributes('src')).toBe('/images/p/laser-printer-3.svg')
    expect(img.attributes('loading')).toBe('lazy')
  })

  it('loads the picture at once when it is above the fold', () => {
    const wrapper = mountWithApp(ProductCard, { props: { product: product(), eager: true } })
    expect(wrapper.get('img').attributes('loading')).toBe('eager')
  })

  it('shows only the picture, title and price as a rail tile', () => {
    const wrapper = mountWithApp(ProductCard, { props: { product: product(), layout: 'tile' } })
    expect(wrapper.classes()).toContain('is-tile')
    expect(wrapper.text()).toContain('¥1,299.00')
    expect(wrapper.find('.badge').exists()).toBe(false)
    expect(wrapper.find('del').exists()).toBe(false)
  })

  it('shows a placeholder when the picture fails to load', async () => {
    const wrapper = mountWithApp(ProductCard, { props: { product: product() } })
    await wrapper.get('img').trigger('error')
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.get('[role="img"]').attributes('aria-label')).toBe(product().title)
  })
})
