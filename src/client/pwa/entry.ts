import { defineAsyncComponent, type Component } from 'vue'
import { retryWhenOnline } from '../lib/retry-when-online.ts'

/** Chromium's install prompt event; not in TypeScript's DOM library. */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>
}

/**
 * The only PWA code in the initial bundle. Chromium fires beforeinstallprompt once per page load,
 * and it can come before the lazy code below arrives, so it is caught here and kept for later.
 */
let captured: BeforeInstallPromptEvent | null = null
if (typeof window !== 'undefined') {
  window.addEventListener('beforeinstallprompt', (event) => {
    // Keeps Chromium's own mini-infobar away: we offer installing when it makes sense.
    event.preventDefault()
    captured = event as BeforeInstallPromptEvent
  })
}

export function capturedInstallPrompt(): BeforeInstallPromptEvent | null {
  return captured
}

export function forgetInstallPrompt(): void {
  captured = null
}

/** After the load event and an idle moment: the first page's work always comes first. */
function afterLoad(): Promise<void> {
  return new Promise((resolve) => {
    const idle = (): void => {
      if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 2000 })
      else setTimeout(resolve, 300)
    }
    if (document.readyState === 'complete') idle()
    else window.addEventListener('load', idle, { once: true })
  })
}

const load = (): Promise<Component> =>
  retryWhenOnline(() => import('../components/pwa/PwaLayer.vue').then((module) => module.default))

/**
 * The service worker registration, update prompt, install offer and offline badge: one component
 * for App.vue, fetched only once the first page has loaded.
 */
export const PwaLayer = defineAsyncComponent(() => afterLoad().then(load))
