/** What the browser remembers about offering 添加到主屏幕 (stored through lib/persistence.ts). */
export interface InstallMemory {
  visits: number
  /** Start of the last counted visit (epoch ms). */
  lastVisitAt: number
  /** The purchaser has placed an order from this browser. */
  ordered: boolean
  /** When the offer was last turned down (epoch ms). */
  dismissedAt: number | null
  installed: boolean
}

export type InstallOffer = 'prompt' | 'ios' | null

export interface InstallContext {
  now: number
  /** Running as an installed app already (display-mode standalone, or iOS's navigator.standalone). */
  standalone: boolean
  /** The browser gave us its install prompt (beforeinstallprompt). */
  canPrompt: boolean
  /** Safari on iOS: no install event; the person adds it through 分享 → 添加到主屏幕. */
  ios: boolean
}

/** A new visit starts after half an hour away; reloads and tab switches are the same visit. */
export const VISIT_GAP_MS = 30 * 60 * 1000
/** Turned down: ask again after a month, not before. */
export const DISMISS_QUIET_MS = 30 * 24 * 60 * 60 * 1000

export const FIRST_MEMORY: InstallMemory = { visits: 0, lastVisitAt: 0, ordered: false, dismissedAt: null, installed: false }

/** Counts this start as a visit when the last one was long enough ago. */
export function countVisit(memory: InstallMemory, now: number): InstallMemory {
  if (now - memory.lastVisitAt < VISIT_GAP_MS) return memory
  return { ...memory, visits: memory.visits + 1, lastVisitAt: now }
}

/**
 * Whether to offer installing now, and how. Only someone who came back (a second visit) or
 * ordered has shown they use the app; asking on the first visit is asking strangers.
 */
export function installOffer(memory: InstallMemory, context: InstallContext): InstallOffer {
  if (memory.installed || context.standalone) return null
  if (memory.dismissedAt !== null && context.now - memory.dismissedAt < DISMISS_QUIET_MS) return null
  if (memory.visits < 2 && !memory.ordered) return null
  if (context.canPrompt) return 'prompt'
  return context.ios ? 'ios' : null
}

/** Reads stored memory defensively: an older release may have stored another shape. */
export function parseMemory(raw: unknown): InstallMemory | undefined {
  if (!raw || typeof raw !== 'object') return undefined
  const r = raw as Partial<Record<keyof InstallMemory, unknown>>
  const num = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback)
  return {
    visits: num(r.visits, 0),
    lastVisitAt: num(r.lastVisitAt, 0),
    ordered: r.ordered === true,
    dismissedAt: typeof r.dismissedAt === 'number' ? r.dismissedAt : null,
    installed: r.installed === true,
  }
}
