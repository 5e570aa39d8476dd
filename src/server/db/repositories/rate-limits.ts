import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit'
import { stmt, type Db } from '../database.ts'

/**
 * A @fastify/rate-limit store in the database, so a limit holds across instances and restarts
 * (the plugin's default store lives in one process's memory). Fixed windows: one upsert counts
 * the hit and starts a new window when the last one has ended. Callers prefix their keys.
 */
export function databaseRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  return class DatabaseRateLimitStore implements FastifyRateLimitStore {
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      let result: { current: number; ttl: number }
      try {
        const now = Date.now()
        stmt(db, 'DELETE FROM rate_limits WHERE reset_at <= ?').run(now)
        const row = stmt(
          db,
          `INSERT INTO rate_limits (key, hits, reset_at) VALUES (@key, 1, @now + @window)
           ON CONFLICT (key) DO UPDATE SET hits = hits + 1
           RETURNING hits, reset_at`,
        ).get({ key, now, window: timeWindow }) as { hits: number; reset_at: number }
        result = { current: row.hits, ttl: row.reset_at - now }
      } catch (error) {
        callback(error as Error)
        return
      }
      callback(null, result)
    }

    child(): FastifyRateLimitStore {
      return new DatabaseRateLimitStore()
    }
  }
}
