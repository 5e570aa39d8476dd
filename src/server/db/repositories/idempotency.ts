import { stmt, type Db } from '../database.ts'

export interface StoredKey {
  fingerprint: string
  orderId: number
}

/**
 * Idempotency keys of placed orders, per user. A key is written in the same transaction as its
 * order, so a key exists exactly when its order does; failed attempts leave no key behind and a
 * retry is checked afresh.
 */
export class IdempotencyRepository {
  constructor(private readonly db: Db) {}

  find(userId: number, key: string): StoredKey | undefined {
    return stmt(this.db, 'SELECT fingerprint, order_id AS orderId FROM idempotency_keys WHERE user_id = ? AND key = ?').get(userId, key) as
      | StoredKey
      | undefined
  }

  save(userId: number, key: string, fingerprint: string, orderId: number, now: number): void {
    stmt(this.db, 'INSERT INTO idempotency_keys (user_id, key, fingerprint, order_id, created_at) VALUES (?, ?, ?, ?, ?)').run(
      userId,
      key,
      fingerprint,
      orderId,
      now,
    )
  }
}
