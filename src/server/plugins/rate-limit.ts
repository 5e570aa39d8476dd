import type { FastifyInstance } from 'fastify'
import rateLimit from '@fastify/rate-limit'
import type { Sql } from '../db/sql.ts'
import { databaseRateLimitStore } from '../db/repositories/rate-limits.ts'

/** Rate limits apply only to the routes that ask for one (login); counters live in the database. */
export async function registerRateLimit(app: FastifyInstance, sql: Sql): Promise<void> {
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(sql) })
}
