import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page, Response } from 'playwright-core'
import type { ProductDetail, ProductList } from '../../src/shared/contract/catalogue.ts'
import { formatFen, saving } from '../../src/shared/money.ts'
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

const isList = (response: Response): boolean => new URL(response.url()).pathname === '/api/products'
const isDetail = (response: Response): boolean => /^\/api\/products\/\d+$/.test(new URL(response.url()).pathname)

/** Does something and returns the product list the app fetched because of it. */
async function listAfter(page: Page, action: () => Promise<unknown>, wanted: (url: URL) => boolean = () => true): Promise<ProductList> {
  const [response] = await Promise.all([page.waitForResponse((r) => isList(r) && wanted(new URL(r.url()))), action()])
  return (await response.json()) as ProductList
}

const cards = (page: Page) => page.locator('.results__list > li')
const yuan = (text: string): number => Number(text.replace(/[¥,]/g, ''))
const query = (page: Page, name: string): string | null => new URL(page.url()).searchParams.get(name)

async function shownPrices(page: Page): Promise<number[]> {
  return (await page.locator('.results__list .price-tag__now').allTextContents()).map(yuan)
}

describe('mobile catalogue', () => {
  it('finds printers by pinyin, filters, sorts, pages, opens one and comes back to the same list', async () => {
    const context = await phoneContext(browser, server.url)
    const page = await context.newPage()
    const problems = watchProblems(page)

    await page.goto('/')
    await page.locator('.rail__list li').first().waitFor()
    await page.locator('.shortcut__icon svg').first().waitFor()
    await screenshot(page, 'home')

    // Type initials, as people do on a phone, and pick the suggestion.
    await page.getByRole('link', { name: '搜索商品、品牌、型号，支持拼音' }).click()
    await page.waitForURL('**/search')
    await page.getByRole('searchbox', { name: '搜索商品' }).pressSequentially('dyj', { delay: 50 })
    const pick = page.getByRole('list', { name: '搜索建议' }).getByRole('button', { name: '打印机', exact: true })
    await pick.waitFor()
    await screenshot(page, 'search-suggest')
    const all = await listAfter(page, () => pick.click())
    expect(query(page, 'q')).toBe('打印机')
    await cards(page).first().waitFor()
    expect(await page.locator('.results__total').textContent()).toBe(`共 ${all.total} 件商品`)

    // Filter by a policy badge in the sheet.
    await page.getByRole('button', { name: /^筛选/ }).click()
    const sheet = page.getByRole('dialog', { name: '筛选' })
    await sheet.getByRole('button', { name: /^节能产品/ }).click()
    await screenshot(page, 'filter-sheet')
    const energy = await listAfter(page, () => sheet.getByRole('button', { name: '确定' }).click())
    expect(query(page, 'badges')).toBe('energy_saving')
    expect(energy.total).toBeLessThan(all.total)
    expect(energy.items.every((p) => p.badges.includes('energy_saving'))).toBe(true)
    await page.getByRole('button', { name: '移除筛选：节能产品' }).waitFor()

    // Sort by price, low to high.
    const sorted = await listAfter(page, () => page.getByRole('button', { name: /^价格/ }).click())
    expect(query(page, 'sort')).toBe('price_asc')
    await page.locator('.results__list .price-tag__now').first().filter({ hasText: formatFen(sorted.items[0]!.priceFen) }).waitFor()
    const firstPage = await shownPrices(page)
    expect(firstPage).toHaveLength(20)
    expect(firstPage).toEqual([...firstPage].sort((a, b) => a - b))
    await screenshot(page, 'results')

    // Scroll to the end: the next page arrives with the cursor.
    const next = await listAfter(page, () => page.mouse.wheel(0, 6000), (url) => url.searchParams.has('cursor'))
    await page.waitForFunction((n) => document.querySelectorAll('.results__list > li').length === n, 20 + next.items.length)
    const prices = await shownPrices(page)
    expect(prices).toEqual([...prices].sort((a, b) => a - b))
    const count = await cards(page).count()
    expect(count).toBeGreaterThan(20)

    // Open a product from the second page.
    const resultsUrl = page.url()
    const card = cards(page).nth(21)
    await card.scrollIntoViewIfNeeded()
    const title = (await card.locator('h3').textContent())?.trim()
    const [response] = await Promise.all([page.waitForResponse(isDetail), card.click()])
    const product = (await response.json()) as ProductDetail
    await page.waitForURL(`**/products/${product.id}`)
    await page.locator('.summary').waitFor()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title)

    const save = saving(product.priceFen, product.referencePriceFen)
    expect(save.fen).toBeGreaterThan(0)
    expect(await page.locator('.summary .price-tag__now').textContent()).toBe(formatFen(product.priceFen))
    expect(await page.locator('.summary del').textContent()).toBe(formatFen(product.referencePriceFen))
    expect(await page.locator('.summary .price-tag__saving').textContent()).toBe(`比电商省 ${formatFen(save.fen)}（${save.percent}%）`)
    await page.locator('.gallery img').first().evaluate((img: HTMLImageElement) => img.decode())
    await screenshot(page, 'product')

    // One tap on a badge explains the policy behind it.
    await page.locator('.summary').getByRole('button', { name: /^节能产品/ }).click()
    const explain = page.getByRole('dialog', { name: '政策标识说明' })
    await explain.getByText('节能产品政府采购品目清单', { exact: false }).waitFor()
    await screenshot(page, 'product-badges')
    await explain.getByRole('button', { name: '关闭' }).click()
    await explain.waitFor({ state: 'hidden' })

    // Back lands on the same list, at the same place, without asking the server again.
    let refetched = false
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/products') refetched = true
    })
    await page.goBack()
    await page.waitForURL(resultsUrl)
    await cards(page).nth(21).waitFor()
    expect(await cards(page).count()).toBe(count)
    expect((await cards(page).nth(21).locator('h3').textContent())?.trim()).toBe(title)
    await page.waitForFunction(() => window.scrollY > 0)
    const visible = await cards(page).nth(21).evaluate((el) => {
      const box = el.getBoundingClientRect()
      return box.bottom > 0 && box.top < window.innerHeight
    })
    expect(visible).toBe(true)
    expect(refetched).toBe(false)

    expect(problems).toEqual([])
    await context.close()
  })

  it('restores the same results from a shared link', async () => {
    const context = await phoneContext(browser, server.url)
    const page = await context.newPage()
    const problems = watchProblems(page)
    const link = `/search?q=${encodeURIComponent('打印机')}&badges=energy_saving&sort=price_desc`

    const list = await listAfter(page, () => page.goto(link))
    await cards(page).first().waitFor()
    expect(await page.locator('.results__list h3').first().textContent()).toBe(list.items[0]!.title)
    const prices = await shownPrices(page)
    expect(prices).toEqual([...prices].sort((a, b) => b - a))
    expect(await page.getByRole('button', { name: /^价格/ }).getAttribute('aria-pressed')).toBe('true')
    expect(problems).toEqual([])
    await context.close()
  })

  it('browses categories in two panes and lists a third-level category', async () => {
    const context = await phoneContext(browser, server.url)
    const page = await context.newPage()
    const problems = watchProblems(page)

    await page.goto('/categories')
    const side = page.locator('.categories__side button')
    await side.first().waitFor()
    await side.nth(1).click()
    expect(await side.nth(1).getAttribute('aria-pressed')).toBe('true')
    await screenshot(page, 'categories')
    const leaf = page.locator('.pane__leaf').first()
    const name = (await leaf.locator('.pane__name').textContent())?.trim()
    await listAfter(page, () => leaf.click())
    expect(query(page, 'categoryId')).toMatch(/^\d+$/)
    await page.getByRole('button', { name: `移除筛选：分类：${name}` }).waitFor()
    await screenshot(page, 'category-results')
    expect(problems).toEqual([])
    await context.close()
  })

  it('tells whether a product delivers to the chosen region, and remembers a new region', async () => {
    const context = await phoneContext(browser, server.url)
    const page = await context.newPage()
    const problems = watchProblems(page)

    // A product that reaches Wenzhou but not Hangzhou, the default region.
    const wenzhou = (await (await page.request.get('/api/products?regionCode=330300&limit=50')).json()) as ProductList
    let target: ProductDetail | undefined
    for (const item of wenzhou.items) {
      const detail = (await (await page.request.get(`/api/products/${item.id}`)).json()) as ProductDetail
      if (!detail.deliveryRegionCodes.includes('330100')) {
        target = detail
        break
      }
    }
    if (!target) throw new Error('the seed has no product for Wenzhou that skips Hangzhou')

    await page.goto(`/products/${target.id}`)
    const delivery = page.locator('.delivery')
    await delivery.getByText('暂不配送到该地区').waitFor()
    expect(await delivery.textContent()).toContain('杭州市')

    await delivery.getByRole('button', { name: /切换地区/ }).click()
    const picker = page.getByRole('dialog', { name: '选择所在地区' })
    await picker.getByRole('button', { name: '温州市', exact: true }).click()
    await picker.getByRole('button', { name: '鹿城区' }).waitFor()
    await screenshot(page, 'region-picker')
    await picker.getByRole('button', { name: '鹿城区' }).click()
    await delivery.getByText('可配送', { exact: true }).waitFor()
    expect(await delivery.textContent()).toContain('鹿城区')

    await page.reload()
    await page.locator('.delivery').getByText('鹿城区').waitFor()
    expect(problems).toEqual([])
    await context.close()
  })

  it('suggests other words when nothing matches, and remembers what was searched', async () => {
    const context = await phoneContext(browser, server.url)
    const page = await context.newPage()
    const problems = watchProblems(page)
    await page.goto('/search')
    const input = page.getByRole('searchbox', { name: '搜索商品' })
    await input.fill('量子纠缠咖啡机')
    const none = await listAfter(page, () => input.press('Enter'))
    expect(none.total).toBe(0)
    await page.getByRole('heading', { name: '没有找到相关商品' }).waitFor()
    const words = page.getByRole('region', { name: '试试这些：' }).getByRole('button')
    await words.first().waitFor()
    await screenshot(page, 'search-empty')

    const word = (await words.first().textContent())?.trim() ?? ''
    const found = await listAfter(page, () => words.first().click())
    expect(query(page, 'q')).toBe(word)
    expect(found.total).toBeGreaterThan(0)

    await input.click()
    const history = page.getByRole('region', { name: '最近搜索' })
    await history.getByRole('button', { name: word }).waitFor()
    expect((await history.getByRole('listitem').allTextContents()).map((s) => s.trim())).toEqual([word, '量子纠缠咖啡机'])
    await history.getByRole('button', { name: '清空搜索历史' }).waitFor()
    await screenshot(page, 'search-history')
    expect(problems).toEqual([])
    await context.close()
  })

  it('switches to English and keeps the choice after a reload', async () => {
    const context = await phoneContext(browser, server.url)
    const page = await context.newPage()
    const problems = watchProblems(page)
    await page.goto('/')
    await page.getByRole('button', { name: /^EN/ }).click()
    await page.getByText('Policy picks').waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await page.locator('.rail__list li').first().waitFor()
    await screenshot(page, 'home-en')

    await page.reload()
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Orders' }).click()
    // Orders need an account: the tab asks a visitor to sign in, in the chosen language.
    await page.getByRole('heading', { name: 'Sign in to continue' }).waitFor()
    expect(problems).toEqual([])
    await context.close()
  })

  it('reaches every tab; 订单 and 我的 ask a visitor to sign in', async () => {
    const context = await phoneContext(browser, server.url)
    const page = await context.newPage()
    const problems = watchProblems(page)
    await page.goto('/')
    const tabs = page.getByRole('navigation', { name: '主导航' })
    // 地方馆 is built (tests/e2e/pavilions.test.ts covers it); the tab still has to land on it.
    await tabs.getByRole('link', { name: '地方馆' }).click()
    await page.getByRole('heading', { level: 1, name: '地方馆' }).waitFor()
    expect(await tabs.getByRole('link', { name: '地方馆' }).getAttribute('aria-current')).toBe('page')
    for (const [tab, heading] of [['订单', '订单'], ['我的', '我的']] as const) {
      await tabs.getByRole('link', { name: tab }).click()
      await page.getByRole('heading', { level: 1, name: heading }).waitFor()
      await page.getByRole('heading', { name: '登录后使用' }).waitFor()
      expect(await tabs.getByRole('link', { name: tab }).getAttribute('aria-current')).toBe('page')
    }
    await screenshot(page, 'coming-soon')
    await page.goto('/no/such/page')
    await page.getByRole('heading', { level: 1, name: '页面不存在' }).waitFor()
    expect(problems).toEqual([])
    await context.close()
  })

  it('says it is offline and recovers by itself when the network returns', async () => {
    const context = await phoneContext(browser, server.url)
    const page = await context.newPage()
    await listAfter(page, () => page.goto(`/search?q=${encodeURIComponent('打印机')}`))
    await cards(page).nth(2).waitFor()

    // Offline before the product page's code was ever fetched: the navigation itself fails.
    await context.setOffline(true)
    await cards(page).nth(1).click()
    await page.getByRole('alert').getByText('网络已断开').waitFor()
    await screenshot(page, 'offline')
    await Promise.all([page.waitForResponse(isDetail), context.setOffline(false)])
    await page.locator('.summary').waitFor()

    // Offline with the code at hand: the product request fails; retrying while still offline
    // keeps the notice up, and the page loads by itself once the connection is back.
    await page.goBack()
    await cards(page).nth(2).waitFor()
    await context.setOffline(true)
    await cards(page).nth(2).click()
    const notice = page.getByRole('alert').getByText('网络已断开')
    await notice.waitFor()
    await page.getByRole('button', { name: '重试' }).click()
    await notice.waitFor()
    await Promise.all([page.waitForResponse(isDetail), context.setOffline(false)])
    await page.locator('.summary').waitFor()
    await context.close()
  })
})
