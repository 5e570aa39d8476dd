/**
 * A lazily loaded chunk that fails to arrive (offline before the service worker held it, or a release
 * replaced it) must not reach App.vue's error boundary, which would put a crash notice over a page
 * that works: the load waits, and is tried again when the connection returns.
 */
export function retryWhenOnline<T>(load: () => Promise<T>): Promise<T> {
  return load().catch(
    () => new Promise<T>((resolve) => window.addEventListener('online', () => resolve(retryWhenOnline(load)), { once: true })),
  )
}
