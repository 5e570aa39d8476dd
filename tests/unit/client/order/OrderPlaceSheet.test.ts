import { beforeAll, describe, expect, it } from 'vitest'
import OrderPlacedSummary from '../../../../src/client/components/order/OrderPlacedSummary.vue'
import OrderProblem from '../../../../src/client/components/order/OrderProblem.vue'
import type { Placement } from '../../../../src/client/stores/orderPlacement.ts'
import { loadOrderingMessages } from '../../../../src/client/i18n/ordering.ts'
import { mountWithApp } from '../support/mount.ts'
import { order, plan } from './fixtures.ts'

beforeAll(() => loadOrderingMessages())

type Problem = Extract<Placement, { kind: 'problem' }>
const intent = { key: 'key-aaaaaaaa', productId: 42, quantity: 2, expectedPriceFen: 129_900, title: '打印机', image: '/x.svg' }
const problem = (overrides: Partial<Problem>): Problem => ({ kind: 'problem', intent, code: 'OTHER', message: '服务器开小差了', ...overrides })

describe('the confirmation after a one-tap order', () => {
  const placed = (props: Partial<InstanceType<typeof OrderPlacedSummary>['$props']> = {}) =>
    mountWithApp(OrderPlacedSummary, { props: { order: order(), plan: plan({ remainingFen: 48_480_400 }), withdrawing: false, withdrawError: null, ...props } })

  it('shows what the order used: plan and what it has left, address, invoice title and total', () => {
    const text = placed().text()
    expect(text).toContain('订单已提交，等待供应商确认')
    expect(text).toContain('2026年办公设备购置')
    expect(text).toContain('本单后计划余额¥484,804.00')
    expect(text).toContain('王敏 13812345678')
    expect(text).toContain('杭州市西湖区 文三路 100 号')
    expect(text).toContain('发票抬头杭州市西湖区教育局')
    expect(text).toContain('合计¥2,598.00')
  })

  it('offers 撤销 right there and a link to the order', async () => {
    const wrapper = placed()
    await wrapper.get('button.is-plain').trigger('click')
    expect(wrapper.get('button.is-plain').text()).toBe('撤销')
    expect(wrapper.emitted('withdraw')).toHaveLength(1)
    expect(wrapper.get('a.is-primary').attributes('href')).toBe('/orders/1001')
  })

  it('says the budget is released once withdrawn, and offers no second withdrawal', () => {
    const wrapper = placed({ order: order({ status: 'withdrawn' }), plan: plan() })
    expect(wrapper.text()).toContain('已撤销，预算与库存已释放')
    expect(wrapper.text()).toContain('计划可用余额¥487,402.00')
    expect(wrapper.find('button.is-plain').exists()).toBe(false)
  })
})

describe('a refused one-tap order', () => {
  it('shows the new price and re-confirms at it', async () => {
    const wrapper = mountWithApp(OrderProblem, { props: { problem: problem({ code: 'PRICE_CHANGED', message: '价格已变为 ¥1,399.00', currentPriceFen: 139_900 }) } })
    expect(wrapper.text()).toContain('价格已变动')
    expect(wrapper.text()).toContain('下单时看到的价格是 ¥1,299.00，现价 ¥1,399.00。按现价购买 2 件，合计 ¥2,798.00。')
    const confirm = wrapper.get('button.is-primary')
    expect(confirm.text()).toBe('按 ¥1,399.00 重新下单')
    await confirm.trigger('click')
    expect(wrapper.emitted('reconfirm')).toHaveLength(1)
  })

  it('lets the purchaser pick another plan when the budget is short, but not one that is short too', async () => {
    const plans = [plan({ id: 3, remainingFen: 100_000 }), plan({ id: 4, name: '2026年日常耗材采购', code: 'ZJ2026-00001-2', remainingFen: 900_000 })]
    const wrapper = mountWithApp(OrderProblem, { props: { problem: problem({ code: 'BUDGET_EXCEEDED', message: '没有余额足够的采购计划', plans }) } })
    expect(wrapper.text()).toContain('采购计划余额不足')
    const radios = wrapper.findAll('input[type="radio"]')
    expect(radios.map((r) => r.attributes('disabled') !== undefined)).toEqual([true, false])
    expect(wrapper.get('button.is-primary').attributes('disabled')).toBeDefined()
    await radios[1]!.setValue(true)
    await wrapper.get('button.is-primary').trigger('click')
    expect(wrapper.emitted('choosePlan')).toEqual([[4]])
  })

  it('says so when no plan has enough left', () => {
    const wrapper = mountWithApp(OrderProblem, { props: { problem: problem({ code: 'BUDGET_EXCEEDED', plans: [plan({ remainingFen: 100 })] }) } })
    expect(wrapper.text()).toContain('所有采购计划的余额都不足')
    expect(wrapper.find('button.is-primary').exists()).toBe(false)
  })

  it.each([
    ['OUT_OF_STOCK', '库存不足，仅剩 1 台', '请减少采购数量后再下单'],
    ['LIMIT_EXCEEDED', '网上超市单笔订单不能超过 ¥200,000.00', '请减少数量分批采购'],
    ['NOT_DELIVERABLE', '该商品的供应商不配送到本单位所在地区', '不在配送范围'],
  ])('explains %s with the way out', (code, message, expected) => {
    const wrapper = mountWithApp(OrderProblem, { props: { problem: problem({ code, message }) } })
    expect(wrapper.text()).toContain(expected)
    expect(wrapper.find('[role="alert"]').exists()).toBe(true)
  })

  it('retries anything else as the same order', async () => {
    const wrapper = mountWithApp(OrderProblem, { props: { problem: problem({}) } })
    expect(wrapper.text()).toContain('服务器开小差了')
    await wrapper.get('button.is-primary').trigger('click')
    expect(wrapper.emitted('retry')).toHaveLength(1)
  })
})
