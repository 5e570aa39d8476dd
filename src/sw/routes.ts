import type { RouteMatchCallback } from 'workbox-core/types.js'
import { Route, type Router } from 'workbox-routing'
import { CacheFirst, NetworkFirst, StaleWhileRevalidate, type Strategy } from 'workbox-strategies'
import { CacheableResponsePlugin } from 'workbox-cacheable-response'
import { ExpirationPlugin } from 'workbox-expiration'
import { CACHES } from '../client/pwa/protocol.ts'
import { forgetOnSignOut, refreshSaved, reportSource, savedFallback, stampCopies } from './plugins.ts'

const DAY = 24 * 60 * 60
/** Only complete answers are kept: an error or a 304 must never stand in for the data offline. */
const onlyOk = () => new CacheableResponsePlugin({ statuses: [200] })
/** Every runtime cache is bounded and is the first thing dropped when the origin runs out of quota. */
const bounded = (maxEntries: number, days: number) => new ExpirationPlugin({ maxEntries, maxAgeSeconds: days * DAY, purgeOnQuotaError: true })
// API responses vary on Accept-Encoding, which the browser adds below the Cache API: ignore it.
const matchOptions = { ignoreVary: true }
// This worker is the app's cache. Its network requests revalidate with the server (a 304 on an
// unchanged ETag) instead of taking the HTTP cache's copy, so "network first" means the network,
// and a copy shown offline is always known as such.
const fetchOptions: RequestInit = { cache: 'no-cache' }

const api = (pattern: RegExp): RouteMatchCallback => ({ url, sameOrigin }) => sameOrigin && pattern.test(url.pathname)
const images: RouteMatchCallback = ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/images/')

/**
 * The runtime caching policy of DESIGN.md ("Offline and caching policy"). Anything not matched here
 * goes to the network untouched: sessions, every POST (routes match GET only) and /api/events,
 * whose stream must never sit behind the worker.
 */
export function registerRuntimeRoutes(router: Router): void {
  const add = (match: RouteMatchCallback, handler: Strategy): void => router.registerRoute(new Route(match, handler))

  // Categories, regions, pavilions, suppliers and product detail change rarely: answer at once
  // from the cache and refresh it behind the scenes.
  add(
    api(/^\/api\/(?:categories|regions|pavilions(?:\/[\w-]+)?|suppliers\/\d+|products\/\d+)$/),
    new StaleWhileRevalidate({
      cacheName: CACHES.catalogue,
      matchOptions,
      fetchOptions,
      plugins: [onlyOk(), stampCopies, bounded(300, 7), reportSource('stale-while-revalidate'), savedFallback, refreshSaved],
    }),
  )

  // Lists and suggestions must be current (prices, stock): the network first, the last copy when
  // the network is gone or slower than 3 s.
  add(
    api(/^\/api\/(?:products|search\/suggest)$/),
    new NetworkFirst({
      cacheName: CACHES.lists,
      networkTimeoutSeconds: 3,
      matchOptions,
      fetchOptions,
      plugins: [onlyOk(), stampCopies, bounded(120, 3), reportSource('network-first'), savedFallback, refreshSaved],
    }),
  )

  // The person and their orders: the network first; a cached copy is shown as offline data.
  add(
    api(/^\/api\/(?:me|orders(?:\/\d+)?)$/),
    new NetworkFirst({
      cacheName: CACHES.user,
      networkTimeoutSeconds: 3,
      matchOptions,
      fetchOptions,
      plugins: [forgetOnSignOut, onlyOk(), stampCopies, bounded(60, 7), reportSource('network-first')],
    }),
  )

  // Product pictures never change (immutable URLs) and pavilion banners rarely do.
  add(
    images,
    new CacheFirst({
      cacheName: CACHES.images,
      plugins: [onlyOk(), stampCopies, bounded(400, 30), savedFallback],
    }),
  )
}
