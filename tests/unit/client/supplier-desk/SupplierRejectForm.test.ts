import { beforeAll, describe, expect, it } from 'vitest'
import SupplierRejectForm from '../../../../src/client/components/supplier-desk/SupplierRejectForm.vue'
import { loadOrderingMessages } from '../../../../src/client/i18n/ordering.ts'
import { mountWithApp } from '../support/mount.ts'

beforeAll(() => loadOrderingMessages())

describe('SupplierRejectForm', () => {
  it('offers the usual reasons', () => {
    const wrapper = mountWithApp(SupplierRejectForm)
    expect(wrapper.findAll('.reject__reason').map((l) => l.text())).toEqual(['库存不足', '无法按时配送', '价格有误', '其他'])
  })

  it('needs a reason', async () => {
    const wrapper = mountWithApp(SupplierRejectForm)
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('submit')).toBeUndefined()
    expect(wrapper.get('[role="alert"]').text()).toBe('请选择拒绝原因')
  })

  it('sends a listed reason, with the supplier’s detail after it', async () => {
    const wrapper = mountWithApp(SupplierRejectForm)
    await wrapper.get('input[value="stock"]').setValue(true)
    await wrapper.get('form').trigger('submit')
    await wrapper.get('textarea').setValue(' 下周到货 ')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('submit')).toEqual([['库存不足'], ['库存不足：下周到货']])
  })

  it('needs the supplier’s own words for 其他', async () => {
    const wrapper = mountWithApp(SupplierRejectForm)
    await wrapper.get('input[value="other"]').setValue(true)
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('[role="alert"]').text()).toBe('选择“其他”时请填写原因')
    await wrapper.get('textarea').setValue('该型号已停产')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('submit')).toEqual([['该型号已停产']])
  })
})
