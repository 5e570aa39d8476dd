import type { Sql } from '../sql.ts'

export interface StoredKey {
  fingerprint: string
  orderId: number
}

/**
 * Idempotency keys of placed orders, per user. A key is written in the same transaction as its
 * order, so a key exists exactly when its order does; failed attempts leave no key behind and a
 * retry is checked afresh.
 */
export const idempotencyKeys = {
  find(tx: Sql, userId: number, key: string): Promise<StoredKey | undefined> {
    return tx.get<StoredKey>('SELECT fingerprint, order_id AS "orderId" FROM idempotency_keys WHERE user_id = ? AND key = ?', [userId, key])
  },

  async save(tx: Sql, userId: number, key: string, fingerprint: string, orderId: number, now: number): Promise<void> {
    await tx.run('INSERT INTO idempotency_keys (user_id, key, fingerprint, order_id, created_at) VALUES (?, ?, ?, ?, ?)', [
      userId,
      key,
      fingerprint,
      orderId,
      now,
    ])
  },

  /**
   * Holds the (user, key) pair until the transaction ends (PostgreSQL), so the same key sent to two
   * instances at once places one order: the second waits, then finds the first one's key. SQLite's
   * single writer already serialises them.
   */
  async lock(tx: Sql, userId: number, key: string): Promise<void> {
    if (tx.engine === 'postgres') await tx.get('SELECT pg_advisory_xact_lock(?::int, hashtext(?::text))', [userId, key])
  },
}
