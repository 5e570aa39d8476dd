import { describe, expect, it } from 'vitest'
import ManufacturerProfile from '../../../../src/client/components/pavilion/ManufacturerProfile.vue'
import { mountWithApp } from '../support/mount.ts'
import { PAVILIONS, maker } from './fixtures.ts'

const profile = (overrides: Parameters<typeof maker>[0] = {}, pavilions = [PAVILIONS[2]!]) =>
  mountWithApp(ManufacturerProfile, { props: { supplier: maker(overrides), pavilions } })

describe('ManufacturerProfile', () => {
  it('says who the supplier is: name, region, kind, size, industry and product count', () => {
    const wrapper = profile()
    expect(wrapper.get('h1').text()).toBe('杭州云采办公设备制造有限公司')
    const facts = wrapper.findAll('dd').map((d) => d.text())
    expect(facts).toEqual(['生产厂家', '中型企业', '办公设备', '45 件'])
    expect(wrapper.text()).toContain('杭州市西湖区')
    expect(profile({ kind: 'reseller', size: 'micro' }).findAll('dd').map((d) => d.text()).slice(0, 2)).toEqual(['经销商', '微型企业'])
  })

  it('shows its policy flags as badges that explain themselves', async () => {
    const wrapper = profile({ badges: ['sme', 'zhejiang_made'] })
    const badges = wrapper.findAll('button.badge')
    expect(badges.map((b) => b.text())).toEqual(['中小企业', '浙江制造'])
    await badges[1]!.trigger('click')
    expect(wrapper.emitted('explain')).toEqual([['zhejiang_made']])
  })

  it('links to the pavilions of its home region', () => {
    const wrapper = profile()
    expect(wrapper.get('a[href="/pavilions/hangzhou"]').text()).toContain('杭州馆')
  })

  it('renders the supplier’s introduction as text, never as markup', () => {
    const wrapper = profile({ intro: '<b>优质</b>厂家\n第二行' })
    const intro = wrapper.get('.maker-profile__intro')
    expect(intro.find('b').exists()).toBe(false)
    expect(intro.text()).toBe('<b>优质</b>厂家\n第二行')
  })
})
