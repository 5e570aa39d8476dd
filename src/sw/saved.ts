import { CACHES, imagesIn, type SaveResult } from '../client/pwa/protocol.ts'
import { stamp } from './stamp.ts'

const ALLOWED = /^\/api\/(?:products|pavilions|suppliers|categories|regions)\b/

/** Only the catalogue API, on this origin: a message cannot make the worker store anything else. */
export const savable = (url: unknown): url is string => typeof url === 'string' && url.startsWith('/') && ALLOWED.test(url)

async function json(response: Response | undefined): Promise<unknown> {
  return response ? response.clone().json().catch(() => null) : null
}

/**
 * 离线可用: fetches a page's data fresh from the network, with every picture it shows, into the
 * saved cache, which has no expiry. The runtime routes fall back to it (plugins.ts savedFallback).
 */
export async function save(urls: string[]): Promise<SaveResult> {
  const cache = await caches.open(CACHES.saved)
  const images = new Set<string>()
  let stored = 0
  try {
    for (const url of urls) {
      const response = await fetch(url, { credentials: 'same-origin', cache: 'no-cache' })
      if (!response.ok) return { ok: false, stored }
      imagesIn(await json(response), images)
      await cache.put(url, await stamp(response))
      stored++
    }
    const pictures = await Promise.all(
      [...images].map(async (url) => {
        const response = await fetch(url)
        if (!response.ok) return 0
        await cache.put(url, await stamp(response))
        return 1
      }),
    )
    return { ok: true, stored: stored + pictures.reduce<number>((a, b) => a + b, 0) }
  } catch {
    // Offline or a dropped connection: whatever was stored stays, and the page says it failed.
    return { ok: false, stored }
  }
}

/** Removes saved pages, and their pictures unless another saved page shows them too. */
export async function unsave(urls: string[]): Promise<SaveResult> {
  const cache = await caches.open(CACHES.saved)
  const dropped = new Set<string>()
  for (const url of urls) {
    imagesIn(await json(await cache.match(url, { ignoreVary: true })), dropped)
    await cache.delete(url, { ignoreVary: true })
  }
  const kept = new Set<string>()
  for (const request of await cache.keys()) {
    if (new URL(request.url).pathname.startsWith('/api/')) imagesIn(await json(await cache.match(request)), kept)
  }
  for (const url of dropped) if (!kept.has(url)) await cache.delete(url)
  return { ok: true, stored: 0 }
}
