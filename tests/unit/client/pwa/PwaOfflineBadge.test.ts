import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import PwaOfflineBadge from '../../../../src/client/components/pwa/PwaOfflineBadge.vue'
import { mountWithApp } from '../support/mount.ts'

const NOW = Date.UTC(2025, 5, 1, 8)
const MINUTE = 60_000

describe('PwaOfflineBadge', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(NOW)
  })
  afterEach(() => vi.useRealTimers())

  it.each([
    [10_000, '刚刚更新'],
    [5 * MINUTE, '5 分钟前更新'],
    [3 * 60 * MINUTE, '3 小时前更新'],
    [2 * 24 * 60 * MINUTE, '2 天前更新'],
  ])('says how old a copy from %i ms ago is', (age, text) => {
    const wrapper = mountWithApp(PwaOfflineBadge, { props: { since: NOW - age } })
    expect(wrapper.text()).toContain('离线数据')
    expect(wrapper.text()).toContain(text)
    expect(wrapper.attributes('role')).toBe('status')
  })

  it('keeps counting while it is shown', async () => {
    const wrapper = mountWithApp(PwaOfflineBadge, { props: { since: NOW } })
    expect(wrapper.text()).toContain('刚刚更新')
    await vi.advanceTimersByTimeAsync(2 * MINUTE)
    expect(wrapper.text()).toContain('2 分钟前更新')
  })
})
