import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useOrderPlacementStore } from '../../../../src/client/stores/orderPlacement.ts'
import { useOrderQueueStore } from '../../../../src/client/stores/orderQueue.ts'
import { useSessionStore } from '../../../../src/client/stores/session.ts'
import { placeOrder, stepOrder } from '../../../../src/client/api/orders.ts'
import { fetchPlans } from '../../../../src/client/api/me.ts'
import { ApiError } from '../../../../src/client/api/http.ts'
import { order, plan, productDetail, purchaser } from './fixtures.ts'

vi.mock('../../../../src/client/api/orders.ts', () => ({ placeOrder: vi.fn(), stepOrder: vi.fn(), fetchOrder: vi.fn(), fetchOrders: vi.fn() }))
vi.mock('../../../../src/client/api/me.ts', () => ({ fetchPlans: vi.fn() }))

const product = productDetail()
const keys = (): string[] => vi.mocked(placeOrder).mock.calls.map((c) => c[1])
const inputs = () => vi.mocked(placeOrder).mock.calls.map((c) => c[0])

beforeEach(() => {
  setActivePinia(createPinia())
  const session = useSessionStore()
  session.me = purchaser()
  session.status = 'ready'
  vi.mocked(placeOrder).mockReset()
  vi.mocked(stepOrder).mockReset()
  vi.mocked(fetchPlans).mockReset().mockResolvedValue([plan()])
})
afterEach(() => vi.unstubAllGlobals())

describe('one-tap ordering', () => {
  it('re-confirms a changed price as a new intent: the new price and a new key', async () => {
    vi.mocked(placeOrder)
      .mockRejectedValueOnce(new ApiError('PRICE_CHANGED', '价格已变为 ¥1,399.00', 409, { currentPriceFen: 139_900 }))
      .mockResolvedValueOnce(order())
    const placement = useOrderPlacementStore()
    await placement.place(product, 2)
    expect(placement.state).toMatchObject({ kind: 'problem', code: 'PRICE_CHANGED', currentPriceFen: 139_900 })
    await placement.reconfirm()
    expect(inputs().map((i) => i.expectedPriceFen)).toEqual([129_900, 139_900])
    expect(keys()[0]).not.toBe(keys()[1])
    expect(placement.state.kind).toBe('placed')
  })

  it('retries a failed attempt with the same key, so the server can never place it twice', async () => {
    vi.mocked(placeOrder).mockRejectedValueOnce(new ApiError('INTERNAL_ERROR', '服务器开小差了', 500)).mockResolvedValueOnce(order())
    const placement = useOrderPlacementStore()
    await placement.place(product, 1)
    await placement.retry()
    expect(keys()[0]).toBe(keys()[1])
  })

  it('lists the plans with what they have left when the budget is short, and orders against the one picked', async () => {
    const plans = [plan({ id: 3, remainingFen: 100 }), plan({ id: 4, remainingFen: 9_000_000 })]
    vi.mocked(fetchPlans).mockResolvedValue(plans)
    vi.mocked(placeOrder).mockRejectedValueOnce(new ApiError('BUDGET_EXCEEDED', '采购计划余额不足', 422)).mockResolvedValueOnce(order())
    const placement = useOrderPlacementStore()
    await placement.place(product, 2)
    expect(placement.state).toMatchObject({ kind: 'problem', code: 'BUDGET_EXCEEDED', plans })
    await placement.choosePlan(4)
    expect(inputs()[1]).toMatchObject({ planId: 4, quantity: 2 })
    expect(keys()[0]).not.toBe(keys()[1])
  })

  it('queues an order that got no answer, under its key and the price the purchaser saw', async () => {
    vi.mocked(placeOrder).mockRejectedValueOnce(new ApiError('NETWORK_ERROR', 'Failed to fetch', 0))
    const add = vi.spyOn(useOrderQueueStore(), 'add').mockResolvedValue(true)
    const placement = useOrderPlacementStore()
    await placement.place(product, 2)
    expect(placement.state.kind).toBe('queued')
    expect(add).toHaveBeenCalledWith(expect.objectContaining({ key: keys()[0], productId: 42, quantity: 2, expectedPriceFen: 129_900 }))
  })

  it('queues at once, without trying, when the phone says it is offline', async () => {
    vi.stubGlobal('navigator', { ...navigator, onLine: false })
    const add = vi.spyOn(useOrderQueueStore(), 'add').mockResolvedValue(true)
    const placement = useOrderPlacementStore()
    await placement.place(product, 1)
    expect(placeOrder).not.toHaveBeenCalled()
    expect(add).toHaveBeenCalledTimes(1)
    expect(placement.state.kind).toBe('queued')
  })

  it('withdraws from the confirmation and shows the plan figures after it', async () => {
    vi.mocked(placeOrder).mockResolvedValueOnce(order())
    vi.mocked(stepOrder).mockResolvedValueOnce(order({ status: 'withdrawn' }))
    const placement = useOrderPlacementStore()
    await placement.place(product, 2)
    vi.mocked(fetchPlans).mockResolvedValue([plan({ remainingFen: 50_000_000 })])
    await placement.withdraw()
    expect(stepOrder).toHaveBeenCalledWith(1001, 'withdraw', undefined)
    expect(placement.state).toMatchObject({ kind: 'placed', order: { status: 'withdrawn' }, plan: { remainingFen: 50_000_000 } })
  })
})
