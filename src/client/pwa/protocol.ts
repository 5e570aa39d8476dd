import type { Order } from '../../shared/contract/orders.ts'

/**
 * What the page and the service worker (src/sw) agree on: cache names, the header that dates a
 * cached copy, the Background Sync tag and the messages they exchange. Both sides import this file,
 * so it imports nothing but types.
 */
export const CACHES = {
  /** Categories, regions, pavilions, suppliers and product detail (stale-while-revalidate). */
  catalogue: 'yc-catalogue-v1',
  /** Product lists and search suggestions (network-first). */
  lists: 'yc-lists-v1',
  /** /api/me and the caller's orders: per user, emptied whenever the session changes. */
  user: 'yc-user-v1',
  images: 'yc-images-v1',
  /** What the person saved for offline (离线可用): no expiry, only they remove it. */
  saved: 'yc-saved-v1',
} as const

/** Added by the worker to every copy it stores: when it was fetched, in epoch milliseconds. */
export const CACHE_TIME_HEADER = 'x-sw-cache-time'

/** One API response the worker answered: from the network, or a cached copy because the network failed. */
export interface CacheStatus {
  url: string
  /** True when the page got a cached copy because the network could not be reached in time. */
  offline: boolean
  /** When that cached copy was fetched (epoch ms); null for a network answer. */
  cachedAt: number | null
}

export type WorkerMessage =
  | { type: 'yc:cache-status'; statuses: CacheStatus[] }
  /**
   * The worker replayed the offline order queue (Background Sync): what it placed, and how many
   * entries it left for the page to send and explain (a refusal, or no answer).
   */
  | { type: 'yc:queue-replayed'; placed: { title: string; order: Order }[]; left: number }

export type PageMessage =
  | { type: 'SKIP_WAITING' }
  | { type: 'yc:cache-status?' }
  | { type: 'yc:save'; urls: string[] }
  | { type: 'yc:unsave'; urls: string[] }

/** The reply to yc:save and yc:unsave, through the message's port. */
export interface SaveResult {
  ok: boolean
  /** How many responses (data and pictures) are now stored for offline use. */
  stored: number
}

/** When a stored response was fetched, or null when it came straight from the network. */
export function cachedAt(response: Response): number | null {
  const value = Number(response.headers.get(CACHE_TIME_HEADER))
  return Number.isFinite(value) && value > 0 ? value : null
}

/** Every picture a JSON payload refers to (/images/…), for saving a page with its pictures. */
export function imagesIn(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (value.startsWith('/images/')) found.add(value)
  } else if (Array.isArray(value)) {
    for (const item of value) imagesIn(item, found)
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) imagesIn(item, found)
  }
  return found
}
