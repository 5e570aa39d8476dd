import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount } from '@vue/test-utils'
import { h } from 'vue'
import PavilionLazy from '../../../../src/client/components/pavilion/PavilionLazy.vue'
import { mountWithApp } from '../support/mount.ts'

enableAutoUnmount(afterEach)

/** An IntersectionObserver the test moves on screen by hand. */
class ManualObserver {
  static last: ManualObserver | undefined
  constructor(readonly callback: (entries: { isIntersecting: boolean }[]) => void) {
    ManualObserver.last = this
  }
  observe(): void {}
  disconnect(): void {}
  enter(): void {
    this.callback([{ isIntersecting: true }])
  }
}

function lazy() {
  return mountWithApp(PavilionLazy, { props: { height: 222 }, slots: { default: () => h('p', { class: 'rail' }, '办公设备') } })
}

describe('PavilionLazy', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('keeps the content’s height, empty, until it nears the screen, then renders it', async () => {
    vi.stubGlobal('IntersectionObserver', ManualObserver)
    const wrapper = lazy()
    expect(wrapper.find('.rail').exists()).toBe(false)
    expect(wrapper.attributes('style')).toContain('height: 222px')
    ManualObserver.last!.enter()
    await vi.waitFor(() => expect(wrapper.find('.rail').exists()).toBe(true))
    expect(wrapper.attributes('style')).toBeUndefined()
  })

  it('renders at once where the browser cannot tell what is on screen', async () => {
    vi.stubGlobal('IntersectionObserver', undefined)
    const wrapper = lazy()
    await vi.waitFor(() => expect(wrapper.text()).toBe('办公设备'))
  })
})
