import { createRouter, createWebHistory, START_LOCATION, type RouteRecordRaw } from 'vue-router'
import type { TabName } from '../components/app/AppTabBar.vue'
import { i18n } from '../i18n/index.ts'
import { roleGuard } from './guards.ts'
import { warmPavilion } from './warm.ts'

declare module 'vue-router' {
  interface RouteMeta {
    /** The bottom tab this page belongs to; pages without one hide the tab bar. */
    tab?: TabName
    /** Message key of the document title, for pages that do not set their own. */
    title?: string
  }
}

const numericId = (route: { params: Record<string, unknown> }) => ({ id: Number(route.params['id']) })

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('../pages/HomePage.vue'), meta: { tab: 'home' } },
  {
    path: '/categories',
    name: 'categories',
    component: () => import('../pages/CategoriesPage.vue'),
    meta: { tab: 'categories', title: 'categories.title' },
  },
  { path: '/search', name: 'search', component: () => import('../pages/SearchPage.vue'), meta: { title: 'search.label' } },
  { path: '/products/:id(\\d+)', name: 'product', component: () => import('../pages/ProductPage.vue'), props: numericId },
  { path: '/suppliers/:id(\\d+)', name: 'supplier', component: () => import('../pages/SupplierPage.vue'), props: numericId },
  { path: '/pavilions', name: 'pavilions', component: () => import('../pages/PavilionsPage.vue'), meta: { tab: 'pavilions', title: 'tabs.pavilions' } },
  // A pavilion is a page of its own with a back button, like a product or a supplier: no tab bar.
  {
    path: '/pavilions/:id([a-z0-9-]{1,40})',
    name: 'pavilion',
    component: () => import('../pages/PavilionPage.vue'),
    props: (route) => ({ id: String(route.params['id']) }),
    meta: { title: 'tabs.pavilions' },
    beforeEnter: (to, from) => warmPavilion(String(to.params['id']), from === START_LOCATION),
  },
  // Ordering and the supplier desk: roleGuard (router/guards.ts) keeps each side to its own pages.
  { path: '/orders', name: 'orders', component: () => import('../pages/OrdersPage.vue'), meta: { tab: 'orders', title: 'tabs.orders', signIn: 'purchaser' } },
  { path: '/orders/:id(\\d+)', name: 'order', component: () => import('../pages/OrderDetailPage.vue'), props: numericId, meta: { title: 'order.detail.title', signIn: 'purchaser' } },
  { path: '/me', name: 'me', component: () => import('../pages/MePage.vue'), meta: { tab: 'me', title: 'tabs.me', signIn: 'user' } },
  { path: '/login', name: 'login', component: () => import('../pages/LoginPage.vue'), meta: { title: 'account.login.title', guestOnly: true } },
  { path: '/supplier', name: 'supplier-desk', component: () => import('../pages/SupplierDeskPage.vue'), meta: { tab: 'orders', title: 'supplierDesk.title', signIn: 'supplier' } },
  { path: '/supplier/orders/:id(\\d+)', name: 'supplier-order', component: () => import('../pages/SupplierOrderPage.vue'), props: numericId, meta: { title: 'order.detail.title', signIn: 'supplier' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('../pages/NotFoundPage.vue'), meta: { title: 'notFound.title' } },
]

function afterPageReaches(top: number, frames = 30): Promise<void> {
  return new Promise((resolve) => {
    const check = (left: number): void => {
      const tallEnough = document.documentElement.scrollHeight >= top + window.innerHeight
      if (tallEnough || left === 0) resolve()
      else requestAnimationFrame(() => check(left - 1))
    }
    requestAnimationFrame(() => check(frames))
  })
}

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior(to, from, saved) {
    // A fresh page load is already at the top; scrolling anyway forces a layout in the first frame.
    if (from === START_LOCATION && !saved) return false
    // Back to a list: its store kept the items, so the page regains its height and the saved
    // position lands on the same product. Pages that render in stages grow over a few frames,
    // so wait (briefly) until the page is tall enough to scroll there.
    if (saved) return afterPageReaches(saved.top ?? 0).then(() => saved)
    if (to.path === from.path && to.name === 'categories') return false
    return { top: 0 }
  },
})

router.beforeEach(roleGuard)

router.afterEach((to) => {
  const { t } = i18n.global
  const name = t('app.name')
  document.title = to.meta.title ? `${t(to.meta.title)} · ${name}` : `${name} · ${t('app.tagline')}`
})
