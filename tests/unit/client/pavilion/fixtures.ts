import type { Supplier } from '../../../../src/shared/contract/catalogue.ts'
import type { PavilionDetail, PavilionSummary } from '../../../../src/shared/contract/pavilions.ts'
import { product } from '../support/fixtures.ts'

export function pavilion(id: string, name: string, kind: PavilionSummary['kind'], regionCode: string | null, productCount = 100): PavilionSummary {
  return { id, name, kind, regionCode, tagline: `${name}标语 · 特色产业`, banner: `/images/pavilions/${id}.svg`, productCount }
}

/** The seed's seventeen pavilions, in the server's order (halls, cities by code, counties). */
export const PAVILIONS: PavilionSummary[] = [
  pavilion('zhizao', '制造精品馆', 'theme', null),
  pavilion('fupin', '农业扶贫馆', 'theme', null),
  pavilion('hangzhou', '杭州馆', 'city', '330100', 918),
  pavilion('ningbo', '宁波馆', 'city', '330200'),
  pavilion('wenzhou', '温州馆', 'city', '330300'),
  pavilion('jiaxing', '嘉兴馆', 'city', '330400'),
  pavilion('huzhou', '湖州馆', 'city', '330500'),
  pavilion('shaoxing', '绍兴馆', 'city', '330600'),
  pavilion('jinhua', '金华馆', 'city', '330700'),
  pavilion('quzhou', '衢州馆', 'city', '330800'),
  pavilion('zhoushan', '舟山馆', 'city', '330900'),
  pavilion('taizhou', '台州馆', 'city', '331000'),
  pavilion('lishui', '丽水馆', 'city', '331100'),
  pavilion('deqing', '德清馆', 'county', '330521'),
  pavilion('yiwu', '义乌馆', 'county', '330782'),
  pavilion('yongkang', '永康馆', 'county', '330784'),
  pavilion('anji', '安吉馆', 'county', '330523'),
]

export function maker(overrides: Partial<Supplier> = {}): Supplier {
  return {
    id: 1,
    name: '杭州云采办公设备制造有限公司',
    regionCode: '330106',
    regionName: '杭州市西湖区',
    kind: 'manufacturer',
    size: 'medium',
    badges: ['sme'],
    productCount: 45,
    industry: '办公设备',
    intro: '一家中型办公设备生产厂家。',
    ...overrides,
  }
}

export function hangzhou(): PavilionDetail {
  return {
    ...pavilion('hangzhou', '杭州馆', 'city', '330100', 918),
    intro: '杭州以数字经济闻名。',
    manufacturers: [maker(), maker({ id: 27, name: '杭州富智文具实业有限公司', size: 'small' })],
    sections: [
      { category: { id: 13, name: '办公设备' }, total: 141, items: [product({ id: 1 }), product({ id: 2 })] },
      { category: { id: 29, name: '办公耗材' }, total: 95, items: [product({ id: 3 })] },
      { category: { id: 166, name: '农副产品' }, total: 80, items: [product({ id: 4 })] },
    ],
  }
}
