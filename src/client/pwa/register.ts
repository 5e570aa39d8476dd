import { Workbox } from 'workbox-window'
import type { UpdateFlow } from './update-flow.ts'

const HOUR = 60 * 60 * 1000
/** What a first visit fetched before the worker existed, and the worker caches at run time. */
const WARM = /^\/(?:api\/(?:categories|regions|pavilions|suppliers|products|search\/suggest)\b|images\/)/

/** The catalogue data and pictures this page has loaded so far (the Resource Timing list). */
function loadedUrls(): string[] {
  const urls = performance.getEntriesByType('resource').map((entry) => new URL(entry.name, location.href))
  return [...new Set(urls.filter((u) => u.origin === location.origin && WARM.test(u.pathname)).map((u) => u.pathname + u.search))]
}

/**
 * Registers /sw.js through workbox-window and feeds the update prompt: a new worker waiting means
 * 新版本可用; taking control after the person accepted means reload. Checks for a new release
 * hourly, and when the app comes back to the foreground after an hour or more (phones freeze
 * timers in the background).
 */
export function registerServiceWorker(flow: UpdateFlow): Workbox | undefined {
  if (!('serviceWorker' in navigator)) return undefined
  const wb = new Workbox('/sw.js', { scope: '/' })
  let controlled = !!navigator.serviceWorker.controller

  wb.addEventListener('waiting', () => flow.found())
  wb.addEventListener('controlling', () => {
    if (controlled) return flow.controlling()
    // The first install claimed this page (clients.claim): nothing to reload, but what the page
    // loaded before is not cached yet; the worker fetches it now so this visit works offline.
    controlled = true
    void wb.messageSW({ type: 'CACHE_URLS', payload: { urlsToCache: loadedUrls() } }).catch(() => undefined)
  })
  // Registration fails in some private modes; the app works as a plain web page then.
  void wb.register().catch(() => undefined)

  let lastCheck = Date.now()
  const check = (): void => {
    lastCheck = Date.now()
    // Offline, or the server is down: the next check will do.
    void wb.update().catch(() => undefined)
  }
  setInterval(check, HOUR)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && Date.now() - lastCheck >= HOUR) check()
  })
  return wb
}
