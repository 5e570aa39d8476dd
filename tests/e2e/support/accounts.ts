import type { Page } from 'playwright-core'
import type { Order } from '../../../src/shared/contract/orders.ts'
import type { ProductDetail, ProductList } from '../../../src/shared/contract/catalogue.ts'

/** Every demo account's password (the demo seed, README). */
export const DEMO_PASSWORD = 'demo123'

/** Signs in through the sign-in page as a person would, and waits until the app has moved on. */
export async function login(page: Page, username: string, options: { beforeSubmit?: () => Promise<unknown> } = {}): Promise<void> {
  if (new URL(page.url(), 'http://x').pathname !== '/login') await page.goto('/login')
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码').fill(DEMO_PASSWORD)
  await options.beforeSubmit?.()
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await page.waitForURL((url) => url.pathname !== '/login')
}

/**
 * A party acting through the API directly (node's fetch), with the session cookie and the CSRF
 * header the app's own client sends: for the other side of a flow the test does not drive by UI.
 */
export interface ApiActor {
  get<T>(path: string): Promise<T>
  post<T>(path: string, body?: unknown, headers?: Record<string, string>): Promise<T>
}

export async function apiAs(baseUrl: string, username: string): Promise<ApiActor> {
  const login = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  })
  if (!login.ok) throw new Error(`login ${username}: ${login.status}`)
  const cookie = /sid=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? ''
  const call = async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> => {
    const res = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: { cookie, 'x-requested-with': 'XMLHttpRequest', ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = (await res.json()) as T
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`)
    return json
  }
  return { get: (path) => call('GET', path), post: (path, body, headers) => call('POST', path, body ?? {}, headers) }
}

/** A product supplier1 (a demo supplier delivering province-wide) sells, in stock, at a modest price. */
export async function demoProduct(baseUrl: string, supplierId = 1): Promise<ProductDetail> {
  const list = (await (await fetch(`${baseUrl}/api/products?supplierId=${supplierId}&sort=price_asc&minPriceFen=20000&limit=50`)).json()) as ProductList
  for (const item of list.items) {
    const detail = (await (await fetch(`${baseUrl}/api/products/${item.id}`)).json()) as ProductDetail
    if (detail.stock >= 10 && detail.deliveryRegionCodes.includes('330100')) return detail
  }
  throw new Error(`the seed has no product of supplier ${supplierId} fit for the ordering flow`)
}

/** Waits for the app's POST /api/orders answer that the action causes. */
export async function placedBy(page: Page, action: () => Promise<unknown>): Promise<Order> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === '/api/orders' && r.request().method() === 'POST'),
    action(),
  ])
  if (response.status() !== 201) throw new Error(`placing the order answered ${response.status()}: ${await response.text()}`)
  return (await response.json()) as Order
}
