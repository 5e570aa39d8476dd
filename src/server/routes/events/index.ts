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
    let sent = lastEventId ?? app.orderFeed.currentId()
    const send = (event: FeedEvent): void => {
      if (event.id <= sent) return // already replayed
      sent = event.id
      const data = { orderId: event.orderId, action: event.action, status: event.status, at: event.at }
      res.write(`id: ${event.id}\nevent: order\ndata: ${JSON.stringify(data)}\n\n`)
    }
    res.write(`retry: 3000\nid: ${sent}\nevent: ready\ndata: {}\n\n`)
    if (lastEventId !== null) for (const event of app.orderFeed.since(party, lastEventId)) send(event)
    const unsubscribe = app.orderFeed.subscribe(party, send)
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS)
    request.raw.on('close', () => {
      clearInterval(heartbeat)
      unsubscribe()
    })
  })
}

export default eventRoutes
