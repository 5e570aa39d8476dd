import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import type { Sql } from '../../src/server/db/sql.ts'
import type { Order } from '../../src/shared/contract/orders.ts'
export { createAppWith } from './helpers.ts'

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
export async function stockProduct(sql: Sql, supplierId: number, stock: number, priceFen = 10_000, skip = 0): Promise<ProductRow> {
  const row = await sql.get<{ id: number }>('SELECT id FROM products WHERE supplier_id = ? ORDER BY id LIMIT 1 OFFSET ?', [supplierId, skip])
  if (!row) throw new Error(`supplier ${supplierId} has fewer than ${skip + 1} products`)
  await sql.run(
    'UPDATE products SET stock = ?, price_fen = ?, reference_price_fen = CASE WHEN reference_price_fen < ? THEN ? ELSE reference_price_fen END WHERE id = ?',
    [stock, priceFen, priceFen, priceFen, row.id],
  )
  return { id: row.id, priceFen, stock, supplierId }
}

export interface PlanRow {
  id: number
  budget_fen: number
  reserved_fen: number
  used_fen: number
}

export function plansOf(sql: Sql, unitId: number): Promise<PlanRow[]> {
  return sql.all<PlanRow>('SELECT id, budget_fen, reserved_fen, used_fen FROM plans WHERE unit_id = ? ORDER BY id', [unitId])
}

/** Adds a procurement plan to the unit and returns its id. */
export async function addPlan(sql: Sql, unitId: number, budgetFen: number): Promise<number> {
  const row = await sql.get<{ id: number }>(
    "INSERT INTO plans (unit_id, code, name, method, year, budget_fen) VALUES (?, 'TEST', '测试计划', '网上超市', 2026, ?) RETURNING id",
    [unitId, budgetFen],
  )
  return (row as { id: number }).id
}

/** Gives the unit exactly these budgets, nothing reserved or used, in plan-id order (extra plans get 0). */
export async function setBudgets(sql: Sql, unitId: number, budgets: number[]): Promise<PlanRow[]> {
  for (let n = (await plansOf(sql, unitId)).length; n < budgets.length; n++) await addPlan(sql, unitId, 0)
  const plans = await plansOf(sql, unitId)
  for (const [i, p] of plans.entries()) {
    await sql.run('UPDATE plans SET reserved_fen = 0, used_fen = 0, budget_fen = ? WHERE id = ?', [budgets[i] ?? 0, p.id])
  }
  return plansOf(sql, unitId)
}

export async function stockOf(sql: Sql, productId: number): Promise<number> {
  return ((await sql.get<{ stock: number }>('SELECT stock FROM products WHERE id = ?', [productId])) as { stock: number }).stock
}

export async function countOrders(sql: Sql): Promise<number> {
  return ((await sql.get<{ n: number }>('SELECT count(*) AS n FROM orders')) as { n: number }).n
}
