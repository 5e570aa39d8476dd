import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import Database from 'better-sqlite3'
import { openSeededDatabase } from '../../src/server/seed/bootstrap.ts'
import { parseSeedScale } from '../../src/server/seed/scale.ts'
import { loadRequests, startServer, type LoadResult } from './harness.ts'

const XHR = { 'x-requested-with': 'XMLHttpRequest', 'content-type': 'application/json' }

/** Seeds a throwaway demo database and gives buyer1 room for every order the run can place. */
function prepareDatabase(url: string): { id: number; priceFen: number }[] {
  const db = openSeededDatabase(url, parseSeedScale(process.env['BENCH_ORDER_SCALE'] ?? 'demo'))
  // The bench measures placement, not refusals: budgets and stocks no run can exhaust.
  db.prepare('UPDATE plans SET budget_fen = 1000000000000000 WHERE unit_id = 1').run()
  const products = db
    .prepare('SELECT id, price_fen AS priceFen FROM products WHERE supplier_id IN (1, 2) AND price_fen <= 1000000 ORDER BY id LIMIT 20')
    .all() as { id: number; priceFen: number }[]
  const restock = db.prepare('UPDATE products SET stock = 1000000000 WHERE id = ?')
  for (const p of products) restock.run(p.id)
  db.close()
  return products
}

async function logIn(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: XHR,
    body: JSON.stringify({ username: 'buyer1', password: 'demo123' }),
  })
  const cookie = /sid=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0]
  if (!cookie) throw new Error(`login failed: ${res.status}`)
  return cookie
}

/** An acknowledged order that is not in the database would be a lost order, not a slow one. */
function assertEveryAcknowledgedOrderStored(url: string, acknowledged: number): void {
  const db = new Database(url.slice('file:'.length), { readonly: true })
  const stored = (db.prepare('SELECT count(*) AS n FROM orders').get() as { n: number }).n
  db.close()
  // Requests cut off when the run ends may have committed without their answer arriving, never the reverse.
  if (stored < acknowledged) throw new Error(`${acknowledged} orders acknowledged but only ${stored} stored`)
}

/**
 * Order placement under 50 connections on the demo database: buyer1 one-tap orders 20 products in
 * turn, every request with a fresh Idempotency-Key, so each one is a real placement that checks and
 * reserves stock and budget. Afterwards every acknowledged order must be in the database.
 */
export async function benchOrders(seconds: number): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'yuncai-bench-orders-'))
  const url = `file:${join(dir, 'mall.sqlite')}`
  try {
    const products = prepareDatabase(url)
    const server = await startServer({ DATABASE_URL: url })
    let running = true
    try {
      const cookie = await logIn(server.url)
      const run = randomUUID().slice(0, 8)
      let n = 0
      const request = {
        method: 'POST' as const,
        path: '/api/orders',
        headers: { ...XHR, cookie },
        setupRequest: (req: object) => {
          const product = products[n % products.length] as { id: number; priceFen: number }
          n++
          return {
            ...req,
            headers: { ...XHR, cookie, 'idempotency-key': `bench-${run}-${n}` },
            body: JSON.stringify({ productId: product.id, quantity: 1, expectedPriceFen: product.priceFen }),
          }
        },
      }
      const warm = await loadRequests('warm-up', server.url, [request], 2)
      const result = await loadRequests('POST /api/orders (fresh key each)', server.url, [request], seconds)
      await server.stop()
      running = false
      assertEveryAcknowledgedOrderStored(url, warm.requests - warm.non2xx + result.requests - result.non2xx)
      return result
    } finally {
      if (running) await server.stop()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await benchOrders(Number(process.env['BENCH_SECONDS'] ?? 10)))
}
