import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { ProductDetail, ProductList } from '../../src/shared/contract/catalogue.ts'
import { DIST_DIR, ensureClientBuild } from '../../src/server/client-build.ts'
import { QUEUE_DB, QUEUE_STORE, SYNC_TAG } from '../../src/client/pwa/order-queue.ts'
import { launchBrowser, phoneContext, screenshot, watchProblems } from './support/browser.ts'
import { demoProduct, login } from './support/accounts.ts'
import { cached, controlled, fireSync, loadedCatalogue, persistentPhone, setOffline, startServerFor, type PwaServer } from './support/pwa.ts'

let server: PwaServer
let browser: Browser
let served: string

beforeAll(async () => {
  ensureClientBuild((line) => console.log(line))
  // A copy: a rebuild of dist/ while these tests run would pull the precached files from under the worker.
  served = mkdtempSync(join(tmpdir(), 'yuncai-pwa-dist-'))
  cpSync(DIST_DIR, served, { recursive: true })
  server = await startServerFor(served)
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (served) rmSync(served, { recursive: true, force: true })
})

const badge = (page: Page) => page.getByRole('status').filter({ hasText: '离线数据' })

/** The idempotency keys waiting in the offline order queue (IndexedDB, src/client/pwa/order-queue.ts). */
function queuedKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ name, store }) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open(name)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const request = open.result.transaction(store).objectStore(store).getAllKeys()
          request.onsuccess = () => {
            open.result.close()
            resolve(request.result.map(String))
          }
        }
      }),
    { name: QUEUE_DB, store: QUEUE_STORE },
  )
}

describe('installable app', () => {
  it('has a valid manifest and no installability errors, and the worker controls the page after a reload', async () => {
    const phone = await persistentPhone(server.url)
    const page = phone.context.pages()[0] ?? (await phone.context.newPage())
    const problems = watchProblems(page)
    await page.goto('/')
    await controlled(page)
    await page.reload()
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${server.url}/sw.js`)

    const cdp = await phone.context.newCDPSession(page)
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
    expect(installabilityErrors).toEqual([])
    const manifest = await cdp.send('Page.getAppManifest')
    expect(manifest.errors).toEqual([])
    const parsed = JSON.parse(manifest.data ?? '{}') as Record<string, unknown>
    expect(parsed).toMatchObject({ short_name: '云采超市', lang: 'zh-CN', display: 'standalone', start_url: '/', scope: '/' })
    expect((parsed['shortcuts'] as { url: string }[]).map((s) => s.url)).toEqual(['/search', '/orders'])
    expect(await page.locator('link[rel="apple-touch-icon"]').getAttribute('href')).toBe('/icons/apple-touch-icon.png')
    expect(problems).toEqual([])
    await phone.close()
  })

  it('serves the worker and the page for revalidation, and the hashed files as immutable', async () => {
    // The body is read so the connection is free again when the server closes.
    const headers = async (path: string) => {
      const response = await fetch(server.url + path)
      await response.arrayBuffer()
      return response.headers
    }
    expect((await headers('/sw.js')).get('cache-control')).toBe('no-cache')
    expect((await headers('/index.html')).get('cache-control')).toBe('no-cache')
    const manifest = await headers('/manifest.webmanifest')
    expect(manifest.get('content-type')).toBe('application/manifest+json')
    const html = await (await fetch(server.url)).text()
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1]
    expect((await headers(script as string)).get('cache-control')).toBe('public, max-age=31536000, immutable')
  })
})

describe('offline', () => {
  it('shows visited pages from the cache with the offline badge, and places an order tapped offline exactly once', async () => {
    const product = await demoProduct(server.url)
    const results = `/search?q=${encodeURIComponent(product.brand)}`
    const context = await phoneContext(browser, server.url)
    const page = await context.newPage()
    const problems = watchProblems(page)
    await login(page, 'buyer1')

    // One online visit. Home loads before the worker exists; the worker takes over and fetches
    // what home loaded into its caches (register.ts), so this first visit counts too.
    await page.goto('/')
    await page.locator('.rail__list li').first().waitFor()
    await controlled(page)
    await cached(page, await loadedCatalogue(page))
    const [listResponse] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === '/api/products'), page.goto(results)])
    const list = (await listResponse.json()) as ProductList
    await page.locator('.results__list > li').first().waitFor()
    await page.goto('/orders')
    await page.getByRole('heading', { level: 1, name: '订单' }).waitFor()
    await page.goto(`/products/${product.id}`)
    const buy = page.getByRole('button', { name: /^立即采购/ })
    await buy.waitFor()
    await cached(page, [`/api/products/${product.id}`, product.image])
    expect(await badge(page).count()).toBe(0)

    // The signal drops: each visited page still renders, and says its data is a cached copy.
    await setOffline(context, server, true)
    await page.reload()
    await page.getByText(product.title).first().waitFor()
    await badge(page).waitFor()
    expect(await badge(page).textContent()).toMatch(/离线数据.*(刚刚|分钟前)更新/)
    await screenshot(page, 'pwa-offline-product')
    await page.goto(results)
    await page.locator('.results__list > li').first().waitFor()
    expect(await page.locator('.results__total').textContent()).toBe(`共 ${list.total} 件商品`)
    await badge(page).waitFor()
    await page.goto('/')
    await page.locator('.rail__list li').first().waitFor()
    await badge(page).waitFor()
    await screenshot(page, 'pwa-offline-home')

    // A one-tap order without a connection waits in IndexedDB as 待提交.
    await page.goto(`/products/${product.id}`)
    await buy.click()
    const sheet = page.getByRole('dialog', { name: '订单待提交' })
    await sheet.getByRole('link', { name: '在“订单”中查看' }).click()
    const queued = page.getByRole('region', { name: /^待提交/ })
    await queued.locator('.queued-list__name', { hasText: product.title }).waitFor()
    const [key] = await queuedKeys(page)
    expect(key).toBeTruthy()
    await screenshot(page, 'pwa-offline-queued')

    // Back online, the replay is set off four ways at once: the browser's online event, two more
    // online events, and the worker's Background Sync. The server still gets one order.
    await setOffline(context, server, false)
    await Promise.all([
      page.evaluate(() => {
        window.dispatchEvent(new Event('online'))
        window.dispatchEvent(new Event('online'))
      }),
      fireSync(context, page, server.url, SYNC_TAG),
    ])
    await page.getByRole('status').getByText('待提交的订单已下单').waitFor()
    await queued.waitFor({ state: 'hidden' })
    await expect.poll(() => queuedKeys(page)).toEqual([])

    const orders = server.db
      .prepare("SELECT o.id FROM orders o JOIN users u ON u.id = o.user_id WHERE u.username = 'buyer1' AND o.product_id = ?")
      .all(product.id) as { id: number }[]
    expect(orders).toHaveLength(1)
    const byKey = server.db.prepare('SELECT order_id AS id FROM idempotency_keys WHERE key = ?').all(key) as { id: number }[]
    expect(byKey).toEqual([{ id: orders[0]!.id }])
    await page.locator(`a.order-card[href="/orders/${orders[0]!.id}"]`).waitFor()
    await screenshot(page, 'pwa-offline-placed')

    // Requests that failed while offline are the point of this test; nothing else may go wrong.
    expect(problems.filter((p) => !p.startsWith('requestfailed'))).toEqual([])
    await context.close()
  })
})

describe('Background Sync', () => {
  it('places a queued order when the connection returns with the app closed', async () => {
    const product = await demoProduct(server.url)
    const context = await phoneContext(browser, server.url)
    const page = await context.newPage()
    await login(page, 'buyer2')
    await page.goto('/')
    await controlled(page)
    await page.goto(`/products/${product.id}`)
    const buy = page.getByRole('button', { name: /^立即采购/ })
    await buy.waitFor()

    // The server drops off while the phone believes it is online: the tap gets no answer, so the
    // order is queued (the same as offline, from the app's side) and the worker's first sync fails.
    server.unreachable = true
    await buy.click()
    await page.getByRole('dialog', { name: '订单待提交' }).waitFor()
    const [key] = await queuedKeys(page)
    expect(key).toBeTruthy()

    // No page of the app is open when the server is back: only the worker can send it.
    await page.goto('about:blank')
    server.unreachable = false
    await fireSync(context, page, server.url, SYNC_TAG)
    const placed = () => server.db.prepare('SELECT order_id AS id FROM idempotency_keys WHERE key = ?').all(key) as { id: number }[]
    await expect.poll(placed).toHaveLength(1)

    // The worker removes the entry once the server's answer is in; the app shows the order.
    await page.goto('/orders')
    await page.locator(`a.order-card[href="/orders/${placed()[0]!.id}"]`).waitFor()
    await page.getByRole('region', { name: /^待提交/ }).waitFor({ state: 'hidden' })
    await expect.poll(() => queuedKeys(page)).toEqual([])
    await context.close()
  })
})

describe('离线可用', () => {
  it('keeps a saved product with all its pictures, even when the everyday caches are gone', async () => {
    const context = await phoneContext(browser, server.url)
    const page = await context.newPage()
    const problems = watchProblems(page)
    await page.goto('/')
    await controlled(page)

    const [detailResponse] = await Promise.all([
      page.waitForResponse((r) => /^\/api\/products\/\d+$/.test(new URL(r.url()).pathname)),
      page.goto('/products/2'),
    ])
    const product = (await detailResponse.json()) as ProductDetail
    const save = page.getByRole('button', { name: '保存本页供离线浏览' })
    await save.click()
    const saved = page.getByRole('button', { name: '已保存供离线浏览，点击移除' })
    await saved.waitFor()
    expect(await saved.getAttribute('aria-pressed')).toBe('true')
    await screenshot(page, 'pwa-saved-product')

    // Every picture of the gallery, not only the one on screen.
    const keys = await page.evaluate(async () => (await (await caches.open('yc-saved-v1')).keys()).map((r) => new URL(r.url).pathname))
    expect(keys.sort()).toEqual([`/api/products/${product.id}`, ...new Set([product.image, ...product.images])].sort())

    // Expiry or a quota purge may empty the everyday caches; what was saved stays.
    await page.evaluate(async () => {
      for (const name of ['yc-catalogue-v1', 'yc-images-v1']) await caches.delete(name)
    })
    await setOffline(context, server, true)
    await page.reload()
    await page.getByText(product.title).first().waitFor()
    await badge(page).waitFor()
    // The first picture of the gallery drew from the saved copy.
    const first = page.locator(`img[src="${product.images[0] ?? product.image}"]`).first()
    await first.waitFor()
    await page.waitForFunction((src) => [...document.images].some((i) => i.getAttribute('src') === src && i.complete && i.naturalWidth > 0), product.images[0] ?? product.image)
    await setOffline(context, server, false)

    // Removing it leaves nothing behind.
    await page.getByRole('button', { name: '已保存供离线浏览，点击移除' }).click()
    await save.waitFor()
    expect(await page.evaluate(async () => (await (await caches.open('yc-saved-v1')).keys()).length)).toBe(0)
    expect(problems.filter((p) => !p.startsWith('requestfailed'))).toEqual([])
    await context.close()
  })
})
