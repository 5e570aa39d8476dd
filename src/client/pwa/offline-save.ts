import { CACHES, type PageMessage, type SaveResult } from './protocol.ts'

const FAILED: SaveResult = { ok: false, stored: 0 }
/** Saving fetches every picture of a pavilion; on a slow line that takes a while, but not forever. */
const TIMEOUT_MS = 60_000

/** True when the browser can keep pages for offline use: a service worker controls the page. */
export function canSaveOffline(): boolean {
  return typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller && typeof caches !== 'undefined'
}

function ask(message: PageMessage): Promise<SaveResult> {
  const worker = navigator.serviceWorker?.controller
  if (!worker) return Promise.resolve(FAILED)
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    const timer = setTimeout(() => resolve(FAILED), TIMEOUT_MS)
    channel.port1.onmessage = (event: MessageEvent<SaveResult>) => {
      clearTimeout(timer)
      resolve(event.data)
    }
    worker.postMessage(message, [channel.port2])
  })
}

/** 离线可用: the worker fetches these API URLs and every picture they show into the saved cache. */
export function saveForOffline(urls: string[]): Promise<SaveResult> {
  return ask({ type: 'yc:save', urls })
}

export function removeFromOffline(urls: string[]): Promise<SaveResult> {
  return ask({ type: 'yc:unsave', urls })
}

/** Whether every one of these URLs is saved for offline use. */
export async function isSavedOffline(urls: string[]): Promise<boolean> {
  if (typeof caches === 'undefined' || !urls.length) return false
  try {
    const cache = await caches.open(CACHES.saved)
    const hits = await Promise.all(urls.map((url) => cache.match(url, { ignoreVary: true })))
    return hits.every(Boolean)
  } catch {
    // Storage blocked (some private modes): nothing is saved.
    return false
  }
}
