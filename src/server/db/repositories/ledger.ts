import { stmt, type Db } from '../database.ts'

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
 * Each guarded update re-checks its limit in SQL, so even a caller that skipped its own check
 * cannot oversell or overspend; the CHECK constraints of the schema are the last line.
 */
export class LedgerRepository {
  constructor(private readonly db: Db) {}

  product(id: number): OrderableProduct | undefined {
    return stmt(
      this.db,
      `SELECT p.id, p.title, p.model, p.unit, p.image, p.price_fen AS priceFen, p.stock, p.delivery_mask AS deliveryMask,
              p.supplier_id AS supplierId, s.name AS supplierName
       FROM products p JOIN suppliers s ON s.id = p.supplier_id WHERE p.id = ?`,
    ).get(id) as OrderableProduct | undefined
  }

  buyer(unitId: number): Buyer | undefined {
    return stmt(
      this.db,
      `SELECT u.name, u.invoice_title AS invoiceTitle, r.city_index AS cityIndex
       FROM units u JOIN regions r ON r.code = u.region_code WHERE u.id = ?`,
    ).get(unitId) as Buyer | undefined
  }

  /** False when fewer than quantity are left. */
  takeStock(productId: number, quantity: number): boolean {
    return stmt(this.db, 'UPDATE products SET stock = stock - @quantity WHERE id = @productId AND stock >= @quantity').run({ quantity, productId })
      .changes === 1
  }

  /** Returns the stock after the release. */
  returnStock(productId: number, quantity: number): number {
    const row = stmt(this.db, 'UPDATE products SET stock = stock + ? WHERE id = ? RETURNING stock').get(quantity, productId) as
      | { stock: number }
      | undefined
    return row?.stock ?? 0
  }

  addSales(productId: number, quantity: number): void {
    stmt(this.db, 'UPDATE products SET sales = sales + ? WHERE id = ?').run(quantity, productId)
  }

  /** False when the plan's remaining budget is less than amount. */
  reserveBudget(planId: number, amountFen: number): boolean {
    return (
      stmt(
        this.db,
        'UPDATE plans SET reserved_fen = reserved_fen + @amountFen WHERE id = @planId AND budget_fen - reserved_fen - used_fen >= @amountFen',
      ).run({ amountFen, planId }).changes === 1
    )
  }

  releaseBudget(planId: number, amountFen: number): void {
    stmt(this.db, 'UPDATE plans SET reserved_fen = reserved_fen - ? WHERE id = ?').run(amountFen, planId)
  }

  /** Acceptance turns the reservation into spending. */
  spendBudget(planId: number, amountFen: number): void {
    stmt(this.db, 'UPDATE plans SET reserved_fen = reserved_fen - @amountFen, used_fen = used_fen + @amountFen WHERE id = @planId').run({
      amountFen,
      planId,
    })
  }
}
