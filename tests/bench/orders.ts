import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type autocannon from 'autocannon'
import type { Sql } from '../../src/server/db/sql.ts'
import { SqliteSql } from '../../src/server/db/sqlite-sql.ts'
import { openSeededDatabase } from '../../src/server/seed/bootstrap.ts'
import { parseSeedScale } from '../../src/server/seed/scale.ts'
import { loadRequests, startServer, type LoadResult } from './harness.ts'

const XHR = { 'x-requested-with': 'XMLHttpRequest', 'content-type': 'application/json' }

export interface Orderable {
  id: number
  priceFen: number
}

/**
 * Gives the first `units` units room for every order a run can place and returns the products they
 * order (`count` of them, chosen by `which`): the bench measures placement, not refusals, so budgets
 * and stocks no run can exhaust.
 */
export async function prepareForOrders(sql: Sql, units = 1, count = 20, which = 'supplier_id IN (1, 2)'): Promise<Orderable[]> {
  await sql.run('UPDATE plans SET budget_fen = 1000000000000000 WHERE unit_id <= ?', [units])
  const products = await sql.all<Orderable>(
    `SELECT id, price_fen AS "priceFen" FROM products WHERE ${which} AND price_fen <= 1000000 ORDER BY id LIMIT ?`,
    [count],
  )
  await sql.run(`UPDATE products SET stock = 1000000000 WHERE id IN (${products.map((p) => p.id).join(', ')})`)
  return products
}

export async function logIn(baseUrl: string, username = 'buyer1', password = 'demo123'): Promise<string> {
  const res = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: XHR,
    body: JSON.stringify({ username, password }),
  })
  const cookie = /sid=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0]
  if (!cookie) throw new Error(`login failed: ${res.status}`)
  return cookie
}

/**
 * One-tap orders of the products in turn, by the signed-in buyers in turn, every request with a fresh
 * Idempotency-Key.
 */
export function orderRequest(cookies: string | readonly string[], products: readonly Orderable[]): autocannon.Request {
  const buyers = typeof cookies === 'string' ? [cookies] : cookies
  const run = randomUUID().slice(0, 8)
  let n = 0
  return {
    method: 'POST',
    path: '/api/orders',
    headers: XHR,
    setupRequest: (req) => {
      const product = products[n % products.length] as Orderable
      const cookie = buyers[n % buyers.length] as string
      n++
      return {
        ...req,
        headers: { ...XHR, cookie, 'idempotency-key': `bench-${run}-${n}` },
        body: JSON.stringify({ productId: product.id, quantity: 1, expectedPriceFen: product.priceFen }),
      }
    },
  }
}

/** An acknowledged order that is not in the database would be a lost order, not a slow one. */
export async function assertEveryAcknowledgedOrderStored(sql: Sql, before: number, acknowledged: number): Promise<void> {
  const stored = ((await sql.get<{ n: number }>('SELECT count(*) AS n FROM orders')) as { n: number }).n - before
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
  const sql = new SqliteSql(openSeededDatabase(url, parseSeedScale(process.env['BENCH_ORDER_SCALE'] ?? 'demo')))
  try {
    const products = await prepareForOrders(sql)
    const server = await startServer({ DATABASE_URL: url })
    try {
      const request = orderRequest(await logIn(server.url), products)
      const warm = await loadRequests('warm-up', server.url, [request], 2)
      const result = await loadRequests('POST /api/orders (fresh key each)', server.url, [request], seconds)
      await assertEveryAcknowledgedOrderStored(sql, 0, warm.requests - warm.non2xx + result.requests - result.non2xx)
      return result
    } finally {
      await server.stop()
    }
  } finally {
    await sql.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await benchOrders(Number(process.env['BENCH_SECONDS'] ?? 10)))
}
