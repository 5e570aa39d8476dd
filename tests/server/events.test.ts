import { request as httpRequest, type IncomingMessage } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestApp } from './helpers.ts'
import { createAppWith, logIn, place, stockProduct, type Caller } from './accounts.ts'

interface Received {
  id: string
  event: string
  data: Record<string, unknown>
}

/** An open SSE connection that collects what arrives. */
interface Stream {
  events: Received[]
  status: number
  waitFor(predicate: (e: Received) => boolean, ms?: number): Promise<Received>
  close(): void
}

let t: TestApp
let base: string
let buyer1: Caller
let supplier1: Caller
let supplier2: Caller
let next = 0

beforeAll(async () => {
  t = await createAppWith({})
  base = await t.app.listen({ port: 0, host: '127.0.0.1' })
  ;[buyer1, supplier1, supplier2] = await Promise.all([logIn(t.app, 'buyer1'), logIn(t.app, 'supplier1'), logIn(t.app, 'supplier2')])
})
afterAll(() => t.close())

function open(cookie: string, lastEventId?: string): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const events: Received[] = []
    const waiters: { predicate: (e: Received) => boolean; done: (e: Received) => void }[] = []
    const req = httpRequest(`${base}/api/events`, { headers: { cookie, ...(lastEventId && { 'last-event-id': lastEventId }) } }, (res: IncomingMessage) => {
      let buffer = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        buffer += chunk
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const field = (name: string) => block.split('\n').find((l) => l.startsWith(`${name}:`))?.slice(name.length + 1).trim()
          const data = field('data')
          if (data === undefined) continue
          const received = { id: String(field('id') ?? ''), event: String(field('event') ?? 'message'), data: JSON.parse(String(data)) }
          events.push(received)
          for (const w of [...waiters]) if (w.predicate(received)) w.done(received)
        }
      })
      resolve({
        events,
        status: res.statusCode ?? 0,
        waitFor(predicate, ms = 5000) {
          const seen = events.find(predicate)
          if (seen) return Promise.resolve(seen)
          return new Promise((done, fail) => {
            const timer = setTimeout(() => fail(new Error('event did not arrive')), ms)
            waiters.push({ predicate, done: (e) => (clearTimeout(timer), done(e)) })
          })
        },
        close: () => req.destroy(),
      })
    })
    req.on('error', reject)
    req.end()
  })
}

const orderEvent = (orderId: number, status: string) => (e: Received) => e.event === 'order' && e.data['orderId'] === orderId && e.data['status'] === status

describe('the order event stream', () => {
  it('requires a login', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/events' })
    expect(res.statusCode).toBe(401)
  })

  it('delivers a placed order to its supplier and the purchaser, and to no other supplier', async () => {
    const [s1, s2, b1] = await Promise.all([open(supplier1.cookie), open(supplier2.cookie), open(buyer1.cookie)])
    expect(s1.status).toBe(200)
    const p = (await stockProduct(t.sql, 1, 10, 5_000, next++))
    const order = (await place(buyer1, { productId: p.id, quantity: 1, expectedPriceFen: p.priceFen })).body
    await s1.waitFor(orderEvent(order.id, 'pending'))
    await b1.waitFor(orderEvent(order.id, 'pending'))
    await supplier1.send('POST', `/api/orders/${order.id}/confirm`)
    await b1.waitFor(orderEvent(order.id, 'confirmed'))
    expect(s2.events.filter((e) => e.event === 'order')).toEqual([])
    for (const s of [s1, s2, b1]) s.close()
  })

  it('replays what a client missed when it reconnects with Last-Event-ID', async () => {
    const first = await open(supplier1.cookie)
    const ready = await first.waitFor((e) => e.event === 'ready')
    first.close()
    const p = (await stockProduct(t.sql, 1, 10, 5_000, next++))
    const missed = (await place(buyer1, { productId: p.id, quantity: 1, expectedPriceFen: p.priceFen })).body
    await supplier1.send('POST', `/api/orders/${missed.id}/reject`, { reason: '库存不足' })
    const again = await open(supplier1.cookie, ready.id)
    await again.waitFor(orderEvent(missed.id, 'pending'))
    await again.waitFor(orderEvent(missed.id, 'rejected'))
    const ids = again.events.filter((e) => e.event === 'order').map((e) => Number(e.id))
    expect([...ids].sort((a, b) => a - b)).toEqual(ids)
    expect(new Set(ids).size).toBe(ids.length)
    again.close()
  })
})
