import { PrecacheController, PrecacheRoute, type PrecacheEntry } from 'workbox-precaching'
import { NavigationRoute, Router } from 'workbox-routing'
import { CACHES, type PageMessage } from '../client/pwa/protocol.ts'
import { registerRuntimeRoutes } from './routes.ts'
import { save, savable, unsave } from './saved.ts'
import { replay as replayStatuses } from './status.ts'
import { handleOrderSync } from './orders.ts'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] }

// The shell: scripts, styles and index.html of this build, listed by vite-plugin-pwa at build time.
const precache = new PrecacheController()
precache.addToCacheList(self.__WB_MANIFEST)
const router = new Router()
// '/' is answered with the precached index.html too (the route's directoryIndex).
router.registerRoute(new PrecacheRoute(precache))
// Every client route renders from the cached shell, online or not; the API, pictures and files
// (sw.js, robots.txt, the manifest) are not pages. The lists match path and query together, so the
// file test stops at the '?' (a search for "a4.pdf" is still a page).
router.registerRoute(
  new NavigationRoute(precache.createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//, /^\/images\//, /^[^?]*\.[a-z0-9]+(?:\?|$)/i] }),
)
registerRuntimeRoutes(router)
router.addFetchListener()
// The page sends what it fetched before this worker controlled it, so a first visit is already
// available offline (register.ts, after the first install).
router.addCacheListener()

self.addEventListener('install', (event) => {
  // A new version waits until the person accepts the 新版本可用 prompt (SKIP_WAITING below).
  event.waitUntil(precache.install(event))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(precache.activate(event).then(() => self.clients.claim()))
})

// Signing in or out changes whose /api/me and orders these are. The request itself goes to the
// network untouched (no respondWith); only the per-user copies are dropped.
self.addEventListener('fetch', (event) => {
  const { pathname } = new URL(event.request.url)
  if (pathname === '/api/session' && event.request.method !== 'GET') event.waitUntil(caches.delete(CACHES.user))
})

self.addEventListener('message', (event) => {
  const message = event.data as PageMessage | null
  const source = event.source as Client | null
  switch (message?.type) {
    case 'SKIP_WAITING':
      void self.skipWaiting()
      break
    case 'yc:cache-status?':
      if (source) event.waitUntil(replayStatuses(source.id))
      break
    case 'yc:save':
    case 'yc:unsave': {
      const urls = Array.isArray(message.urls) ? message.urls.filter(savable) : []
      const done = message.type === 'yc:save' ? save(urls) : unsave(urls)
      event.waitUntil(done.then((result) => event.ports[0]?.postMessage(result)))
      break
    }
  }
})

handleOrderSync()
