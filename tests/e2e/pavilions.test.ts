import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page, Response } from 'playwright-core'
import { BADGE_LABELS } from '../../src/shared/badges.ts'
import type { ProductDetail, ProductList } from '../../src/shared/contract/catalogue.ts'
import type { PavilionDetail } from '../../src/shared/contract/pavilions.ts'
import { launchBrowser, phoneContext, screenshot, watchProblems } from './support/browser.ts'
import { startTestServer, type TestServer } from './support/server.ts'

let server: TestServer
let browser: Browser

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const path = (response: Response): string => new URL(response.url()).pathname
const isPavilion = (id: string) => (response: Response): boolean => path(response) === `/api/pavilions/${id}`
const isProduct = (response: Response): boolean => /^\/api\/products\/\d+$/.test(path(response))
const isList = (response: Response): boolean => path(response) === '/api/products'

/** Does something and returns the JSON of the first response it caused that matches. */
async function jsonAfter<T>(page: Page, matches: (r: Response) => boolean, action: () => Promise<unknown>): Promise<T> {
  const [response] = await Promise.all([page.waitForResponse(matches), action()])
  return (await response.json()) as T
}

/** Screenshots should show the banners, which are CSS backgrounds that load after the text. */
async function bannersLoaded(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
}

/** Scrolls to the end a screen at a time, as a thumb would, then stays there. */
async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y)
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    }
  })
}

const heading1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true })
const query = (page: Page, name: string): string | null => new URL(page.url()).searchParams.get(name)

describe('地方馆 local pavilions', () => {
  it('opens the purchaser’s own pavilion from the tab bar, one of its manufacturers and a product, and comes back', async () => {
    const context = await phoneContext(browser, server.url)
    const page = await context.newPage()
    const problems = watchProblems(page)

    await page.goto('/')
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '地方馆' }).click()
    await page.waitForURL('**/pavilions')
    await heading1(page, '地方馆').waitFor()

    // The default region is 杭州市: its pavilion comes first and is marked on the map.
    const own = page.getByRole('region', { name: /^我的地区/ })
    const first = own.getByRole('link').first()
    await first.waitFor()
    expect(await first.textContent()).toContain('杭州馆')
    const cities = page.getByRole('region', { name: /^城市馆/ })
    expect((await cities.getByRole('link').locator('.map-tile__name').allTextContents())).toEqual([
      '湖州馆', '嘉兴馆', '杭州馆', '绍兴馆', '宁波馆', '舟山馆', '衢州馆', '金华馆', '台州馆', '丽水馆', '温州馆',
    ])
    expect(await cities.locator('[aria-current="location"]').textContent()).toContain('杭州馆')
    await page.getByRole('region', { name: '主题馆' }).getByRole('link', { name: /制造精品馆/ }).waitFor()
    await page.getByRole('region', { name: '县域特色馆' }).getByRole('link', { name: /义乌馆/ }).waitFor()
    await bannersLoaded(page)
    await screenshot(page, 'pavilions')
    await screenshot(page, 'pavilions-full', { fullPage: true })

    // Into the pavilion: banner, intro, the manufacturer strip and a rail per category.
    const pavilion = await jsonAfter<PavilionDetail>(page, isPavilion('hangzhou'), () => first.click())
    await page.waitForURL('**/pavilions/hangzhou')
    await heading1(page, '杭州馆').waitFor()
    await page.getByText(pavilion.intro).waitFor()
    const strip = page.getByRole('region', { name: /^优质生产厂家/ })
    await strip.getByRole('link').first().waitFor()
    expect(await strip.getByRole('link').count()).toBe(pavilion.manufacturers.length)
    const section = pavilion.sections[0]!
    const seeAll = page.getByRole('link', { name: `查看全部${section.category.name}，共 ${section.total} 件` })
    expect(await seeAll.getAttribute('href')).toBe(`/search?pavilionId=hangzhou&categoryId=${section.category.id}`)
    await bannersLoaded(page)
    await screenshot(page, 'pavilion')

    // Rails render as they near the screen: scroll through, and every section is there, in order.
    await scrollThrough(page)
    const rails = page.locator('.pavilion-sections .rail')
    await rails.nth(pavilion.sections.length - 1).waitFor()
    expect(await page.locator('.pavilion-sections .rail__title').allTextContents()).toEqual(pavilion.sections.map((s) => s.category.name))
    await bannersLoaded(page)
    await screenshot(page, 'pavilion-full', { fullPage: true })
    await page.evaluate(() => window.scrollTo(0, 0))

    // A manufacturer from the strip: who they are, and their goods.
    const maker = pavilion.manufacturers[0]!
    await strip.getByRole('link', { name: new RegExp(maker.name) }).click()
    await page.waitForURL(`**/suppliers/${maker.id}`)
    await heading1(page, maker.name).waitFor()
    const profile = page.locator('.maker-profile')
    for (const fact of [maker.regionName, '生产厂家', { large: '大型企业', medium: '中型企业', small: '小型企业', micro: '微型企业' }[maker.size], maker.industry]) {
      await profile.getByText(fact, { exact: true }).waitFor()
    }
    await page.getByText(maker.intro).waitFor()
    await profile.getByRole('link', { name: /杭州馆/ }).waitFor()
    const shelf = page.locator('.supplier-page__item')
    await shelf.first().waitFor()
    await page.locator('.supplier-page__item img').first().evaluate((img: HTMLImageElement) => img.decode())
    await screenshot(page, 'manufacturer')

    // Sorting the shelf by price keeps to this supplier and lands in the URL.
    const sorted = await jsonAfter<ProductList>(page, isList, () => page.getByRole('button', { name: /^价格/ }).click())
    expect(query(page, 'sort')).toBe('price_asc')
    expect(sorted.items.every((p) => p.supplier.id === maker.id)).toBe(true)
    await page.locator('.supplier-page__item h3').first().filter({ hasText: sorted.items[0]!.title }).waitFor()

    // One of its products.
    const title = (await shelf.first().locator('h3').textContent())?.trim()
    const product = await jsonAfter<ProductDetail>(page, isProduct, () => shelf.first().click())
    await page.waitForURL(`**/products/${product.id}`)
    await page.locator('.summary').waitFor()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title)
    expect(product.supplier.id).toBe(maker.id)

    // Back: the manufacturer (still sorted by price), then the pavilion, then the tab.
    await page.goBack()
    await page.waitForURL(`**/suppliers/${maker.id}?sort=price_asc`)
    await heading1(page, maker.name).waitFor()
    await page.goBack()
    await page.waitForURL('**/pavilions/hangzhou')
    await heading1(page, '杭州馆').waitFor()
    await page.getByRole('button', { name: '返回' }).click()
    await page.waitForURL('**/pavilions')
    await heading1(page, '地方馆').waitFor()

    expect(problems).toEqual([])
    await context.close()
  })

  it('lists a whole section on the search page and keeps the pavilion through sorting and filtering', async () => {
    const context = await phoneContext(browser, server.url)
    const page = await context.newPage()
    const problems = watchProblems(page)

    const pavilion = await jsonAfter<PavilionDetail>(page, isPavilion('ningbo'), () => page.goto('/pavilions/ningbo'))
    const section = pavilion.sections[0]!
    const seeAll = page.getByRole('link', { name: `查看全部${section.category.name}，共 ${section.total} 件` })
    const list = await jsonAfter<ProductList>(page, isList, () => seeAll.click())
    expect(query(page, 'pavilionId')).toBe('ningbo')
    expect(query(page, 'categoryId')).toBe(String(section.category.id))
    expect(list.total).toBe(section.total)
    await page.getByRole('button', { name: '移除筛选：地方馆：宁波馆' }).waitFor()
    await page.locator('.results__total').filter({ hasText: `共 ${section.total} 件商品` }).waitFor()

    // Sort: the request and the URL still carry the pavilion.
    const wantsPavilion = (r: Response): boolean => isList(r) && new URL(r.url()).searchParams.get('pavilionId') === 'ningbo'
    const byPrice = await jsonAfter<ProductList>(page, wantsPavilion, () => page.getByRole('button', { name: /^价格/ }).click())
    expect(query(page, 'pavilionId')).toBe('ningbo')
    expect(query(page, 'sort')).toBe('price_asc')
    expect(byPrice.total).toBe(section.total)

    // A policy filter from the sheet narrows within the pavilion.
    const facet = list.facets.badges[0]!
    await page.getByRole('button', { name: /^筛选/ }).click()
    const sheet = page.getByRole('dialog', { name: '筛选' })
    await sheet.getByRole('button', { name: new RegExp(`^${BADGE_LABELS[facet.badge]}`) }).click()
    const filtered = await jsonAfter<ProductList>(page, wantsPavilion, () => sheet.getByRole('button', { name: '确定' }).click())
    expect(query(page, 'pavilionId')).toBe('ningbo')
    expect(query(page, 'badges')).not.toBeNull()
    expect(filtered.total).toBeLessThanOrEqual(section.total)
    await screenshot(page, 'pavilion-search')

    // Removing the pavilion chip widens the list to the whole catalogue.
    const wider = await jsonAfter<ProductList>(page, isList, () => page.getByRole('button', { name: '移除筛选：地方馆：宁波馆' }).click())
    expect(query(page, 'pavilionId')).toBeNull()
    expect(wider.total).toBeGreaterThanOrEqual(filtered.total)
    expect(problems).toEqual([])
    await context.close()
  })

  it('puts a county purchaser’s own county first, then their city, and says when a pavilion does not exist', async () => {
    const context = await phoneContext(browser, server.url)
    await context.addInitScript(() => localStorage.setItem('yuncai:region', JSON.stringify({ code: '330782', name: '义乌市' })))
    const page = await context.newPage()
    const problems = watchProblems(page)

    await page.goto('/pavilions')
    const own = page.getByRole('region', { name: /^我的地区/ }).getByRole('link')
    await own.first().waitFor()
    const ownTexts = await own.allTextContents()
    expect(ownTexts).toHaveLength(2)
    expect(ownTexts[0]).toContain('义乌馆')
    expect(ownTexts[1]).toContain('金华馆')
    expect(await page.locator('[aria-current="location"]').textContent()).toContain('金华馆')

    await page.goto('/pavilions/no-such-hall')
    await page.getByRole('heading', { name: '地方馆不存在' }).waitFor()
    await screenshot(page, 'pavilion-not-found')
    await page.getByRole('link', { name: '浏览全部地方馆' }).click()
    await page.waitForURL('**/pavilions')
    await heading1(page, '地方馆').waitFor()
    // The only failed requests are the unknown pavilion itself and its banner, which the page asks
    // for from the id alone, before it knows whether the pavilion exists.
    expect(problems.sort()).toEqual([
      expect.stringMatching(/^http 404: .*\/api\/pavilions\/no-such-hall$/),
      expect.stringMatching(/^http 404: .*\/images\/pavilions\/no-such-hall\.svg$/),
    ])
    await context.close()
  })
})
