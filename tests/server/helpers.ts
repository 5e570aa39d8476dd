import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { buildApp, type AppOptions } from '../../src/server/app.ts'
import { openPostgres } from '../../src/server/db/postgres/connect.ts'
import { PostgresSql } from '../../src/server/db/postgres/sql.ts'
import type { Sql, SqlDatabase } from '../../src/server/db/sql.ts'
import { SqliteSql } from '../../src/server/db/sqlite-sql.ts'
import { openSeededDatabase } from '../../src/server/seed/bootstrap.ts'
import { parseSeedScale } from '../../src/server/seed/scale.ts'
import { freshDatabase } from '../support/postgres.ts'

export interface TestApp {
  app: FastifyInstance
  /** The app's database, for setting up and checking what the API cannot show. */
  sql: Sql
  close(): Promise<void>
}

/** Which engine this run tests: the `server` project runs on SQLite, `server-postgres` on PostgreSQL. */
export const ENGINE: Sql['engine'] = process.env['TEST_ENGINE'] === 'postgres' ? 'postgres' : 'sqlite'

export interface TestDatabase {
  /** The DATABASE_URL a server process would open. */
  url: string
  sql: SqlDatabase
  drop(): Promise<void>
}

/**
 * A freshly seeded database of this run's engine: a copy of a seeded template for PostgreSQL; for SQLite
 * in memory, or a file when server processes must open it too (`shared`).
 */
export async function openTestDatabase(products: number, shared = false): Promise<TestDatabase> {
  if (ENGINE === 'postgres') {
    const database = await freshDatabase(products)
    const sql = new PostgresSql(await openPostgres(database.url, { max: 8 }), database.url)
    return {
      url: database.url,
      sql,
      async drop() {
        await sql.close()
        await database.drop()
      },
    }
  }
  const dir = shared ? mkdtempSync(join(tmpdir(), 'yuncai-shared-')) : undefined
  const url = dir ? `file:${join(dir, 'mall.sqlite')}` : 'file::memory:'
  const sql = new SqliteSql(openSeededDatabase(url, parseSeedScale(String(products))))
  return {
    url,
    sql,
    async drop() {
      await sql.close()
      if (dir) rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** The real app on a freshly seeded database, without the client build, with the options a test sets. */
export async function createAppWith(options: Omit<AppOptions, 'sql'>, products = 600): Promise<TestApp> {
  const database = await openTestDatabase(products)
  const app = await buildApp({ distDir: '/nonexistent', ...options, sql: database.sql })
  await app.ready()
  return {
    app,
    sql: database.sql,
    async close() {
      await app.close()
      await database.drop()
    },
  }
}

/** The real app on a freshly seeded database with default options. */
export function createTestApp(products = 3000): Promise<TestApp> {
  return createAppWith({}, products)
}

/** GET a JSON endpoint and return status and parsed body. */
export async function getJson<T = unknown>(app: FastifyInstance, url: string): Promise<{ status: number; body: T }> {
  const res = await app.inject({ method: 'GET', url })
  return { status: res.statusCode, body: (res.body ? JSON.parse(res.body) : null) as T }
}
