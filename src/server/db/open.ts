import { openSeededDatabase } from '../seed/bootstrap.ts'
import type { SeedScale } from '../seed/scale.ts'
import { isPostgresUrl } from './postgres/connect.ts'
import { openSeededPostgres } from './postgres/seed.ts'
import { PostgresSql } from './postgres/sql.ts'
import type { SqlDatabase } from './sql.ts'
import { SqliteSql } from './sqlite-sql.ts'

/**
 * Opens the database DATABASE_URL names, migrated and seeded at the given scale when empty:
 * `postgres://…` for PostgreSQL, `file:…` for SQLite.
 */
export async function openSql(url: string, scale: SeedScale, log: (line: string) => void = () => {}): Promise<SqlDatabase> {
  if (isPostgresUrl(url)) return new PostgresSql(await openSeededPostgres(url, scale, log), url)
  return new SqliteSql(openSeededDatabase(url, scale, log))
}
