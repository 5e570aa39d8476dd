import { shallowRef, type ShallowRef } from 'vue'
import { load, save } from '../lib/persistence.ts'
import { capturedInstallPrompt, forgetInstallPrompt, type BeforeInstallPromptEvent } from './entry.ts'
import { countVisit, FIRST_MEMORY, installOffer, parseMemory, type InstallMemory, type InstallOffer } from './install-policy.ts'

const read = (): InstallMemory => load('pwaInstall', parseMemory) ?? FIRST_MEMORY
const update = (change: (memory: InstallMemory) => InstallMemory): void => save('pwaInstall', change(read()))

/** Call after a purchaser's first order: a good moment to offer 添加到主屏幕. */
export function noteOrderPlaced(): void {
  update((m) => (m.ordered ? m : { ...m, ordered: true }))
}

function standalone(): boolean {
  return window.matchMedia?.('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true
}

/** iPhone and iPad Safari, which has no install event (iPadOS reports itself as a Mac with touch). */
function ios(): boolean {
  const ua = navigator.userAgent
  return /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1)
}

export interface InstallOfferState {
  offer: ShallowRef<InstallOffer>
  /** Shows the browser's own install dialog (Chromium) and records the answer. */
  install(): Promise<void>
  /** 不了: remembered, so the offer stays away for a month. */
  dismiss(): void
}

/** Counts this visit and works out whether to offer installing; the policy is install-policy.ts. */
export function useInstallOffer(now = Date.now()): InstallOfferState {
  update((m) => countVisit(m, now))
  const offer = shallowRef<InstallOffer>(null)
  const decide = (): void => {
    offer.value = installOffer(read(), { now: Date.now(), standalone: standalone(), canPrompt: !!capturedInstallPrompt(), ios: ios() })
  }
  decide()
  // The browser may decide the app is installable only now (the worker has just taken over).
  window.addEventListener('beforeinstallprompt', () => setTimeout(decide))
  window.addEventListener('appinstalled', () => {
    update((m) => ({ ...m, installed: true }))
    offer.value = null
  })

  async function install(): Promise<void> {
    const prompt: BeforeInstallPromptEvent | null = capturedInstallPrompt()
    offer.value = null
    if (!prompt) return
    // The event can prompt once only.
    forgetInstallPrompt()
    await prompt.prompt()
    const { outcome } = await prompt.userChoice
    update((m) => (outcome === 'accepted' ? { ...m, installed: true } : { ...m, dismissedAt: Date.now() }))
  }

  function dismiss(): void {
    update((m) => ({ ...m, dismissedAt: Date.now() }))
    offer.value = null
  }

  return { offer, install, dismiss }
}
