import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { buildApp, type AppOptions } from '../../src/server/app.ts'
import type { Db } from '../../src/server/db/database.ts'
import { openSeededDatabase } from '../../src/server/seed/bootstrap.ts'
import { parseSeedScale } from '../../src/server/seed/scale.ts'
import type { Order } from '../../src/shared/contract/orders.ts'
import type { TestApp } from './helpers.ts'

/** What the client's HTTP wrapper sends on every state-changing request. */
export const XHR = { 'x-requested-with': 'XMLHttpRequest' }

export interface Reply<T = unknown> {
  status: number
  body: T
  headers: Record<string, unknown>
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

/** A signed-in (or anonymous, cookie '') caller that sends the CSRF header like the real client. */
export interface Caller {
  cookie: string
  send<T = unknown>(method: Method, url: string, body?: unknown, headers?: Record<string, string>): Promise<Reply<T>>
}

export function caller(app: FastifyInstance, cookie = ''): Caller {
  return {
    cookie,
    async send<T>(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}) {
      const res = await app.inject({
        method,
        url,
        headers: { ...XHR, ...(cookie && { cookie }), ...headers },
        ...(body !== undefined && { payload: body as object }),
      })
      return { status: res.statusCode, body: (res.body ? JSON.parse(res.body) : null) as T, headers: res.headers }
    },
  }
}

/** The name=value part of the session cookie a login set. */
export function sessionCookie(setCookie: unknown): string {
  const header = Array.isArray(setCookie) ? setCookie.join('\n') : String(setCookie ?? '')
  const match = /sid=[^;]+/.exec(header)
  if (!match) throw new Error(`no session cookie in ${header}`)
  return match[0]
}

export async function logIn(app: FastifyInstance, username: string, password = 'demo123'): Promise<Caller> {
  const res = await app.inject({ method: 'POST', url: '/api/session', headers: XHR, payload: { username, password } })
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`)
  return caller(app, sessionCookie(res.headers['set-cookie']))
}

export const newKey = (): string => `k-${randomUUID()}`

export interface PlaceBody {
  productId: number
  quantity: number
  expectedPriceFen: number
  planId?: number
  addressId?: number
}

export function place(c: Caller, body: PlaceBody, key: string = newKey()): Promise<Reply<Order>> {
  return c.send<Order>('POST', '/api/orders', body, { 'idempotency-key': key })
}

export interface ProductRow {
  id: number
  priceFen: number
  stock: number
  supplierId: number
}

/**
 * A product of the given supplier, reset to a known price and stock so a test does not depend on
 * what the seed happened to draw. Each call takes a different product.
 */
export function stockProduct(db: Db, supplierId: number, stock: number, priceFen = 10_000, skip = 0): ProductRow {
  const row = db.prepare('SELECT id FROM products WHERE supplier_id = ? ORDER BY id LIMIT 1 OFFSET ?').get(supplierId, skip) as
    | { id: number }
    | undefined
  if (!row) throw new Error(`supplier ${supplierId} has fewer than ${skip + 1} products`)
  db.prepare('UPDATE products SET stock = ?, price_fen = ?, reference_price_fen = max(reference_price_fen, ?) WHERE id = ?').run(
    stock,
    priceFen,
    priceFen,
    row.id,
  )
  return { id: row.id, priceFen, stock, supplierId }
}

export interface PlanRow {
  id: number
  budget_fen: number
  reserved_fen: number
  used_fen: number
}

export function plansOf(db: Db, unitId: number): PlanRow[] {
  return db.prepare('SELECT id, budget_fen, reserved_fen, used_fen FROM plans WHERE unit_id = ? ORDER BY id').all(unitId) as PlanRow[]
}

/** Adds a procurement plan to the unit and returns its id. */
export function addPlan(db: Db, unitId: number, budgetFen: number): number {
  const { lastInsertRowid } = db
    .prepare("INSERT INTO plans (unit_id, code, name, method, year, budget_fen) VALUES (?, 'TEST', '测试计划', '网上超市', 2026, ?)")
    .run(unitId, budgetFen)
  return Number(lastInsertRowid)
}

/** Gives the unit exactly these budgets, nothing reserved or used, in plan-id order (extra plans get 0). */
export function setBudgets(db: Db, unitId: number, budgets: number[]): PlanRow[] {
  for (let n = plansOf(db, unitId).length; n < budgets.length; n++) addPlan(db, unitId, 0)
  const plans = plansOf(db, unitId)
  plans.forEach((p, i) => db.prepare('UPDATE plans SET reserved_fen = 0, used_fen = 0, budget_fen = ? WHERE id = ?').run(budgets[i] ?? 0, p.id))
  return plansOf(db, unitId)
}

export function stockOf(db: Db, productId: number): number {
  return (db.prepare('SELECT stock FROM products WHERE id = ?').get(productId) as { stock: number }).stock
}

export function countOrders(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM orders').get() as { n: number }).n
}

/** Like createTestApp, with app options (order limit, login limit, session TTL) set by the test. */
export async function createAppWith(options: Omit<AppOptions, 'db'>, products = 600): Promise<TestApp> {
  const db = openSeededDatabase('file::memory:', parseSeedScale(String(products)))
  const app = await buildApp({ distDir: '/nonexistent', ...options, db })
  await app.ready()
  return {
    app,
    db,
    async close() {
      await app.close()
      db.close()
    },
  }
}
