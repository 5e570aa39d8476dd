import type { OutgoingHttpHeaders } from 'node:http'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { authenticated, requireUser } from '../../auth/guards.ts'
import type { FeedEvent, Party } from '../../lib/order-feed.ts'

const HEARTBEAT_MS = 25_000

const QuerySchema = Type.Object({ lastEventId: Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER })) })

function parseLastEventId(header: string | string[] | undefined, query: number | undefined): number | null {
  const raw = Array.isArray(header) ? header[0] : header
  if (raw !== undefined && /^\d{1,15}$/.test(raw.trim())) return Number(raw.trim())
  return query ?? null
}

/**
 * GET /api/events: Server-Sent Events of the caller's order changes. A client that reconnects sends
 * Last-Event-ID (EventSource does so by itself) and first receives what it missed.
 */
const eventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/events', { onRequest: authenticated, schema: { querystring: QuerySchema } }, (request, reply) => {
    const user = requireUser(request)
    const party: Party = user.role === 'purchaser' ? { unitId: user.unitId as number } : { supplierId: user.supplierId as number }
    const lastEventId = parseLastEventId(request.headers['last-event-id'], request.query.lastEventId)

    reply.hijack()
    const res = reply.raw
    res.writeHead(200, {
      // hijack() bypasses Fastify's reply, so the security headers the hooks set are carried over here.
      ...(reply.getHeaders() as OutgoingHttpHeaders),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-content-type-options': 'nosniff',
    })
    let closed = false
    let unsubscribe = (): void => {}
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS)
    request.raw.on('close', () => {
      closed = true
      clearInterval(heartbeat)
      unsubscribe()
    })
    const send = (event: FeedEvent): void => {
      const data = { orderId: event.orderId, action: event.action, status: event.status, at: event.at }
      res.write(`id: ${event.id}\nevent: order\ndata: ${JSON.stringify(data)}\n\n`)
    }
    const start = async (): Promise<void> => {
      // Live events are held until the client knows where it stands (and has what it missed), then
      // go out unless the replay already had them.
      let held: FeedEvent[] | null = []
      const stop = await app.orderFeed.subscribe(party, (event) => (held ? held.push(event) : send(event)))
      if (closed) return stop()
      unsubscribe = stop
      res.write(`retry: 3000\nid: ${lastEventId ?? (await app.orderFeed.currentId())}\nevent: ready\ndata: {}\n\n`)
      const replayed = new Set<number>()
      if (lastEventId !== null) {
        for (const event of await app.orderFeed.since(party, lastEventId)) {
          replayed.add(event.id)
          send(event)
        }
      }
      for (const event of held) if (!replayed.has(event.id)) send(event)
      held = null
    }
    start().catch((error: unknown) => {
      request.log.error(error)
      res.end()
    })
  })
}

export default eventRoutes
