import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify'
import { encodedBody, type CachedBody, type ResponseCache } from './response-cache.ts'

/**
 * Replies with a cached body: compressed when the client accepts it, with an ETag and a short shared
 * max-age so the service worker and the browser can revalidate cheaply; a matching If-None-Match
 * gets a 304.
 */
function serve(request: FastifyRequest, reply: FastifyReply, entry: CachedBody): void {
  reply.headers(entry.headers)
  if (request.headers['if-none-match'] === entry.etag) {
    reply.code(304).send()
    return
  }
  const { body, encoding } = encodedBody(entry, request.headers['accept-encoding'] ?? '')
  if (encoding) reply.header('content-encoding', encoding)
  reply.send(body)
}

/**
 * A route hook that answers a repeated catalogue read from the cache before validation and the
 * handler run. Entries are keyed by the request URL: the same URL always means the same answer.
 */
export function fromCache(cache: ResponseCache): onRequestHookHandler {
  return (request, reply, done) => {
    const entry = cache.get(request.url)
    if (entry) serve(request, reply, entry)
    else done()
  }
}

/** Computes a catalogue read, caches it under the request URL, and replies with it. */
export async function sendCached(
  request: FastifyRequest,
  reply: FastifyReply,
  cache: ResponseCache,
  maxAgeSeconds: number,
  compute: () => unknown,
): Promise<void> {
  const value = cache.get(request.url) ? undefined : await compute()
  serve(request, reply, cache.get(request.url) ?? cache.set(request.url, value, `public, max-age=${maxAgeSeconds}`))
}
