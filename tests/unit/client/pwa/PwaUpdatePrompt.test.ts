import { describe, expect, it } from 'vitest'
import PwaUpdatePrompt from '../../../../src/client/components/pwa/PwaUpdatePrompt.vue'
import { mountWithApp } from '../support/mount.ts'

describe('PwaUpdatePrompt', () => {
  it('offers 立即更新 and 稍后 for a waiting version', async () => {
    const wrapper = mountWithApp(PwaUpdatePrompt, { props: { state: 'available' } })
    expect(wrapper.text()).toContain('新版本可用')
    const buttons = wrapper.findAll('button')
    await buttons.find((b) => b.text() === '立即更新')?.trigger('click')
    await buttons.find((b) => b.text() === '稍后')?.trigger('click')
    expect(wrapper.emitted('accept')).toHaveLength(1)
    expect(wrapper.emitted('dismiss')).toHaveLength(1)
  })

  it('says the update waits for the order being placed', () => {
    const wrapper = mountWithApp(PwaUpdatePrompt, { props: { state: 'deferred' } })
    expect(wrapper.text()).toContain('订单提交完成后将自动更新')
    expect(wrapper.findAll('button')).toHaveLength(0)
  })
})
