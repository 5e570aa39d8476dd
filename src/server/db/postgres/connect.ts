import pg from 'pg'
import { MIGRATIONS, type Migration } from '../migrations/index.ts'

/** True for `postgres://…` and `postgresql://…` DATABASE_URLs. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(url)
}

const INT8_OID = 20
const NUMERIC_OID = 1700

function safeNumber(text: string): number {
  const value = Number(text)
  if (!Number.isSafeInteger(value)) throw new RangeError(`bigint ${text} does not fit a JavaScript number`)
  return value
}

/**
 * bigint (ids, fen, epoch timestamps, count(*)) and numeric (sum() of bigint) come back as numbers,
 * like better-sqlite3 returns them. Values stay far below 2^53; one that does not fails loudly.
 * Set per pool rather than on pg.types, so other pg users in the process keep the defaults.
 */
const types: pg.CustomTypesConfig = {
  getTypeParser: (oid, format) => {
    if (format !== 'binary' && oid === INT8_OID) return safeNumber
    if (format !== 'binary' && oid === NUMERIC_OID) return Number
    return pg.types.getTypeParser(oid, format)
  },
}

function poolSize(): number {
  const raw = process.env['PG_POOL_SIZE']
  const size = Number(raw ?? 10)
  if (!Number.isInteger(size) || size < 1) throw new Error(`PG_POOL_SIZE must be a positive integer, not "${raw}"`)
  return size
}

/**
 * Applies the PostgreSQL side of MIGRATIONS that the database has not seen, in one transaction. The
 * advisory lock makes a second instance starting at the same moment wait, then find nothing to do.
 */
export async function migratePostgres(pool: pg.Pool): Promise<void> {
  await underLock(pool, 'yuncai:migrate', async (client) => {
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied_at bigint NOT NULL)')
    const { rows } = await client.query<{ version: number }>('SELECT coalesce(max(version), 0) AS version FROM schema_version')
    for (let version = rows[0]?.version ?? 0; version < MIGRATIONS.length; version++) {
      await client.query((MIGRATIONS[version] as Migration).postgres)
      await client.query('INSERT INTO schema_version (version, applied_at) VALUES ($1, $2)', [version + 1, Date.now()])
    }
  })
}

/**
 * Runs work in one transaction holding an advisory lock of that name: whoever comes second waits, then
 * sees what the first committed. Nothing of a failed run is kept.
 */
export async function underLock(pool: pg.Pool, lock: string, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lock])
    await work(client)
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}

/**
 * A pool on a PostgreSQL database, migrated. Its size is `max`, else PG_POOL_SIZE, else 10.
 */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? poolSize(), types })
  // An idle client whose connection drops is discarded by the pool and the next query gets a new one;
  // without a listener the 'error' event would end the process.
  pool.on('error', () => {})
  try {
    await migratePostgres(pool)
  } catch (error) {
    await pool.end()
    throw error
  }
  return pool
}
