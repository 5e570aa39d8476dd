import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { badgeBit } from '../../src/shared/badges.ts'
import type { ProductList } from '../../src/shared/contract/catalogue.ts'
import type { PavilionDetail, PavilionSummary } from '../../src/shared/contract/pavilions.ts'
import { createTestApp, getJson, type TestApp } from './helpers.ts'

let t: TestApp
let pavilions: PavilionSummary[]
beforeAll(async () => {
  t = await createTestApp()
  pavilions = (await getJson<{ items: PavilionSummary[] }>(t.app, '/api/pavilions')).body.items
})
afterAll(() => t.close())

/** Every product id of a pavilion, through the list endpoint's cursor. */
async function allIds(pavilionId: string): Promise<number[]> {
  const ids: number[] = []
  let cursor: string | null = null
  do {
    const url: string = `/api/products?pavilionId=${pavilionId}&limit=50${cursor ? `&cursor=${cursor}` : ''}`
    const { status, body } = await getJson<ProductList>(t.app, url)
    expect(status).toBe(200)
    ids.push(...body.items.map((i) => i.id))
    cursor = body.nextCursor
  } while (cursor)
  return ids
}

const cityOf = async (regionCode: string): Promise<string> =>
  ((await t.sql.get('SELECT coalesce(parent_code, code) AS city FROM regions WHERE code = ?', [regionCode])) as { city: string }).city

describe('local pavilions', () => {
  it('has a pavilion for each of the 11 cities, notable counties and the themed halls', () => {
    expect(pavilions.filter((p) => p.kind === 'city')).toHaveLength(11)
    expect(pavilions.filter((p) => p.kind === 'county').map((p) => p.name)).toEqual(expect.arrayContaining(['德清馆', '义乌馆', '永康馆', '安吉馆']))
    expect(pavilions.filter((p) => p.kind === 'theme').map((p) => p.name)).toEqual(expect.arrayContaining(['制造精品馆', '农业扶贫馆']))
  })

  it('takes every product of a region pavilion from suppliers in that region, and the counts match the list', async () => {
    for (const p of pavilions.filter((x) => x.kind !== 'theme').slice(0, 6)) {
      const ids = await allIds(p.id)
      expect(ids.length, p.name).toBe(p.productCount)
      for (const id of ids) {
        const row = (await t.sql.get('SELECT region_code FROM products WHERE id = ?', [id])) as { region_code: string }
        if (p.kind === 'city') expect(await cityOf(row.region_code)).toBe(p.regionCode)
        else expect(row.region_code).toBe(p.regionCode)
      }
      const expected = (await t.sql.get('SELECT count(*) AS n FROM products p JOIN regions r ON r.code = p.region_code WHERE r.code = ? OR r.parent_code = ?', [p.regionCode, p.regionCode])) as { n: number }
      expect(p.productCount).toBe(expected.n)
    }
  })

  it('takes every product of a themed hall by its badge', async () => {
    const hall = pavilions.find((p) => p.id === 'fupin')!
    const ids = await allIds(hall.id)
    expect(ids.length).toBe(hall.productCount)
    expect(ids.length).toBeGreaterThan(0)
    const bit = badgeBit('rural_revitalisation')
    for (const id of ids) {
      const row = (await t.sql.get('SELECT badges FROM products WHERE id = ?', [id])) as { badges: number }
      expect(row.badges & bit).toBe(bit)
    }
  })

  it('shows featured manufacturers from the region and sections whose totals match the list endpoint', async () => {
    const { status, body } = await getJson<PavilionDetail>(t.app, '/api/pavilions/hangzhou')
    expect(status).toBe(200)
    expect(body.intro).toBeTruthy()
    expect(body.manufacturers.length).toBeGreaterThan(0)
    for (const m of body.manufacturers) {
      expect(m.kind).toBe('manufacturer')
      expect(await cityOf(m.regionCode)).toBe('330100')
    }
    expect(body.sections.length).toBeGreaterThan(0)
    for (const section of body.sections) {
      const list = await getJson<ProductList>(t.app, `/api/products?pavilionId=hangzhou&categoryId=${section.category.id}&limit=1`)
      expect(list.body.total).toBe(section.total)
      expect(section.items.length).toBe(Math.min(8, section.total))
    }
  })

  it('puts 品字标 goods first in a section rail', async () => {
    const { body } = await getJson<PavilionDetail>(t.app, '/api/pavilions/zhizao')
    for (const section of body.sections) expect(section.items.every((i) => i.badges.includes('zhejiang_made'))).toBe(true)
    const { body: city } = await getJson<PavilionDetail>(t.app, '/api/pavilions/ningbo')
    for (const section of city.sections) {
      const marks = section.items.map((i) => (i.badges.includes('zhejiang_made') ? 0 : 1))
      expect([...marks].sort()).toEqual(marks)
    }
  })

  it('answers an unknown pavilion with 404 and a malformed id with 400', async () => {
    expect(await getJson(t.app, '/api/pavilions/atlantis')).toMatchObject({ status: 404, body: { error: { code: 'PAVILION_NOT_FOUND' } } })
    expect((await getJson(t.app, '/api/products?pavilionId=atlantis')).status).toBe(404)
    expect((await getJson(t.app, '/api/pavilions/..%2F..%2Fetc')).status).toBe(400)
  })

  it('serves each pavilion banner', async () => {
    const res = await t.app.inject({ method: 'GET', url: pavilions[0]!.banner })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('image/svg+xml')
  })
})
