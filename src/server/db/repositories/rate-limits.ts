import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit'
import type { Sql } from '../sql.ts'

/**
 * A @fastify/rate-limit store in the database, so a limit holds across instances and restarts
 * (the plugin's default store lives in one process's memory). Fixed windows: one upsert counts
 * the hit and starts a new window when the last one has ended. Callers prefix their keys.
 */
export function databaseRateLimitStore(sql: Sql): FastifyRateLimitStoreCtor {
  const hit = async (key: string, windowMs: number): Promise<{ current: number; ttl: number }> => {
    const now = Date.now()
    await sql.run('DELETE FROM rate_limits WHERE reset_at <= ?', [now])
    const row = await sql.get<{ hits: number; reset_at: number }>(
      `INSERT INTO rate_limits (key, hits, reset_at) VALUES (?, 1, ?)
       ON CONFLICT (key) DO UPDATE SET hits = rate_limits.hits + 1
       RETURNING hits, reset_at`,
      [key, now + windowMs],
    )
    const { hits, reset_at } = row as { hits: number; reset_at: number }
    return { current: hits, ttl: reset_at - now }
  }

  return class DatabaseRateLimitStore implements FastifyRateLimitStore {
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      hit(key, timeWindow).then(
        (result) => callback(null, result),
        (error: unknown) => callback(error as Error),
      )
    }

    child(): FastifyRateLimitStore {
      return new DatabaseRateLimitStore()
    }
  }
}
