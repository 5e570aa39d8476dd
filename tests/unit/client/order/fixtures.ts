import type { ProductDetail } from '../../../../src/shared/contract/catalogue.ts'
import type { Order, TimelineEntry } from '../../../../src/shared/contract/orders.ts'
import type { Plan, PurchaserMe, SupplierMe } from '../../../../src/shared/contract/session.ts'
import { allowedActions, type OrderStatus } from '../../../../src/shared/order-state.ts'
import { product } from '../support/fixtures.ts'

export function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 3,
    code: 'ZJ2026-00001-1',
    name: '2026年办公设备购置',
    method: '网上超市',
    year: 2026,
    budgetFen: 50_000_000,
    reservedFen: 259_800,
    usedFen: 1_000_000,
    remainingFen: 48_740_200,
    ...overrides,
  }
}

export function purchaser(overrides: Partial<PurchaserMe> = {}): PurchaserMe {
  const address = { id: 11, contact: '王敏', phone: '13812345678', regionCode: '330106', regionName: '杭州市西湖区', detail: '文三路 100 号', isDefault: true }
  return {
    role: 'purchaser',
    user: { id: 1, username: 'buyer1', displayName: '王敏' },
    unit: { id: 1, name: '杭州市西湖区教育局', regionCode: '330106', regionName: '杭州市西湖区', cityCode: '330100', invoiceTitle: '杭州市西湖区教育局' },
    defaultAddress: address,
    addresses: [address],
    plans: [plan()],
    orderLimitFen: 20_000_000,
    ...overrides,
  }
}

export function supplierMe(): SupplierMe {
  return {
    role: 'supplier',
    user: { id: 3, username: 'supplier1', displayName: '张伟' },
    supplier: {
      id: 1,
      name: '杭州云采办公设备制造有限公司',
      regionCode: '330106',
      regionName: '杭州市西湖区',
      kind: 'manufacturer',
      size: 'medium',
      badges: ['sme'],
      productCount: 120,
      industry: '办公设备',
      intro: '',
    },
  }
}

export function productDetail(overrides: Partial<ProductDetail> = {}): ProductDetail {
  const base = product()
  return {
    ...base,
    images: [base.image],
    specs: [],
    description: '',
    stock: 50,
    unit: '台',
    warrantyMonths: 12,
    deliveryRegionCodes: ['330100', '330200'],
    categoryPath: [],
    supplier: supplierMe().supplier,
    ...overrides,
  }
}

export function timeline(...steps: [TimelineEntry['action'], OrderStatus, string | null][]): TimelineEntry[] {
  return steps.map(([action, status, note], i) => ({ id: i + 1, action, status, at: `2026-05-0${i + 1}T02:00:00.000Z`, note }))
}

export function order(overrides: Partial<Order> = {}, role: 'purchaser' | 'supplier' = 'purchaser'): Order {
  const status = overrides.status ?? 'pending'
  const base: Order = {
    id: 1001,
    status,
    unit: { id: 1, name: '杭州市西湖区教育局' },
    supplier: { id: 1, name: '杭州云采办公设备制造有限公司' },
    product: { id: 42, title: '惠普 M203dw 黑白激光打印机', image: '/images/p/laser-printer-3.svg', model: 'M203dw', unit: '台' },
    quantity: 2,
    unitPriceFen: 129_900,
    totalFen: 259_800,
    plan: { id: 3, code: 'ZJ2026-00001-1', name: '2026年办公设备购置' },
    address: { contact: '王敏', phone: '13812345678', regionCode: '330106', regionName: '杭州市西湖区', detail: '文三路 100 号' },
    invoiceTitle: '杭州市西湖区教育局',
    rejectReason: null,
    carrier: null,
    trackingNo: null,
    rating: null,
    allowedActions: [],
    createdAt: '2026-05-01T02:00:00.000Z',
    updatedAt: '2026-05-01T02:00:00.000Z',
    timeline: timeline(['place', 'pending', null]),
    ...overrides,
  }
  return { ...base, allowedActions: overrides.allowedActions ?? allowedActions(base, role) }
}
