import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Category, ProductDetail, ProductList, Region } from '../../src/shared/contract/catalogue.ts'
import { createTestApp, getJson, type TestApp } from './helpers.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const list = (query: string) => getJson<ProductList>(t.app, `/api/products?${query}`)

describe('reference data', () => {
  it('reports health', async () => {
    expect(await getJson(t.app, '/api/health')).toEqual({ status: 200, body: { status: 'ok' } })
  })

  it('lists Zhejiang’s 11 cities and 90 county-level regions', async () => {
    const { body } = await getJson<{ items: Region[] }>(t.app, '/api/regions')
    expect(body.items).toHaveLength(101)
    const cities = body.items.filter((r) => r.parentCode === null)
    expect(cities.map((c) => c.name)).toContain('杭州市')
    expect(cities).toHaveLength(11)
    expect(body.items.find((r) => r.code === '330106')).toMatchObject({ name: '西湖区', parentCode: '330100' })
  })

  it('gives a three-level category tree whose counts add up', async () => {
    const { body } = await getJson<{ items: Category[] }>(t.app, '/api/categories')
    const top = body.items.filter((c) => c.level === 1)
    const leaves = body.items.filter((c) => c.level === 3)
    expect(top.length).toBeGreaterThanOrEqual(14)
    const total = top.reduce((sum, c) => sum + c.productCount, 0)
    expect(total).toBe(3000)
    expect(leaves.reduce((sum, c) => sum + c.productCount, 0)).toBe(3000)
    const { body: all } = await list('limit=1')
    expect(all.total).toBe(3000)
  })
})

describe('product detail', () => {
  it('returns the item with its specs, supplier and category path', async () => {
    const { status, body } = await getJson<ProductDetail>(t.app, '/api/products/1')
    expect(status).toBe(200)
    expect(body.id).toBe(1)
    expect(body.referencePriceFen).toBeGreaterThanOrEqual(body.priceFen)
    expect(body.categoryPath).toHaveLength(3)
    expect(body.specs.length).toBeGreaterThan(0)
    expect(body.supplier.regionName).toBeTruthy()
    expect(body.deliveryRegionCodes.length).toBeGreaterThan(0)
    expect(body.images[0]).toBe(body.image)
  })

  it('is a 404 with the error shape for an unknown product', async () => {
    const { status, body } = await getJson(t.app, '/api/products/999999')
    expect(status).toBe(404)
    expect(body).toEqual({ error: { code: 'PRODUCT_NOT_FOUND', message: expect.any(String) } })
  })

  it('serves the product image as a long-lived SVG', async () => {
    const { body } = await getJson<ProductDetail>(t.app, '/api/products/2')
    const res = await t.app.inject({ method: 'GET', url: body.image })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('image/svg+xml')
    expect(res.headers['cache-control']).toContain('immutable')
    expect(res.body.startsWith('<svg')).toBe(true)
  })
})

describe('bad input', () => {
  const cases: [string, string][] = [
    ['limit=0', 'VALIDATION_FAILED'],
    ['limit=51', 'VALIDATION_FAILED'],
    ['limit=abc', 'VALIDATION_FAILED'],
    ['sort=cheapest', 'VALIDATION_FAILED'],
    ['minPriceFen=-1', 'VALIDATION_FAILED'],
    ['minPriceFen=5000&maxPriceFen=100', 'INVALID_PRICE_RANGE'],
    ['cursor=not-a-cursor', 'INVALID_CURSOR'],
    ['cursor=' + 'x'.repeat(500), 'VALIDATION_FAILED'],
    ['badges=sme,free_lunch', 'INVALID_BADGE'],
    ['regionCode=999999', 'INVALID_REGION'],
    ['regionCode=hangzhou', 'VALIDATION_FAILED'],
    ['q=' + '打'.repeat(100), 'VALIDATION_FAILED'],
    ['categoryId=-3', 'VALIDATION_FAILED'],
  ]
  for (const [query, code] of cases) {
    it(`answers ${query.slice(0, 40)} with 400 ${code}`, async () => {
      const { status, body } = await list(query)
      expect(status).toBe(400)
      expect(body).toEqual({ error: { code, message: expect.any(String) } })
    })
  }

  it('rejects a cursor taken from another query', async () => {
    const { body } = await list('sort=price_asc&limit=5')
    expect(body.nextCursor).toBeTruthy()
    const other = await list(`sort=sales&limit=5&cursor=${body.nextCursor}`)
    expect(other.status).toBe(400)
    expect(other.body).toMatchObject({ error: { code: 'INVALID_CURSOR' } })
  })

  it('answers an unknown API path and a bad id with JSON errors, not 5xx', async () => {
    expect((await getJson(t.app, '/api/nope')).status).toBe(404)
    expect((await getJson(t.app, '/api/products/abc')).status).toBe(400)
    expect((await getJson(t.app, '/api/products/99999999999999')).status).toBe(400)
  })
})
