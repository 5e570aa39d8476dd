import { pavilionBanner, pavilionPath } from '../lib/pavilion.ts'

function preload(href: string, as: 'image' | 'fetch'): void {
  const link = document.createElement('link')
  link.rel = 'preload'
  link.as = as
  link.href = href
  // A fetch() consumes a preloaded response only if their modes match: fetch is always CORS.
  if (as === 'fetch') link.crossOrigin = 'anonymous'
  else link.fetchPriority = 'high'
  document.head.append(link)
}

/**
 * A pavilion's banner is its page's largest paint, and its URL follows from the id. Asking for
 * it, and for the pavilion, as the route is entered lets both travel alongside the page's code,
 * instead of starting only once that code has arrived and run. On a cold start nothing holds the
 * pavilion yet, so its request is preloaded for the page's own fetch to pick up; later, the store
 * (loaded by then) knows whether its copy is still fresh and asks only when it is not.
 */
export function warmPavilion(id: string, coldStart: boolean): void {
  preload(pavilionBanner(id), 'image')
  if (coldStart) preload(`/api${pavilionPath(id)}`, 'fetch')
  else void import('../stores/pavilions.ts').then((stores) => stores.usePavilionsStore().loadDetail(id))
}
