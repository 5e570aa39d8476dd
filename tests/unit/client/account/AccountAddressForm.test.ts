import { beforeAll, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import AccountAddressForm from '../../../../src/client/components/account/AccountAddressForm.vue'
import { loadOrderingMessages } from '../../../../src/client/i18n/ordering.ts'
import { mountWithApp } from '../support/mount.ts'
import type { Address } from '../../../../src/shared/contract/session.ts'

vi.mock('../../../../src/client/api/catalogue.ts', () => ({
  fetchRegions: vi.fn(async () => [
    { code: '330100', name: '杭州市', parentCode: null },
    { code: '330106', name: '西湖区', parentCode: '330100' },
    { code: '330200', name: '宁波市', parentCode: null },
  ]),
}))

beforeAll(() => loadOrderingMessages())

async function open(address?: Address) {
  const wrapper = mountWithApp(AccountAddressForm, { props: { busy: false, error: null, ...(address && { address }) } })
  await flushPromises()
  return wrapper
}

describe('AccountAddressForm', () => {
  it('checks every field as the server would before sending', async () => {
    const wrapper = await open()
    await wrapper.get('input[name="phone"]').setValue('12345')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('submit')).toBeUndefined()
    expect(wrapper.text()).toContain('请填写收货人')
    expect(wrapper.text()).toContain('请填写正确的手机号或带区号的座机号')
    expect(wrapper.text()).toContain('请选择所在城市')
  })

  it('sends a new address with a county, a landline and the default flag', async () => {
    const wrapper = await open()
    await wrapper.get('input[name="contact"]').setValue(' 李华 ')
    await wrapper.get('input[name="phone"]').setValue('0571-87654321')
    await wrapper.get('select[name="city"]').setValue('330100')
    await wrapper.get('select[name="county"]').setValue('330106')
    await wrapper.get('textarea[name="detail"]').setValue('文三路 100 号')
    await wrapper.get('input[name="isDefault"]').setValue(true)
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('submit')).toEqual([
      [{ contact: '李华', phone: '0571-87654321', regionCode: '330106', detail: '文三路 100 号', isDefault: true }],
    ])
  })

  it('starts from the address being edited', async () => {
    const wrapper = await open({ id: 9, contact: '王敏', phone: '13812345678', regionCode: '330106', regionName: '西湖区', detail: '学院路 1 号', isDefault: false })
    expect((wrapper.get('select[name="city"]').element as HTMLSelectElement).value).toBe('330100')
    expect((wrapper.get('select[name="county"]').element as HTMLSelectElement).value).toBe('330106')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('submit')?.[0]?.[0]).toMatchObject({ contact: '王敏', regionCode: '330106' })
  })
})
