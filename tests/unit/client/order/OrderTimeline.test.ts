import { beforeAll, describe, expect, it } from 'vitest'
import OrderTimeline from '../../../../src/client/components/order/OrderTimeline.vue'
import OrderActions from '../../../../src/client/components/order/OrderActions.vue'
import { loadOrderingMessages } from '../../../../src/client/i18n/ordering.ts'
import { allowedActions, ORDER_STATUSES, type OrderAction } from '../../../../src/shared/order-state.ts'
import { mountWithApp } from '../support/mount.ts'
import { timeline } from './fixtures.ts'

beforeAll(() => loadOrderingMessages())

describe('OrderTimeline', () => {
  it('lists the steps newest first, with their notes, and marks the latest', () => {
    const wrapper = mountWithApp(OrderTimeline, {
      props: { entries: timeline(['place', 'pending', null], ['confirm', 'confirmed', null], ['ship', 'shipped', '顺丰速运 SF1234567890']) },
    })
    const items = wrapper.findAll('li')
    expect(items.map((li) => li.get('.timeline__what').text())).toEqual(['已发货', '供应商已确认', '提交订单'])
    expect(items[0]!.text()).toContain('顺丰速运 SF1234567890')
    expect(items[0]!.classes()).toContain('is-latest')
    expect(items[0]!.get('time').attributes('datetime')).toBe('2026-05-03T02:00:00.000Z')
  })

  it('shows a rejection with its reason', () => {
    const wrapper = mountWithApp(OrderTimeline, { props: { entries: timeline(['place', 'pending', null], ['reject', 'rejected', '库存不足：本周无货']) } })
    expect(wrapper.get('li').text()).toContain('供应商已拒绝')
    expect(wrapper.get('li').text()).toContain('库存不足：本周无货')
  })
})

describe('OrderActions', () => {
  const labels = (actions: OrderAction[]) =>
    mountWithApp(OrderActions, { props: { actions } }).findAll('button').map((b) => b.text())

  it('offers exactly the steps the state machine allows the purchaser, in each state', () => {
    const expected: Record<string, string[]> = {
      pending: ['撤销'],
      confirmed: ['撤销'],
      shipped: ['确认收货'],
      received: ['验收'],
      accepted: ['评价'],
      rejected: [],
      withdrawn: [],
    }
    for (const status of ORDER_STATUSES) expect(labels(allowedActions({ status, rating: null }, 'purchaser'))).toEqual(expected[status])
    expect(labels(allowedActions({ status: 'accepted', rating: { score: 5 } }, 'purchaser'))).toEqual([])
  })

  it('offers the supplier confirm and reject on a new order, and ship once confirmed', () => {
    expect(labels(allowedActions({ status: 'pending', rating: null }, 'supplier'))).toEqual(['确认订单', '拒绝'])
    expect(labels(allowedActions({ status: 'confirmed', rating: null }, 'supplier'))).toEqual(['发货'])
    expect(labels(allowedActions({ status: 'shipped', rating: null }, 'supplier'))).toEqual([])
  })

  it('emits the step tapped, and holds every button while one is in progress', async () => {
    const wrapper = mountWithApp(OrderActions, { props: { actions: ['confirm', 'reject'] as OrderAction[] } })
    await wrapper.findAll('button')[1]!.trigger('click')
    expect(wrapper.emitted('act')).toEqual([['reject']])
    await wrapper.setProps({ busy: 'reject' })
    expect(wrapper.findAll('button').every((b) => b.attributes('disabled') !== undefined)).toBe(true)
    expect(wrapper.findAll('button')[1]!.text()).toBe('处理中…')
  })

  it('renders nothing when no step is allowed and nothing else is offered', () => {
    expect(mountWithApp(OrderActions, { props: { actions: [] } }).find('.order-actions').exists()).toBe(false)
  })
})
