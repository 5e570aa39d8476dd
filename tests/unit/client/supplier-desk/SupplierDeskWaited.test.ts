import { beforeAll, describe, expect, it } from 'vitest'
import SupplierDeskWaited from '../../../../src/client/components/supplier-desk/SupplierDeskWaited.vue'
import SupplierDeskCounts from '../../../../src/client/components/supplier-desk/SupplierDeskCounts.vue'
import { loadOrderingMessages } from '../../../../src/client/i18n/ordering.ts'
import { mountWithApp } from '../support/mount.ts'

beforeAll(() => loadOrderingMessages())

const since = '2026-05-01T00:00:00.000Z'
const after = (minutes: number): number => new Date(since).getTime() + minutes * 60_000

describe('SupplierDeskWaited', () => {
  it('says how long an order has waited', () => {
    expect(mountWithApp(SupplierDeskWaited, { props: { since, now: after(12) } }).text()).toBe('已等待 12 分钟')
    expect(mountWithApp(SupplierDeskWaited, { props: { since, now: after(185) } }).text()).toBe('已等待 3 小时 5 分钟')
  })

  it('flags an order waiting over 24 hours', () => {
    const onTime = mountWithApp(SupplierDeskWaited, { props: { since, now: after(24 * 60) } })
    expect(onTime.classes()).not.toContain('is-late')
    const late = mountWithApp(SupplierDeskWaited, { props: { since, now: after(27 * 60) } })
    expect(late.classes()).toContain('is-late')
    expect(late.text()).toBe('已等待 1 天 3 小时超过 24 小时')
  })
})

describe('SupplierDeskCounts', () => {
  it('shows a count per state and filters by the one tapped', async () => {
    const counts = { pending: 3, confirmed: 1, accepted: 200 }
    const wrapper = mountWithApp(SupplierDeskCounts, { props: { counts, active: 'pending' } })
    const tiles = wrapper.findAll('button')
    expect(tiles.map((t) => t.text())).toEqual(['3待确认', '1待发货', '–已发货', '–待验收', '200已完成', '–已取消'])
    expect(tiles[0]!.attributes('aria-pressed')).toBe('true')
    expect(tiles[0]!.classes()).toContain('is-urgent')
    await tiles[1]!.trigger('click')
    expect(wrapper.emitted('select')).toEqual([['confirmed']])
  })
})
