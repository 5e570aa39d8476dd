import { describe, expect, it } from 'vitest'
import PwaInstallPrompt from '../../../../src/client/components/pwa/PwaInstallPrompt.vue'
import { mountWithApp } from '../support/mount.ts'

describe('PwaInstallPrompt', () => {
  it('offers 添加 and 暂不 where the browser can install', async () => {
    const wrapper = mountWithApp(PwaInstallPrompt, { props: { offer: 'prompt' } })
    expect(wrapper.text()).toContain('添加到主屏幕')
    const button = (text: string) => wrapper.findAll('button').find((b) => b.text() === text)
    await button('添加')?.trigger('click')
    await button('暂不')?.trigger('click')
    expect(wrapper.emitted('install')).toHaveLength(1)
    expect(wrapper.emitted('dismiss')).toHaveLength(1)
  })

  it('explains 分享 → 添加到主屏幕 on iOS, with only a button to close it', async () => {
    const wrapper = mountWithApp(PwaInstallPrompt, { props: { offer: 'ios' } })
    expect(wrapper.text()).toContain('“分享”')
    expect(wrapper.text()).toContain('“添加到主屏幕”')
    const buttons = wrapper.findAll('button')
    expect(buttons.map((b) => b.text())).toEqual(['知道了'])
    await buttons[0]!.trigger('click')
    expect(wrapper.emitted('dismiss')).toHaveLength(1)
    expect(wrapper.emitted('install')).toBeUndefined()
  })
})
