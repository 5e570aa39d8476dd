import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { badgeBit } from '../../src/shared/badges.ts'
import type { ProductList } from '../../src/shared/contract/catalogue.ts'
import { createTestApp, getJson, type TestApp } from './helpers.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const list = async (query: string): Promise<ProductList> => {
  const { status, body } = await getJson<ProductList>(t.app, `/api/products?${query}`)
  expect(status).toBe(200)
  return body
}
const count = async (sql: string, ...args: unknown[]): Promise<number> =>
  ((await t.sql.get(`SELECT count(*) AS n FROM products p WHERE ${sql}`, [...args])) as { n: number }).n

describe('filters', () => {
  it('filters by a category at each level', async () => {
    for (const level of [1, 2, 3]) {
      const { id } = (await t.sql.get('SELECT id FROM categories WHERE level = ? AND product_count > 0 ORDER BY id', [level])) as { id: number }
      const column = ['cat1_id', 'cat2_id', 'category_id'][level - 1]
      const body = await list(`categoryId=${id}&limit=50`)
      expect(body.total).toBe(await count(`${column} = ?`, id))
      for (const item of body.items) {
        const row = (await t.sql.get(`SELECT ${column} AS c FROM products WHERE id = ?`, [item.id])) as { c: number }
        expect(row.c).toBe(id)
      }
    }
  })

  it('filters by badges, requiring every badge given', async () => {
    const body = await list('badges=energy_saving,sme&limit=50')
    const mask = badgeBit('energy_saving') | badgeBit('sme')
    expect(body.total).toBe(await count('(badges & ?) = ?', mask, mask))
    expect(body.total).toBeGreaterThan(0)
    for (const item of body.items) expect(item.badges).toEqual(expect.arrayContaining(['energy_saving', 'sme']))
  })

  it('filters by brand, supplier and price range', async () => {
    const first = (await list('limit=1')).items[0]!
    const byBrand = await list(`brand=${encodeURIComponent(first.brand)}&limit=50`)
    expect(byBrand.items.every((i) => i.brand === first.brand)).toBe(true)
    expect(byBrand.total).toBe(await count('brand_id = (SELECT id FROM brands WHERE name = ?)', first.brand))

    const bySupplier = await list(`supplierId=${first.supplier.id}&limit=50`)
    expect(bySupplier.items.every((i) => i.supplier.id === first.supplier.id)).toBe(true)
    expect(bySupplier.total).toBe(await count('supplier_id = ?', first.supplier.id))

    const byPrice = await list('minPriceFen=10000&maxPriceFen=50000&limit=50')
    expect(byPrice.items.every((i) => i.priceFen >= 10000 && i.priceFen <= 50000)).toBe(true)
    expect(byPrice.total).toBe(await count('price_fen BETWEEN 10000 AND 50000'))
  })

  it('filters by the region an item can be delivered to', async () => {
    // 330327 苍南县 belongs to 温州市 (city index 2 in code order).
    const body = await list('regionCode=330327&limit=50')
    const { city_index: bit } = (await t.sql.get("SELECT city_index FROM regions WHERE code = '330300'")) as { city_index: number }
    expect(body.total).toBe(await count('(delivery_mask & ?) != 0', 1 << bit))
    for (const item of body.items.slice(0, 10)) {
      const detail = await getJson<{ deliveryRegionCodes: string[] }>(t.app, `/api/products/${item.id}`)
      expect(detail.body.deliveryRegionCodes).toContain('330300')
    }
  })

  it('returns an empty list, not an error, for an unknown brand or category', async () => {
    expect((await list('brand=不存在的品牌')).total).toBe(0)
    expect((await list('categoryId=99999')).items).toEqual([])
  })
})

describe('facets', () => {
  it('count exactly the filtered set, facet by facet', async () => {
    const base = 'q=打印'
    const body = await list(base)
    expect(body.total).toBeGreaterThan(0)
    const sum = (xs: { count: number }[]) => xs.reduce((a, x) => a + x.count, 0)
    expect(sum(body.facets.categories)).toBeLessThanOrEqual(body.total)
    for (const c of body.facets.categories.slice(0, 4)) {
      expect((await list(`${base}&categoryId=${c.id}&limit=1`)).total).toBe(c.count)
    }
    for (const b of body.facets.brands.slice(0, 4)) {
      expect((await list(`${base}&brand=${encodeURIComponent(b.name)}&limit=1`)).total).toBe(b.count)
    }
    for (const b of body.facets.badges) {
      expect((await list(`${base}&badges=${b.badge}&limit=1`)).total).toBe(b.count)
    }
  })

  it('agree with the total when unfiltered', async () => {
    const body = await list('limit=1')
    const categories = body.facets.categories.reduce((a, c) => a + c.count, 0)
    const leafCount = ((await t.sql.get('SELECT count(DISTINCT category_id) AS n FROM products')) as { n: number }).n
    if (leafCount <= 30) expect(categories).toBe(body.total)
    expect(body.facets.categories.length).toBeLessThanOrEqual(30)
  })
})
