import { beforeAll, describe, expect, it } from 'vitest'
import SupplierShipForm from '../../../../src/client/components/supplier-desk/SupplierShipForm.vue'
import { loadOrderingMessages } from '../../../../src/client/i18n/ordering.ts'
import { ShipSchema } from '../../../../src/shared/contract/orders.ts'
import { mountWithApp } from '../support/mount.ts'

beforeAll(() => loadOrderingMessages())

async function fill(carrier: string | null, trackingNo: string) {
  const wrapper = mountWithApp(SupplierShipForm)
  if (carrier) await wrapper.get(`input[value="${carrier}"]`).setValue(true)
  await wrapper.get('input[name="trackingNo"]').setValue(trackingNo)
  await wrapper.get('form').trigger('submit')
  return wrapper
}

const serverPattern = new RegExp((ShipSchema.properties.trackingNo as unknown as { pattern: string }).pattern)

describe('SupplierShipForm', () => {
  it('ships with the carrier picked and a valid tracking number', async () => {
    const wrapper = await fill('顺丰速运', 'SF1234567890')
    expect(wrapper.emitted('submit')).toEqual([[{ carrier: '顺丰速运', trackingNo: 'SF1234567890' }]])
  })

  it.each([
    ['too short', 'SF123'],
    ['too long', 'A'.repeat(31)],
    ['with symbols', 'SF#12345678'],
    ['in Chinese', '顺丰一二三四五六'],
  ])('refuses a tracking number %s, as the server does', async (_why, trackingNo) => {
    expect(serverPattern.test(trackingNo)).toBe(false)
    const wrapper = await fill('中通快递', trackingNo)
    expect(wrapper.emitted('submit')).toBeUndefined()
    expect(wrapper.get('#tracking-error').text()).toBe('运单号须为 6–30 位字母或数字')
    expect(wrapper.get('input[name="trackingNo"]').attributes('aria-invalid')).toBe('true')
  })

  it('accepts a pasted number with spaces and dashes, sending letters and digits only', async () => {
    const wrapper = await fill('京东物流', ' JD 0012-3456 789 ')
    expect(wrapper.emitted('submit')).toEqual([[{ carrier: '京东物流', trackingNo: 'JD00123456789' }]])
  })

  it('needs a carrier', async () => {
    const wrapper = await fill(null, 'SF1234567890')
    expect(wrapper.emitted('submit')).toBeUndefined()
    expect(wrapper.text()).toContain('请选择物流公司')
  })

  it('takes a carrier that is not in the list by name', async () => {
    const wrapper = mountWithApp(SupplierShipForm)
    await wrapper.get('input[value="other"]').setValue(true)
    await wrapper.get('input[name="trackingNo"]').setValue('ZX20260501')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.text()).toContain('请填写物流公司名称')
    await wrapper.get('input[name="carrierName"]').setValue('  浙运物流  ')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('submit')).toEqual([[{ carrier: '浙运物流', trackingNo: 'ZX20260501' }]])
  })

  it('only complains about the tracking number once it was typed and left, or on submit', async () => {
    const wrapper = mountWithApp(SupplierShipForm)
    expect(wrapper.find('#tracking-error').exists()).toBe(false)
    const input = wrapper.get('input[name="trackingNo"]')
    await input.setValue('SF1')
    await input.trigger('blur')
    expect(wrapper.find('#tracking-error').exists()).toBe(true)
  })
})
