import { shallowRef, type ShallowRef } from 'vue'

/**
 * none: nothing to offer. available: a new version is installed and waiting (or already took over
 * from another tab); the 新版本可用 prompt shows. deferred: accepted while an order is being placed;
 * it applies when that is done. applying: the page is about to reload into the new version.
 */
export type UpdateState = 'none' | 'available' | 'deferred' | 'applying'

export interface UpdateDeps {
  /** Tells the waiting worker to take over (workbox-window's messageSkipWaiting). */
  skipWaiting(): void
  reload(): void
  isBusy(): boolean
  whenIdle(): Promise<void>
}

export interface UpdateFlow {
  state: ShallowRef<UpdateState>
  /** A new worker is installed and waiting. */
  found(): void
  /** A new worker now controls this page: after our skipWaiting, or another tab's. */
  controlling(): void
  accept(): Promise<void>
  /** Later: the prompt hides; the waiting worker shows it again on the next start. */
  dismiss(): void
}

/**
 * The update prompt's logic, apart from workbox-window so it can be tested. The page reloads only
 * after the person accepted, only once the new worker controls it, and never while something holds
 * the reload (busy.ts): an order being placed finishes in the version it started in.
 */
export function createUpdateFlow(deps: UpdateDeps): UpdateFlow {
  const state = shallowRef<UpdateState>('none')
  let accepted = false
  // Another tab accepted first: the new worker already controls this page; only a reload is left.
  let takenOver = false

  async function reloadWhenIdle(): Promise<void> {
    await deps.whenIdle()
    state.value = 'applying'
    deps.reload()
  }

  return {
    state,
    found() {
      if (state.value === 'none') state.value = 'available'
    },
    controlling() {
      if (accepted) void reloadWhenIdle()
      else {
        takenOver = true
        if (state.value === 'none') state.value = 'available'
      }
    },
    async accept() {
      if (accepted || state.value === 'none') return
      accepted = true
      if (deps.isBusy()) state.value = 'deferred'
      // The old worker keeps serving this page's files until the order is through.
      await deps.whenIdle()
      if (takenOver) return reloadWhenIdle()
      state.value = 'applying'
      deps.skipWaiting()
    },
    dismiss() {
      if (!accepted) state.value = 'none'
    },
  }
}
