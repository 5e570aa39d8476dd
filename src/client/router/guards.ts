import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router'
import type { Role } from '../../shared/roles.ts'

declare module 'vue-router' {
  interface RouteMeta {
    /** Who may open the page: one role, or anyone signed in ('user'). */
    signIn?: Role | 'user'
    /** The sign-in page: someone already signed in goes on to where they were headed. */
    guestOnly?: boolean
  }
}

/** Where a signed-in user lands by default. */
export const homeOf = (role: Role): string => (role === 'supplier' ? '/supplier' : '/')

/** Only same-app paths are followed after sign-in, never another origin ("//evil.example"). */
export function safeRedirect(value: unknown): string | null {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : null
}

/** The same view for the other side: a supplier opening a unit's order link sees it on the desk. */
function counterpart(to: RouteLocationNormalized, role: Role): RouteLocationRaw {
  const id = to.params['id']
  if (role === 'supplier') return id ? `/supplier/orders/${String(id)}` : '/supplier'
  return id ? `/orders/${String(id)}` : '/orders'
}

/**
 * Keeps each side to its own pages. Catalogue routes pass at once, without loading the session
 * code: only pages that need a user wait for it. A tab page (订单, 我的) shows its own sign-in
 * prompt, so the tab bar stays; any other page goes to the sign-in page and back afterwards.
 */
export async function roleGuard(to: RouteLocationNormalized): Promise<true | RouteLocationRaw> {
  const need = to.meta.signIn
  if (!need && !to.meta.guestOnly) return true
  const [{ useSessionStore }, { loadOrderingMessages }] = await Promise.all([import('../stores/session.ts'), import('../i18n/ordering.ts')])
  const session = useSessionStore()
  await Promise.all([session.ensure(), loadOrderingMessages()])
  const role = session.role
  if (to.meta.guestOnly) return role ? (safeRedirect(to.query['redirect']) ?? homeOf(role)) : true
  if (!role) return to.meta.tab ? true : { path: '/login', query: { redirect: to.fullPath } }
  if (need !== 'user' && need !== role) return counterpart(to, role)
  return true
}
