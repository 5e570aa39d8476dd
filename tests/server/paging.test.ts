import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SORTS, type ProductList, type ProductSummary, type Sort } from '../../src/shared/contract/catalogue.ts'
import { createTestApp, getJson, type TestApp } from './helpers.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

/** Follows nextCursor to the end and returns every item seen. */
async function walk(query: string, pageSize: number): Promise<{ items: ProductSummary[]; total: number }> {
  const items: ProductSummary[] = []
  let cursor: string | null = null
  let total = -1
  for (let pages = 0; pages < 500; pages++) {
    const url: string = `/api/products?${query}&limit=${pageSize}${cursor ? `&cursor=${cursor}` : ''}`
    const { status, body } = await getJson<ProductList>(t.app, url)
    expect(status).toBe(200)
    total = body.total
    items.push(...body.items)
    cursor = body.nextCursor
    if (!cursor) break
  }
  return { items, total }
}

async function sortKey(sort: Sort, p: ProductSummary, t: TestApp): Promise<number> {
  if (sort === 'price_asc') return p.priceFen
  if (sort === 'price_desc') return -p.priceFen
  if (sort === 'sales') return -p.sales
  const row = (await t.sql.get('SELECT created_at FROM products WHERE id = ?', [p.id])) as { created_at: number }
  return -row.created_at
}

describe('cursor paging', () => {
  const topCategory = async () => ((await t.sql.get('SELECT id FROM categories WHERE level = 1 ORDER BY product_count DESC')) as { id: number }).id

  for (const sort of SORTS) {
    it(`never repeats or skips an item across pages when sorted by ${sort}`, async () => {
      const query = sort === 'relevance' ? 'q=办公&sort=relevance' : `categoryId=${await topCategory()}&sort=${sort}`
      const { items, total } = await walk(query, 37)
      expect(total).toBeGreaterThan(37)
      expect(items).toHaveLength(total)
      expect(new Set(items.map((i) => i.id)).size).toBe(total)
      if (sort !== 'relevance') {
        const keys = await Promise.all(items.map((p) => sortKey(sort, p, t)))
        for (let i = 1; i < keys.length; i++) expect(keys[i]).toBeGreaterThanOrEqual(keys[i - 1] as number)
      }
    })
  }

  it('pages through the whole catalogue with the largest page size', async () => {
    const { items, total } = await walk('sort=price_desc', 50)
    expect(total).toBe(3000)
    expect(new Set(items.map((i) => i.id)).size).toBe(3000)
  })
})
