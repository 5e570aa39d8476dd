import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router'
import { roleGuard, safeRedirect } from '../../../../src/client/router/guards.ts'
import { useSessionStore } from '../../../../src/client/stores/session.ts'
import type { Me } from '../../../../src/shared/contract/session.ts'
import { purchaser, supplierMe } from '../order/fixtures.ts'

vi.mock('../../../../src/client/api/session.ts', () => ({ fetchMe: vi.fn(), logIn: vi.fn(), logOut: vi.fn() }))

const page = { render: () => null }
const routes: RouteRecordRaw[] = [
  { path: '/', component: page },
  { path: '/products/:id', component: page },
  { path: '/orders', component: page, meta: { tab: 'orders', signIn: 'purchaser' } },
  { path: '/orders/:id', component: page, meta: { signIn: 'purchaser' } },
  { path: '/me', component: page, meta: { tab: 'me', signIn: 'user' } },
  { path: '/login', component: page, meta: { guestOnly: true } },
  { path: '/supplier', component: page, meta: { tab: 'orders', signIn: 'supplier' } },
  { path: '/supplier/orders/:id', component: page, meta: { signIn: 'supplier' } },
]

async function visit(me: Me | null, path: string): Promise<string> {
  const session = useSessionStore()
  session.me = me
  session.status = 'ready'
  const router = createRouter({ history: createMemoryHistory(), routes })
  router.beforeEach(roleGuard)
  await router.push(path)
  return router.currentRoute.value.fullPath
}

beforeEach(() => setActivePinia(createPinia()))

describe('roleGuard', () => {
  it('lets anyone browse the catalogue', async () => {
    expect(await visit(null, '/products/42')).toBe('/products/42')
  })

  it('shows a tab page to someone not signed in (it prompts), and sends other pages to sign in and back', async () => {
    expect(await visit(null, '/orders')).toBe('/orders')
    expect(await visit(null, '/orders/7')).toBe('/login?redirect=/orders/7')
  })

  it('never shows a purchaser the supplier desk, nor a supplier the purchaser’s orders', async () => {
    expect(await visit(purchaser(), '/supplier')).toBe('/orders')
    expect(await visit(purchaser(), '/supplier/orders/7')).toBe('/orders/7')
    expect(await visit(supplierMe(), '/orders')).toBe('/supplier')
    expect(await visit(supplierMe(), '/orders/7')).toBe('/supplier/orders/7')
    expect(await visit(supplierMe(), '/me')).toBe('/me')
  })

  it('takes someone already signed in past the sign-in page', async () => {
    expect(await visit(supplierMe(), '/login')).toBe('/supplier')
    expect(await visit(purchaser(), '/login?redirect=/products/42%3Fqty%3D2')).toBe('/products/42?qty=2')
  })
})

describe('safeRedirect', () => {
  it('follows only paths inside the app', () => {
    expect(safeRedirect('/orders/7')).toBe('/orders/7')
    expect(safeRedirect('//evil.example/x')).toBeNull()
    expect(safeRedirect('/\\evil.example')).toBeNull()
    expect(safeRedirect('https://evil.example')).toBeNull()
    expect(safeRedirect(['/orders'])).toBeNull()
  })
})
