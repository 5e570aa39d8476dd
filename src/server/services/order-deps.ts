import type { Db } from '../db/database.ts'
import type { GroupCommit } from '../db/group-commit.ts'
import type { IdempotencyRepository } from '../db/repositories/idempotency.ts'
import type { LedgerRepository } from '../db/repositories/ledger.ts'
import type { OrderRepository } from '../db/repositories/orders.ts'
import type { UnitRepository } from '../db/repositories/units.ts'

/** What the order rules work with. */
export interface OrderDeps {
  db: Db
  /** Order placements share transactions with the ones arriving at the same moment. */
  commits: GroupCommit
  orders: OrderRepository
  ledger: LedgerRepository
  units: UnitRepository
  keys: IdempotencyRepository
  /** The online-supermarket single-order limit, in fen. */
  orderLimitFen: number
  /**
   * Called after every committed order change: live feeds are told at once, and when the change
   * shows in the catalogue (a product selling out or coming back, or its sales) catalogue views refresh.
   */
  onCommit: (change: { productId: number; catalogueChanged: boolean }) => void
}
