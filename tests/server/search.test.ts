import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProductDetail, ProductList, Suggestion } from '../../src/shared/contract/catalogue.ts'
import { createTestApp, getJson, type TestApp } from './helpers.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

async function search(q: string, limit = 10): Promise<ProductList> {
  const { status, body } = await getJson<ProductList>(t.app, `/api/products?q=${encodeURIComponent(q)}&limit=${limit}`)
  expect(status).toBe(200)
  return body
}

/** Title plus category path: what a purchaser sees as "this is a 打印机". */
async function describeItem(id: number): Promise<string> {
  const { body } = await getJson<ProductDetail>(t.app, `/api/products/${id}`)
  return `${body.title} ${body.categoryPath.map((c) => c.name).join(' ')}`
}

async function expectTopResults(q: string, matches: (text: string) => boolean): Promise<void> {
  const body = await search(q)
  expect(body.items.length, `results for ${q}`).toBeGreaterThan(0)
  for (const item of body.items.slice(0, 5)) {
    const text = await describeItem(item.id)
    expect(matches(text), `${q} → ${text}`).toBe(true)
  }
}

describe('search', () => {
  it('finds printers by their Chinese name', async () => {
    await expectTopResults('打印机', (text) => text.includes('打印机'))
  })

  it('finds printers by pinyin initials and by full pinyin', async () => {
    await expectTopResults('dyj', (text) => text.includes('打印'))
    await expectTopResults('dayinji', (text) => text.includes('打印'))
  })

  it('finds computers by a two-character word that is not their category name', async () => {
    await expectTopResults('电脑', (text) => /电脑|计算机/.test(text))
  })

  it('finds a brand', async () => {
    const body = await search('联想', 20)
    expect(body.total).toBeGreaterThan(0)
    expect(body.items.slice(0, 5).every((i) => i.brand === '联想')).toBe(true)
  })

  it('finds a model number, typed in any case', async () => {
    const models = await t.sql.all<{ model: string }>('SELECT model FROM products ORDER BY id LIMIT 500')
    const { model } = models.find((m) => /[A-Za-z].*\d\d/.test(m.model)) as { model: string }
    const word = model.split(/[^A-Za-z0-9]+/).find((w) => /[A-Za-z]/.test(w) && /\d/.test(w)) as string
    for (const q of [word, word.toLowerCase()]) {
      const body = await search(q)
      expect(body.items.length).toBeGreaterThan(0)
      const normalized = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '')
      expect(normalized(body.items[0]!.model + body.items[0]!.title)).toContain(normalized(word))
    }
  })

  it('ranks items whose category matches above items that only mention the word', async () => {
    const body = await search('打印机', 50)
    const first = await describeItem(body.items[0]!.id)
    expect(first).toMatch(/打印机/)
  })

  it('returns an empty list, not an error, when nothing matches', async () => {
    for (const q of ['zqxjkv', '魑魅魍魉', '!!!', "'; DROP TABLE products; --"]) {
      const body = await search(q)
      expect(body.items).toEqual([])
      expect(body.total).toBe(0)
    }
  })

  it('counts facets over the whole result set', async () => {
    const body = await search('复印纸')
    const byCategory = body.facets.categories.reduce((a, c) => a + c.count, 0)
    expect(byCategory).toBe(body.total)
  })
})

describe('suggestions', () => {
  const suggest = async (q: string) =>
    (await getJson<{ items: Suggestion[] }>(t.app, `/api/search/suggest?q=${encodeURIComponent(q)}`)).body.items

  it('completes from the first Chinese character', async () => {
    const items = await suggest('打')
    expect(items.length).toBeGreaterThan(0)
    expect(items.length).toBeLessThanOrEqual(10)
    expect(items.some((s) => s.text.startsWith('打'))).toBe(true)
  })

  it('completes from pinyin initials and full pinyin', async () => {
    expect((await suggest('dyj')).some((s) => s.text.includes('打印'))).toBe(true)
    expect((await suggest('dayin')).some((s) => s.text.includes('打印'))).toBe(true)
  })

  it('suggests popular terms for an empty query and nothing for noise', async () => {
    expect((await suggest('')).length).toBe(10)
    expect(await suggest('%%%')).toEqual([])
  })
})
