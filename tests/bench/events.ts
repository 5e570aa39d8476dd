import { request as httpRequest } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { openSeededDatabase } from '../../src/server/seed/bootstrap.ts'
import { parseSeedScale } from '../../src/server/seed/scale.ts'
import { memoryOf, startServer } from './harness.ts'

const XHR = { 'x-requested-with': 'XMLHttpRequest', 'content-type': 'application/json' }

export interface EventsResult {
  clients: number
  connected: number
  received: number
  p50Ms: number
  p95Ms: number
  maxMs: number
  rssIdleMb: number
  rssConnectedMb: number
}

async function logIn(baseUrl: string, username: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/session`, { method: 'POST', headers: XHR, body: JSON.stringify({ username, password: 'demo123' }) })
  const cookie = /sid=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0]
  if (!cookie) throw new Error(`login ${username} failed: ${res.status}`)
  return cookie
}

/** Opens an SSE connection; resolves once the server's `ready` arrives, calls onOrder for each order event. */
function connect(baseUrl: string, cookie: string, onOrder: () => void): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${baseUrl}/api/events`, { headers: { cookie }, agent: false }, (res) => {
      res.setEncoding('utf8')
      let ready = false
      res.on('data', (chunk: string) => {
        if (!ready && chunk.includes('event: ready')) {
          ready = true
          resolve(() => req.destroy())
        }
        if (chunk.includes('event: order')) onOrder()
      })
    })
    req.on('error', reject)
    req.end()
  })
}

/**
 * CLIENTS suppliers' phones hold the event stream open on one server process; a purchaser places
 * an order and every connection must receive it. Prints how many did, how fast, and the memory.
 */
export async function benchEvents(clients = 500): Promise<EventsResult> {
  const dir = mkdtempSync(join(tmpdir(), 'yuncai-bench-events-'))
  const url = `file:${join(dir, 'mall.sqlite')}`
  openSeededDatabase(url, parseSeedScale('2000')).close()
  const server = await startServer({ DATABASE_URL: url })
  try {
    const [supplier, buyer] = [await logIn(server.url, 'supplier1'), await logIn(server.url, 'buyer1')]
    const rssIdleMb = memoryOf(server.process.pid as number).rssMb
    const latencies: number[] = []
    let sentAt = 0
    const closers = await Promise.all(
      Array.from({ length: clients }, () => connect(server.url, supplier, () => latencies.push(performance.now() - sentAt))),
    )
    const rssConnectedMb = memoryOf(server.process.pid as number).rssMb
    const product = (await (await fetch(`${server.url}/api/products?supplierId=1&limit=1`)).json()) as { items: { id: number; priceFen: number }[] }
    const item = product.items[0]
    if (!item) throw new Error('supplier1 has no products')
    sentAt = performance.now()
    const placed = await fetch(`${server.url}/api/orders`, {
      method: 'POST',
      headers: { ...XHR, cookie: buyer, 'idempotency-key': `bench-events-${Date.now()}` },
      body: JSON.stringify({ productId: item.id, quantity: 1, expectedPriceFen: item.priceFen }),
    })
    if (placed.status !== 201) throw new Error(`order failed: ${placed.status} ${await placed.text()}`)
    for (let waited = 0; latencies.length < clients && waited < 10_000; waited += 50) await new Promise((r) => setTimeout(r, 50))
    for (const close of closers) close()
    latencies.sort((a, b) => a - b)
    const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)] ?? 0
    return {
      clients,
      connected: closers.length,
      received: latencies.length,
      p50Ms: at(0.5),
      p95Ms: at(0.95),
      maxMs: latencies[latencies.length - 1] ?? 0,
      rssIdleMb,
      rssConnectedMb,
    }
  } finally {
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await benchEvents(Number(process.env['BENCH_SSE_CLIENTS'] ?? 500)))
}
