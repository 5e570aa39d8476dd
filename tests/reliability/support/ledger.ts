import type { Db } from '../../../src/server/db/database.ts'

/** Stock of the products a test orders from, as it was before any order. */
export type StockBaseline = Map<number, number>

export interface Stocked {
  id: number
  priceFen: number
  supplierId: number
}

/** Gives `count` products of a supplier a known price and stock (different products per `skip`). */
export function stockProducts(
  db: Db,
  supplierId: number,
  count: number,
  stock: number,
  priceFen: (i: number) => number,
  skip = 0,
): Stocked[] {
  const ids = db
    .prepare('SELECT id FROM products WHERE supplier_id = ? ORDER BY id LIMIT ? OFFSET ?')
    .all(supplierId, count, skip) as { id: number }[]
  if (ids.length < count) throw new Error(`supplier ${supplierId} has fewer than ${skip + count} products`)
  return ids.map(({ id }, i) => {
    const price = priceFen(i)
    db.prepare(
      'UPDATE products SET stock = ?, price_fen = ?, reference_price_fen = max(reference_price_fen, ?) WHERE id = ?',
    ).run(stock, price, price, id)
    return { id, priceFen: price, supplierId }
  })
}

/** Sets a unit's plans to these budgets with nothing reserved or used; returns the plan ids. */
export function setBudgets(db: Db, unitId: number, budgets: number[]): number[] {
  const ids = (db.prepare('SELECT id FROM plans WHERE unit_id = ? ORDER BY id').all(unitId) as { id: number }[]).map(
    (p) => p.id,
  )
  for (let n = ids.length; n < budgets.length; n++) {
    const { lastInsertRowid } = db
      .prepare(
        "INSERT INTO plans (unit_id, code, name, method, year, budget_fen) VALUES (?, ?, '可靠性测试计划', '网上超市', 2026, 0)",
      )
      .run(unitId, `REL-${unitId}-${n}`)
    ids.push(Number(lastInsertRowid))
  }
  ids.forEach((id, i) =>
    db.prepare('UPDATE plans SET reserved_fen = 0, used_fen = 0, budget_fen = ? WHERE id = ?').run(budgets[i] ?? 0, id),
  )
  return ids
}

export function stockBaseline(db: Db, productIds: number[]): StockBaseline {
  return new Map(
    productIds.map((id) => [
      id,
      (db.prepare('SELECT stock FROM products WHERE id = ?').get(id) as { stock: number }).stock,
    ]),
  )
}

export interface Reconciliation {
  /** Products that sold more than they had, or whose stock went below zero. */
  oversells: number
  /** Plans whose reserved and used budget exceed the budget. */
  overspends: number
  /** Every product and plan whose numbers differ from what its orders add up to. */
  mismatches: string[]
}

const LIVE = "status NOT IN ('withdrawn', 'rejected')"

/**
 * Checks the stored ledger against the orders: each product's stock fell by exactly the quantities
 * of its live (not withdrawn or rejected) orders, and each plan holds exactly the totals of its live
 * orders, reserved until acceptance and used after. Works on a database with no orders before the test.
 */
export function reconcile(db: Db, baseline: StockBaseline): Reconciliation {
  const result: Reconciliation = { oversells: 0, overspends: 0, mismatches: [] }
  for (const [id, initial] of baseline) {
    const { stock } = db.prepare('SELECT stock FROM products WHERE id = ?').get(id) as { stock: number }
    const { live } = db
      .prepare(`SELECT coalesce(sum(quantity), 0) AS live FROM orders WHERE product_id = ? AND ${LIVE}`)
      .get(id) as { live: number }
    if (live > initial || stock < 0) result.oversells++
    if (stock !== initial - live) result.mismatches.push(`product ${id}: stock ${stock}, expected ${initial} - ${live}`)
  }
  const plans = db.prepare('SELECT id, budget_fen, reserved_fen, used_fen FROM plans').all() as {
    id: number
    budget_fen: number
    reserved_fen: number
    used_fen: number
  }[]
  const sums = db.prepare(
    `SELECT coalesce(sum(CASE WHEN status = 'accepted' THEN 0 ELSE total_fen END), 0) AS reserved,
            coalesce(sum(CASE WHEN status = 'accepted' THEN total_fen ELSE 0 END), 0) AS used
     FROM orders WHERE plan_id = ? AND ${LIVE}`,
  )
  for (const plan of plans) {
    const { reserved, used } = sums.get(plan.id) as { reserved: number; used: number }
    if (plan.reserved_fen + plan.used_fen > plan.budget_fen) result.overspends++
    if (plan.reserved_fen !== reserved || plan.used_fen !== used) {
      result.mismatches.push(
        `plan ${plan.id}: reserved ${plan.reserved_fen}/used ${plan.used_fen}, orders say ${reserved}/${used}`,
      )
    }
  }
  return result
}

/** Orders without exactly one idempotency key, and keys pointing at no order: either is a duplicate. */
export function duplicateOrders(db: Db): number {
  const { orders } = db.prepare('SELECT count(*) AS orders FROM orders').get() as { orders: number }
  const { keyed } = db.prepare('SELECT count(DISTINCT order_id) AS keyed FROM idempotency_keys').get() as {
    keyed: number
  }
  const { keys } = db.prepare('SELECT count(*) AS keys FROM idempotency_keys').get() as { keys: number }
  return orders - keyed + (keys - keyed)
}
