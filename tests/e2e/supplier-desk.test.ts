import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { ProductDetail } from '../../src/shared/contract/catalogue.ts'
import { launchBrowser, phoneContext, screenshot, watchProblems } from './support/browser.ts'
import { startTestServer, type TestServer } from './support/server.ts'
import { demoProduct, login, placedBy } from './support/accounts.ts'

let server: TestServer
let browser: Browser
let product: ProductDetail

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchBrowser()
  product = await demoProduct(server.url)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** Marks the document, so a later check can tell the page was never reloaded. */
async function mark(page: Page): Promise<() => Promise<boolean>> {
  const token = await page.evaluate(() => {
    const value = String(Math.random())
    ;(window as unknown as { __mark: string }).__mark = value
    return value
  })
  return async () => (await page.evaluate(() => (window as unknown as { __mark?: string }).__mark)) === token
}

const pendingCount = async (page: Page): Promise<number> => Number(await page.getByTestId('count-pending').textContent())
const badge = (page: Page): Promise<number | undefined> => page.evaluate(() => (window as unknown as { __badge?: number }).__badge)

describe('the supplier desk, live', () => {
  it('shows a new order to the supplier without reload, and the unit sees it confirmed and shipped without reload', async () => {
    const supplierContext = await phoneContext(browser, server.url)
    // Headless Chromium has no installed app to badge: record what the desk asks for instead.
    await supplierContext.addInitScript(() => {
      const record = (n?: number): Promise<void> => {
        ;(window as unknown as { __badge?: number }).__badge = n ?? 0
        return Promise.resolve()
      }
      Object.assign(navigator, { setAppBadge: record, clearAppBadge: () => record(0) })
    })
    const desk = await supplierContext.newPage()
    const deskProblems = watchProblems(desk)
    await login(desk, 'supplier1')
    await desk.waitForURL((url) => url.pathname === '/supplier')
    await desk.getByText('杭州云采办公设备制造有限公司').waitFor()
    await expect.poll(() => desk.getByTestId('count-pending').textContent()).toMatch(/^\d+$/)
    const before = await pendingCount(desk)
    const deskUnchanged = await mark(desk)

    // buyer1 orders in one tap on another phone.
    const buyerContext = await phoneContext(browser, server.url)
    const buyer = await buyerContext.newPage()
    const buyerProblems = watchProblems(buyer)
    await login(buyer, 'buyer1')
    await buyer.goto(`/products/${product.id}`)
    const buy = buyer.getByRole('button', { name: /^立即采购/ })
    await buy.waitFor()
    const order = await placedBy(buyer, () => buy.click())

    // Within seconds it is on the desk, at the top of the pending list, counted and badged.
    const card = desk.locator(`a[href="/supplier/orders/${order.id}"]`)
    await card.waitFor({ timeout: 10_000 })
    expect(await desk.locator('.order-list__items a').first().getAttribute('href')).toBe(`/supplier/orders/${order.id}`)
    await expect.poll(() => pendingCount(desk)).toBe(before + 1)
    await expect.poll(() => badge(desk)).toBe(before + 1)
    expect(await card.textContent()).toContain('杭州市西湖区教育局')
    expect(await card.locator('.waited').textContent()).toContain('刚刚下单')
    expect(await deskUnchanged()).toBe(true)
    await screenshot(desk, 'supplier-desk')

    // The unit keeps the order open while the supplier works on it.
    await buyer.goto(`/orders/${order.id}`)
    const buyerStatus = buyer.locator('.item .status-tag')
    await buyerStatus.filter({ hasText: '待确认' }).waitFor()
    const buyerUnchanged = await mark(buyer)

    // The supplier confirms in the UI…
    await card.click()
    await desk.waitForURL((url) => url.pathname === `/supplier/orders/${order.id}`)
    const actions = desk.locator('.order-actions')
    expect(await actions.getByRole('button').allTextContents()).toEqual(['确认订单', '拒绝'])
    expect(await desk.locator('.info').textContent()).toContain(order.address.phone)
    await screenshot(desk, 'supplier-order')
    await actions.getByRole('button', { name: '确认订单' }).click()
    await desk.locator('.item .status-tag', { hasText: '待发货' }).waitFor()
    await buyerStatus.filter({ hasText: '待发货' }).waitFor({ timeout: 10_000 })

    // …and ships it, with a tracking number the form checks first.
    await actions.getByRole('button', { name: '发货' }).click()
    const ship = desk.getByRole('dialog', { name: '发货' })
    await ship.getByText('顺丰速运').click()
    await ship.getByLabel('运单号').fill('SF12')
    await ship.getByRole('button', { name: '确认发货' }).click()
    await ship.getByText('运单号须为 6–30 位字母或数字').waitFor()
    await ship.getByLabel('运单号').fill('SF1234567890')
    await screenshot(desk, 'supplier-ship')
    await ship.getByRole('button', { name: '确认发货' }).click()
    await ship.waitFor({ state: 'hidden' })
    await desk.locator('.item .status-tag', { hasText: '已发货' }).waitFor()
    expect(await actions.getByRole('button').count()).toBe(0)

    // The unit's page shows each new state, as it happened, without a reload.
    await buyerStatus.filter({ hasText: '已发货' }).waitFor({ timeout: 10_000 })
    await buyer.locator('.timeline__item.is-latest').getByText('顺丰速运 SF1234567890').waitFor()
    expect(await buyer.locator('.timeline__what').allTextContents()).toEqual(['已发货', '供应商已确认', '提交订单'])
    expect(await buyer.locator('.order-actions').getByRole('button').allTextContents()).toEqual(['确认收货'])
    expect(await buyerUnchanged()).toBe(true)

    // Back on the desk, the counts moved on.
    await desk.goBack()
    await expect.poll(() => pendingCount(desk)).toBe(before)
    await expect.poll(() => badge(desk)).toBe(before)
    expect(await card.count()).toBe(0)

    expect(deskProblems).toEqual([])
    expect(buyerProblems).toEqual([])
    await buyerContext.close()
    await supplierContext.close()
  })
})
