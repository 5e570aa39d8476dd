import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ProductBuyBar from '../../../../src/client/components/catalogue/ProductBuyBar.vue'
import { useSessionStore } from '../../../../src/client/stores/session.ts'
import { useOrderPlacementStore } from '../../../../src/client/stores/orderPlacement.ts'
import { loadOrderingMessages } from '../../../../src/client/i18n/ordering.ts'
import { placeOrder } from '../../../../src/client/api/orders.ts'
import { IDEMPOTENCY_KEY_PATTERN } from '../../../../src/shared/contract/orders.ts'
import { mountWithApp, testRouter } from '../support/mount.ts'
import { order, plan, productDetail, purchaser, supplierMe } from './fixtures.ts'
import type { Me } from '../../../../src/shared/contract/session.ts'

vi.mock('../../../../src/client/api/orders.ts', () => ({ placeOrder: vi.fn(), stepOrder: vi.fn(), fetchOrder: vi.fn(), fetchOrders: vi.fn() }))
vi.mock('../../../../src/client/api/me.ts', () => ({ fetchPlans: vi.fn(async () => [plan({ remainingFen: 48_480_400 })]) }))

beforeAll(() => loadOrderingMessages())
beforeEach(() => vi.mocked(placeOrder).mockReset())

async function mountAs(me: Me | null, product = productDetail(), path = '/products/42') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const session = useSessionStore()
  session.me = me
  session.status = 'ready'
  const router = testRouter()
  await router.push(path)
  const wrapper = mountWithApp(ProductBuyBar, { props: { product }, pinia, router })
  await flushPromises()
  return { wrapper, router, session }
}

const buyButton = (wrapper: Awaited<ReturnType<typeof mountAs>>['wrapper']) => wrapper.get('button.buy-bar__buy')

describe('ProductBuyBar', () => {
  it('places the order in one tap with the chosen quantity, the price on screen and a fresh key', async () => {
    vi.mocked(placeOrder).mockResolvedValue(order())
    const { wrapper } = await mountAs(purchaser())
    await wrapper.get('button[aria-label="增加数量"]').trigger('click')
    expect(buyButton(wrapper).text()).toContain('¥2,598.00')
    await buyButton(wrapper).trigger('click')
    await flushPromises()

    expect(placeOrder).toHaveBeenCalledTimes(1)
    const [input, key] = vi.mocked(placeOrder).mock.calls[0]!
    expect(input).toEqual({ productId: 42, quantity: 2, expectedPriceFen: 129_900 })
    expect(key).toMatch(IDEMPOTENCY_KEY_PATTERN)
    const state = useOrderPlacementStore().state
    expect(state.kind).toBe('placed')
    // The confirmation shows the plan as it stands after this order.
    expect(state.kind === 'placed' && state.plan?.remainingFen).toBe(48_480_400)
  })

  it('gives every tap its own idempotency key', async () => {
    vi.mocked(placeOrder).mockResolvedValue(order())
    const { wrapper } = await mountAs(purchaser())
    await buyButton(wrapper).trigger('click')
    await flushPromises()
    useOrderPlacementStore().dismiss()
    await buyButton(wrapper).trigger('click')
    await flushPromises()
    const keys = vi.mocked(placeOrder).mock.calls.map((call) => call[1])
    expect(new Set(keys).size).toBe(2)
  })

  it('starts from the quantity a "buy again" link carries', async () => {
    const { wrapper } = await mountAs(purchaser(), productDetail(), '/products/42?qty=3')
    expect((wrapper.get('input[type="number"]').element as HTMLInputElement).value).toBe('3')
  })

  it('says before the tap that the product does not deliver to the unit, and disables the button', async () => {
    const { wrapper } = await mountAs(purchaser(), productDetail({ deliveryRegionCodes: ['330300'] }))
    expect(wrapper.get('.buy-bar__note').text()).toContain('该商品不配送到本单位所在地区（杭州市西湖区）')
    expect(buyButton(wrapper).attributes('disabled')).toBeDefined()
    await buyButton(wrapper).trigger('click')
    expect(placeOrder).not.toHaveBeenCalled()
  })

  it('warns over the single-order limit before the tap', async () => {
    const { wrapper } = await mountAs(purchaser({ orderLimitFen: 100_000 }))
    expect(wrapper.get('.buy-bar__note').text()).toContain('超过网上超市单笔订单限额 ¥1,000.00')
    expect(buyButton(wrapper).attributes('disabled')).toBeDefined()
  })

  it('sends someone not signed in to sign in, and back to this product with the same quantity', async () => {
    const { wrapper, router } = await mountAs(null)
    expect(buyButton(wrapper).text()).toContain('登录后下单')
    await buyButton(wrapper).trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/login')
    expect(router.currentRoute.value.query['redirect']).toBe('/products/42?qty=1')
    expect(placeOrder).not.toHaveBeenCalled()
  })

  it('shows a supplier no buy button, and says why', async () => {
    const { wrapper } = await mountAs(supplierMe())
    expect(wrapper.find('button.buy-bar__buy').exists()).toBe(false)
    expect(wrapper.get('.buy-bar__note').text()).toBe('供应商账号仅可浏览商品，不能下单。')
  })
})
