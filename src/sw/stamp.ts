import { CACHE_TIME_HEADER } from '../client/pwa/protocol.ts'

/**
 * A copy of the response carrying the time it was stored, so whoever reads it later (the offline
 * badge) can tell how old it is. The Date header would do on our server, but not behind a proxy
 * that caches, and a copy served from the browser's HTTP cache keeps its old Date.
 */
export async function stamp(response: Response, now = Date.now()): Promise<Response> {
  const headers = new Headers(response.headers)
  headers.set(CACHE_TIME_HEADER, String(now))
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers })
}
