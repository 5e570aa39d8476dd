import type { FastifyReply, FastifyRequest } from 'fastify'
import { encodedBody, type ResponseCache } from './response-cache.ts'

/**
 * Replies with a cached serialized body (computing it on a miss), compressed when the client accepts
 * it, with an ETag and a short shared max-age so the service worker and the browser can revalidate
 * cheaply; a matching If-None-Match gets a 304.
 */
export function sendCached(
  request: FastifyRequest,
  reply: FastifyReply,
  cache: ResponseCache,
  key: string,
  maxAgeSeconds: number,
  compute: () => unknown,
): void {
  const entry = cache.get(key) ?? cache.set(key, compute())
  reply
    .header('etag', entry.etag)
    .header('cache-control', `public, max-age=${maxAgeSeconds}`)
    .header('vary', 'accept-encoding')
  if (request.headers['if-none-match'] === entry.etag) {
    reply.code(304).send()
    return
  }
  reply.type('application/json; charset=utf-8')
  const { body, encoding } = encodedBody(entry, request.headers['accept-encoding'] ?? '')
  if (encoding) reply.header('content-encoding', encoding)
  reply.send(body)
}
