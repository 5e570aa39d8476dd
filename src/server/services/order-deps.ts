import type { Committer } from '../db/group-commit.ts'
import type { OrderRepository } from '../db/repositories/orders.ts'
import type { UnitRepository } from '../db/repositories/units.ts'
import type { Sql } from '../db/sql.ts'

/** What the order rules work with. */
export interface OrderDeps {
  sql: Sql
  /** Order placements run in transactions of their own (PostgreSQL) or shared with the ones arriving at the same moment (SQLite). */
  commits: Committer
  orders: OrderRepository
  units: UnitRepository
  /** The online-supermarket single-order limit, in fen. */
  orderLimitFen: number
  /**
   * Called after every committed order change: live feeds are told at once, and when the change
   * shows in the catalogue (a product selling out or coming back, or its sales) catalogue views refresh.
   */
  onCommit: (change: { productId: number; catalogueChanged: boolean }) => void
}
