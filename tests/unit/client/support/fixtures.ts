import type { Facets, ProductList, ProductSummary } from '../../../../src/shared/contract/catalogue.ts'

export function product(overrides: Partial<ProductSummary> = {}): ProductSummary {
  return {
    id: 42,
    title: '惠普（HP）LaserJet Pro M203dw 黑白激光打印机 双面打印',
    brand: '惠普',
    model: 'M203dw',
    priceFen: 129_900,
    referencePriceFen: 149_900,
    image: '/images/p/laser-printer-3.svg',
    badges: ['energy_saving', 'energy_mandatory', 'sme'],
    sales: 12_345,
    supplier: { id: 7, name: '杭州启明办公设备有限公司', regionCode: '330106' },
    ...overrides,
  }
}

export const FACETS: Facets = {
  categories: [{ id: 12, name: '激光打印机', count: 40 }],
  brands: [
    { name: '惠普', count: 18 },
    { name: '兄弟', count: 12 },
    { name: '得力', count: 10 },
  ],
  badges: [
    { badge: 'energy_saving', count: 33 },
    { badge: 'sme', count: 21 },
    { badge: 'zhejiang_made', count: 4 },
  ],
}

export function page(ids: number[], nextCursor: string | null, total = 45): ProductList {
  return { items: ids.map((id) => product({ id, title: `商品 ${id}` })), nextCursor, total, facets: FACETS }
}
