import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { LoginInput, Me, Plan, PurchaserMe, SupplierMe } from '../../shared/contract/session.ts'
import { fetchMe, logIn, logOut } from '../api/session.ts'
import { ApiError } from '../api/http.ts'
import { fetchPlans } from '../api/me.ts'
import { load, remove, save } from '../lib/persistence.ts'
import { useRegionStore } from './region.ts'

export type SessionStatus = 'unknown' | 'loading' | 'ready'

const isTrue = (raw: unknown): true | undefined => (raw === true ? true : undefined)

/**
 * Who is signed in. The session cookie is HttpOnly, so the page keeps a hint that a sign-in
 * happened on this device: without it nobody is asked about (an anonymous visit never costs a
 * request or a 401), with it GET /api/me says who, and a 401 clears it.
 */
export const useSessionStore = defineStore('session', () => {
  const me = shallowRef<Me | null>(null)
  const status = ref<SessionStatus>('unknown')
  const error = ref<unknown>(null)
  let pending: Promise<void> | null = null
  /** Ends live connections and clears per-user stores when the user changes. */
  const signOutHooks = new Set<() => void>()

  const purchaser = computed<PurchaserMe | null>(() => (me.value?.role === 'purchaser' ? me.value : null))
  const supplier = computed<SupplierMe | null>(() => (me.value?.role === 'supplier' ? me.value : null))
  const role = computed(() => me.value?.role ?? null)

  function become(next: Me | null): void {
    if (me.value && next?.user.id !== me.value.user.id) for (const hook of signOutHooks) hook()
    me.value = next
    status.value = 'ready'
    if (next) save('signedIn', true)
    else remove('signedIn')
  }

  async function fetchNow(): Promise<void> {
    try {
      become(await fetchMe())
      error.value = null
    } catch (e) {
      if (e instanceof ApiError && (e.status === 401 || e.status === 403)) become(null)
      else {
        // Offline or a server hiccup: keep what we knew, and say the check failed.
        error.value = e
        status.value = 'ready'
      }
    }
  }

  /** Knows who is signed in once this resolves; concurrent callers share one request. */
  function ensure(): Promise<void> {
    if (status.value === 'ready') return Promise.resolve()
    if (!load('signedIn', isTrue)) {
      become(null)
      return Promise.resolve()
    }
    status.value = 'loading'
    pending ??= fetchNow().finally(() => {
      pending = null
    })
    return pending
  }

  /** Reloads the user (plans and addresses change with every order). */
  function refresh(): Promise<void> {
    pending ??= fetchNow().finally(() => {
      pending = null
    })
    return pending
  }

  /** Signs in; a purchaser's region becomes their unit's, so delivery notes speak of it. */
  async function login(input: LoginInput): Promise<Me> {
    const next = await logIn(input)
    become(next)
    if (next.role === 'purchaser') useRegionStore().choose({ code: next.unit.regionCode, name: next.unit.regionName })
    return next
  }

  /** Signs out here even when the server cannot be reached: the cookie dies with the session anyway. */
  async function logout(): Promise<void> {
    try {
      await logOut()
    } catch {
      // Offline: the server session expires on its own; this device forgets it now.
    }
    become(null)
  }

  /** Called by any store whose request came back 401: the session ended elsewhere. */
  function expired(): void {
    become(null)
  }

  /** Fresh plan figures without reloading the whole user. */
  async function refreshPlans(): Promise<Plan[]> {
    const plans = await fetchPlans()
    const current = purchaser.value
    if (current) me.value = { ...current, plans }
    return plans
  }

  function onSignOut(hook: () => void): () => void {
    signOutHooks.add(hook)
    return () => signOutHooks.delete(hook)
  }

  return { me, status, error, purchaser, supplier, role, ensure, refresh, login, logout, expired, refreshPlans, onSignOut }
})

/** True when a failed request means the user is no longer signed in. */
export function isSignedOutError(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401
}
