import type { WorkboxPlugin } from 'workbox-core/types.js'
import { CACHES, cachedAt } from '../client/pwa/protocol.ts'
import { stamp } from './stamp.ts'
import { record } from './status.ts'

/** Dates every copy a strategy stores (see stamp.ts). Runs after the plugin that rejects non-200s. */
export const stampCopies: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => stamp(response),
}

/**
 * Tells the page whether it got fresh data or a cached copy because the network failed, so the
 * offline badge can say so. Network-first only answers from the cache when the network failed or
 * was too slow, so that is known when it responds; stale-while-revalidate answers from the cache
 * first and only learns whether the network was there when its update finishes.
 */
export function reportSource(strategy: 'network-first' | 'stale-while-revalidate'): WorkboxPlugin {
  const report = (event: ExtendableEvent, request: Request, response: Response, failed: boolean): void => {
    const clientId = 'clientId' in event ? (event as FetchEvent).clientId : ''
    if (!clientId) return
    const time = cachedAt(response)
    const { pathname, search } = new URL(request.url)
    void record(clientId, { url: pathname + search, offline: time !== null && failed, cachedAt: time })
  }
  return {
    fetchDidFail: async ({ state }) => {
      if (state) state['failed'] = true
    },
    handlerWillRespond: async ({ event, request, response }) => {
      if (strategy === 'network-first') report(event, request, response, true)
      return response
    },
    handlerDidComplete: async ({ event, request, response, state }) => {
      if (strategy === 'stale-while-revalidate' && response) report(event, request, response, state?.['failed'] === true)
    },
  }
}

/** When neither the network nor the strategy's own cache has it, what the person saved for offline. */
export const savedFallback: WorkboxPlugin = {
  handlerDidError: async ({ request }) => (await caches.match(request, { cacheName: CACHES.saved, ignoreVary: true })) ?? undefined,
}

/** A saved page stays as fresh as the last time it was seen online. */
export const refreshSaved: WorkboxPlugin = {
  cacheDidUpdate: async ({ request, newResponse }) => {
    const saved = await caches.open(CACHES.saved)
    if (await saved.match(request, { ignoreVary: true })) await saved.put(request, newResponse)
  },
}

/** A 401 means the session is gone: so are the copies of that person's data. */
export const forgetOnSignOut: WorkboxPlugin = {
  fetchDidSucceed: async ({ response }) => {
    if (response.status === 401) await caches.delete(CACHES.user)
    return response
  },
}
