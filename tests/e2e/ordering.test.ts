import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { ProductDetail } from '../../src/shared/contract/catalogue.ts'
import type { Order } from '../../src/shared/contract/orders.ts'
import { formatFen } from '../../src/shared/money.ts'
import { launchBrowser, phoneContext, screenshot, watchProblems } from './support/browser.ts'
import { startTestServer, type TestServer } from './support/server.ts'
import { apiAs, demoProduct, login, placedBy } from './support/accounts.ts'

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

const fen = (text: string | null): number => Math.round(Number((text ?? '').replace(/[¥,\s]/g, '')) * 100)

interface Figures {
  remaining: number
  reserved: number
  used: number
}

/** The plan's figures as 我的 shows them now. */
async function figures(me: Page, code: string): Promise<Figures> {
  const item = me.locator(`.plans__item[data-plan="${code}"]`)
  return {
    remaining: fen(await item.locator('.plans__remaining').textContent()),
    reserved: fen(await item.locator('.plans__reserved').textContent()),
    used: fen(await item.locator('.plans__used').textContent()),
  }
}

/** Reloads 我的 (it fetches fresh figures on open) and waits until the plan shows what is expected. */
async function expectPlan(me: Page, code: string, expected: Figures): Promise<void> {
  await me.reload()
  await me.locator(`.plans__item[data-plan="${code}"]`).waitFor()
  await expect.poll(() => figures(me, code), { timeout: 5_000 }).toEqual(expected)
}

/** Opens the product, sets the quantity with the stepper and taps 立即采购 once. */
async function orderInOneTap(page: Page, quantity: number): Promise<Order> {
  await page.goto(`/products/${product.id}`)
  const buy = page.getByRole('button', { name: /^立即采购/ })
  await buy.waitFor()
  for (let n = 1; n < quantity; n++) await page.getByRole('button', { name: '增加数量' }).click()
  await buy.filter({ hasText: formatFen(product.priceFen * quantity) }).waitFor()
  return placedBy(page, () => buy.click())
}

describe('one-tap ordering, from tap to acceptance', () => {
  it('orders, withdraws, orders again, and follows the order to a rating, with the plan budget right at each step', async () => {
    const context = await phoneContext(browser, server.url)
    const page = await context.newPage()
    const problems = watchProblems(page)

    // Sign in from the product page: ordering asks for an account and comes back afterwards.
    await page.goto(`/products/${product.id}`)
    await page.getByRole('button', { name: /^立即采购/ }).click()
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('redirect') === `/products/${product.id}?qty=1`)
    await page.getByRole('heading', { name: '演示账号' }).waitFor()
    await login(page, 'buyer1', { beforeSubmit: () => screenshot(page, 'login') })
    await page.waitForURL((url) => url.pathname === `/products/${product.id}` && url.search === '?qty=1')

    const me = await context.newPage()
    const meProblems = watchProblems(me)
    await me.goto('/me')
    await me.getByRole('heading', { name: '杭州市西湖区教育局' }).waitFor()

    // The first tap: the sheet says what was used, with the plan's remaining budget after the order.
    const quantity = 2
    const total = product.priceFen * quantity
    const first = await orderInOneTap(page, quantity)
    expect(first).toMatchObject({ status: 'pending', quantity, totalFen: total, invoiceTitle: '杭州市西湖区教育局' })
    const code = first.plan.code
    await me.reload()
    await me.locator(`.plans__item[data-plan="${code}"]`).waitFor()
    await me.waitForLoadState('networkidle')
    const start = await figures(me, code)
    const sheet = page.getByRole('dialog', { name: '下单成功' })
    await sheet.getByText('订单已提交，等待供应商确认').waitFor()
    await sheet.getByText(first.plan.name).waitFor()
    await sheet.getByText(formatFen(start.remaining)).waitFor()
    expect(await sheet.textContent()).toContain(`${first.address.regionName} ${first.address.detail}`)
    expect(await sheet.textContent()).toContain(formatFen(total))
    await screenshot(page, 'order-confirmation')

    // 撤销 right from the sheet gives the budget back.
    await sheet.getByRole('button', { name: '撤销' }).click()
    const withdrawn = page.getByRole('dialog', { name: '订单已撤销' })
    await withdrawn.getByText('已撤销，预算与库存已释放').waitFor()
    await withdrawn.getByText(formatFen(start.remaining + total)).waitFor()
    await expectPlan(me, code, { ...start, remaining: start.remaining + total, reserved: start.reserved - total })
    await withdrawn.getByRole('button', { name: '关闭' }).click()
    const before = { ...start, remaining: start.remaining + total, reserved: start.reserved - total }

    // Order again: the budget is held (reserved) until acceptance.
    const order = await orderInOneTap(page, quantity)
    expect(order.id).not.toBe(first.id)
    expect(order.plan.code).toBe(code)
    await page.getByRole('dialog', { name: '下单成功' }).getByText(formatFen(before.remaining - total)).waitFor()
    const held = { ...before, remaining: before.remaining - total, reserved: before.reserved + total }
    await expectPlan(me, code, held)

    // The supplier confirms and ships it (through the API; the supplier desk test drives that UI).
    const supplier = await apiAs(server.url, 'supplier1')
    await supplier.post(`/orders/${order.id}/confirm`)
    await expectPlan(me, code, held)
    await supplier.post(`/orders/${order.id}/ship`, { carrier: '顺丰速运', trackingNo: 'SF1234567890' })
    await expectPlan(me, code, held)

    // 订单 lists it as shipped; the withdrawn one sits under 已取消.
    await page.getByRole('dialog', { name: '下单成功' }).getByRole('link', { name: '查看订单' }).click()
    await page.waitForURL(`**/orders/${order.id}`)
    await page.goto('/orders')
    const card = page.locator(`a[href="/orders/${order.id}"]`)
    await card.locator('.status-tag', { hasText: '已发货' }).waitFor()
    await screenshot(page, 'orders')
    await page.getByRole('button', { name: '已取消' }).click()
    await page.waitForURL((url) => url.search === '?tab=cancelled')
    await card.waitFor({ state: 'detached' })
    await page.locator(`a[href="/orders/${first.id}"]`).getByText('已撤销').waitFor()
    await page.getByRole('button', { name: '全部' }).click()

    // Receive, accept and rate it from its page: each step offers exactly what comes next.
    await card.click()
    await page.waitForURL(`**/orders/${order.id}`)
    const status = page.locator('.item .status-tag')
    const actions = page.locator('.order-actions')
    await status.filter({ hasText: '已发货' }).waitFor()
    expect(await actions.getByRole('button').allTextContents()).toEqual(['确认收货'])
    expect(await page.locator('.info').textContent()).toContain('SF1234567890')
    await actions.getByRole('button', { name: '确认收货' }).click()
    await status.filter({ hasText: '待验收' }).waitFor()
    await expectPlan(me, code, held)
    await actions.getByRole('button', { name: '验收' }).click()
    await status.filter({ hasText: '已完成' }).waitFor()
    const spent = { ...before, remaining: before.remaining - total, used: before.used + total }
    await expectPlan(me, code, spent)

    await actions.getByRole('button', { name: '评价' }).click()
    const rate = page.getByRole('dialog', { name: '评价订单' })
    await rate.locator('.rating__star').nth(4).click()
    await rate.getByRole('textbox').fill('送货及时，包装完好')
    await rate.getByRole('button', { name: '提交评价' }).click()
    await rate.waitFor({ state: 'hidden' })
    await page.locator('.timeline__item.is-latest').getByText('已评价').waitFor()
    expect(await page.locator('.info').textContent()).toContain('送货及时，包装完好')
    expect(await actions.getByRole('button').count()).toBe(0)
    expect(await page.locator('.timeline__what').allTextContents()).toEqual(['已评价', '已验收', '已确认收货', '已发货', '供应商已确认', '提交订单'])
    await screenshot(page, 'order-detail')

    // 再次购买 goes back to the product with the same quantity.
    await actions.getByRole('link', { name: '再次购买' }).waitFor()
    expect(await actions.getByRole('link', { name: '再次购买' }).getAttribute('href')).toBe(`/products/${product.id}?qty=${quantity}`)

    await expectPlan(me, code, spent)
    await screenshot(me, 'me', { fullPage: true })
    expect(problems).toEqual([])
    expect(meProblems).toEqual([])
    await context.close()
  })

  it('keeps an order tapped offline as 待提交, and places it once when the connection returns', async () => {
    const context = await phoneContext(browser, server.url)
    const page = await context.newPage()
    await login(page, 'buyer2')
    const buyer2 = await apiAs(server.url, 'buyer2')
    const before = (await buyer2.get<{ items: Order[] }>('/orders?limit=50')).items.length

    // Both pages' code is fetched while online; then the signal drops on the product page.
    await page.goto('/orders')
    await page.getByRole('heading', { level: 1, name: '订单' }).waitFor()
    await page.goto(`/products/${product.id}`)
    const buy = page.getByRole('button', { name: /^立即采购/ })
    await buy.waitFor()
    await context.setOffline(true)
    await buy.click()
    const sheet = page.getByRole('dialog', { name: '订单待提交' })
    await sheet.getByText('网络不可用，订单已暂存在本机').waitFor()
    await sheet.getByRole('link', { name: '在“订单”中查看' }).click()
    const queued = page.getByRole('region', { name: /^待提交/ })
    await queued.locator('.queued-list__name', { hasText: product.title }).waitFor()
    await queued.getByRole('button', { name: `取消 ${product.title}` }).waitFor()
    await screenshot(page, 'orders-queued')

    // Back online: sent once, the purchaser is told, and it leaves 待提交 for the list.
    await context.setOffline(false)
    await page.getByRole('status').getByText('待提交的订单已下单').waitFor({ timeout: 10_000 })
    await queued.waitFor({ state: 'hidden' })
    const after = (await buyer2.get<{ items: Order[] }>('/orders?limit=50')).items
    expect(after).toHaveLength(before + 1)
    expect(after[0]).toMatchObject({ status: 'pending', unitPriceFen: product.priceFen, product: { id: product.id } })
    await page.locator(`a.order-card[href="/orders/${after[0]!.id}"]`).waitFor()
    await screenshot(page, 'orders-queued-placed')
    await context.close()
  })

  it('tells a supplier account it cannot order, and keeps purchasers out of the supplier desk', async () => {
    const context = await phoneContext(browser, server.url)
    const page = await context.newPage()
    const problems = watchProblems(page)
    await login(page, 'supplier1')
    await page.waitForURL('**/supplier')
    await page.goto(`/products/${product.id}`)
    await page.getByText('供应商账号仅可浏览商品，不能下单。').waitFor()
    expect(await page.getByRole('button', { name: /^立即采购/ }).count()).toBe(0)
    await page.goto('/orders')
    await page.waitForURL('**/supplier')
    await context.close()

    const buyer = await phoneContext(browser, server.url)
    const buyerPage = await buyer.newPage()
    await login(buyerPage, 'buyer2')
    await buyerPage.goto('/supplier')
    await buyerPage.waitForURL('**/orders')
    await buyerPage.getByRole('heading', { level: 1, name: '订单' }).waitFor()
    expect(problems).toEqual([])
    await buyer.close()
  })

  it('explains a wrong password in Chinese', async () => {
    const context = await phoneContext(browser, server.url)
    const page = await context.newPage()
    await page.goto('/login?redirect=/orders')
    await page.getByLabel('用户名').fill('buyer1')
    await page.getByLabel('密码').fill('wrong-password')
    await page.getByRole('button', { name: '登录', exact: true }).click()
    await page.getByRole('alert').getByText('用户名或密码错误').waitFor()
    expect(new URL(page.url()).pathname).toBe('/login')
    await context.close()
  })
})
