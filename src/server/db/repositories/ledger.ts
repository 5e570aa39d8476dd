import type { Sql } from '../sql.ts'

export interface OrderableProduct {
  id: number
  title: string
  model: string
  unit: string
  image: string
  priceFen: number
  stock: number
  deliveryMask: number
  supplierId: number
  supplierName: string
}

export interface Buyer {
  name: string
  invoiceTitle: string
  cityIndex: number
}

/**
 * The quantities an order moves: product stock and sales, and a plan's reserved and used budget.
 * Everything here runs inside the order's transaction. Each guarded update re-checks its limit in
 * SQL, so even a caller that skipped its own check cannot oversell or overspend; the CHECK
 * constraints of the schema are the last line.
 */
export const ledger = {
  /** The product an order is for, its row locked until the transaction ends on PostgreSQL. */
  product(tx: Sql, id: number): Promise<OrderableProduct | undefined> {
    return tx.get<OrderableProduct>(
      `SELECT p.id, p.title, p.model, p.unit, p.image, p.price_fen AS "priceFen", p.stock, p.delivery_mask AS "deliveryMask",
              p.supplier_id AS "supplierId", s.name AS "supplierName"
       FROM products p JOIN suppliers s ON s.id = p.supplier_id WHERE p.id = ?${tx.engine === 'postgres' ? ' FOR UPDATE OF p' : ''}`,
      [id],
    )
  },

  buyer(tx: Sql, unitId: number): Promise<Buyer | undefined> {
    return tx.get<Buyer>(
      `SELECT u.name, u.invoice_title AS "invoiceTitle", r.city_index AS "cityIndex"
       FROM units u JOIN regions r ON r.code = u.region_code WHERE u.id = ?`,
      [unitId],
    )
  },

  /** False when fewer than quantity are left. */
  async takeStock(tx: Sql, productId: number, quantity: number): Promise<boolean> {
    return (await tx.run('UPDATE products SET stock = stock - ? WHERE id = ? AND stock >= ?', [quantity, productId, quantity])) === 1
  },

  /** Returns the stock after the release. */
  async returnStock(tx: Sql, productId: number, quantity: number): Promise<number> {
    const row = await tx.get<{ stock: number }>('UPDATE products SET stock = stock + ? WHERE id = ? RETURNING stock', [quantity, productId])
    return row?.stock ?? 0
  },

  async addSales(tx: Sql, productId: number, quantity: number): Promise<void> {
    await tx.run('UPDATE products SET sales = sales + ? WHERE id = ?', [quantity, productId])
  },

  /** False when the plan's remaining budget is less than amount. */
  async reserveBudget(tx: Sql, planId: number, amountFen: number): Promise<boolean> {
    const sql = 'UPDATE plans SET reserved_fen = reserved_fen + ? WHERE id = ? AND budget_fen - reserved_fen - used_fen >= ?'
    return (await tx.run(sql, [amountFen, planId, amountFen])) === 1
  },

  async releaseBudget(tx: Sql, planId: number, amountFen: number): Promise<void> {
    await tx.run('UPDATE plans SET reserved_fen = reserved_fen - ? WHERE id = ?', [amountFen, planId])
  },

  /** Acceptance turns the reservation into spending. */
  async spendBudget(tx: Sql, planId: number, amountFen: number): Promise<void> {
    await tx.run('UPDATE plans SET reserved_fen = reserved_fen - ?, used_fen = used_fen + ? WHERE id = ?', [amountFen, amountFen, planId])
  },
}
