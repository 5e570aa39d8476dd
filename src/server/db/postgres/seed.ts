import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type pg from 'pg'
import { seedDatabase } from '../../seed/index.ts'
import type { SeedScale } from '../../seed/scale.ts'
import { openDatabase, type Db } from '../database.ts'
import { openPostgres, underLock } from './connect.ts'
import { copySqliteToPostgres } from './copy.ts'

export { copySqliteToPostgres }

/** Above this many products the staging database is a temporary file rather than memory. */
const IN_MEMORY_PRODUCTS = 100_000

const seconds = (since: number): string => ((performance.now() - since) / 1000).toFixed(1)

/**
 * A SQLite database for the seed generator to fill and copySqliteToPostgres to copy: in memory, or for big
 * scales a temporary file that dispose() deletes. It is never searched, so product_search is a plain table
 * whose token text can be read back (the app's FTS5 table is contentless) and the seed's FTS5 'optimize'
 * command is ignored.
 */
export function openStagingDatabase(scale: SeedScale): { db: Db; dispose(): void } {
  const dir = scale.products > IN_MEMORY_PRODUCTS ? mkdtempSync(join(tmpdir(), 'yuncai-seed-')) : undefined
  const db = openDatabase(dir ? `file:${join(dir, 'staging.sqlite')}` : 'file::memory:', { bulkLoad: true })
  db.exec(`
    DROP TABLE product_search;
    CREATE TABLE product_search (
      rowid INTEGER PRIMARY KEY, title TEXT, category TEXT, keywords TEXT, title_pinyin TEXT, category_pinyin TEXT,
      product_search TEXT
    );
    CREATE TRIGGER product_search_command BEFORE INSERT ON product_search WHEN NEW.product_search IS NOT NULL
    BEGIN SELECT RAISE(IGNORE); END;
  `)
  return {
    db,
    dispose: () => {
      db.close()
      if (dir) rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Seeds an empty database in one transaction under an advisory lock: a second instance starting at the
 * same moment waits and then finds the seed done, and a seed that fails or is killed leaves nothing.
 */
async function seedOnce(pool: pg.Pool, scale: SeedScale, log: (line: string) => void): Promise<void> {
  await underLock(pool, 'yuncai:seed', async (client) => {
    const seeded = await client.query("SELECT 1 FROM meta WHERE key = 'seed_scale'")
    if (seeded.rowCount !== 0) return
    const started = performance.now()
    log(`Seeding the ${scale.name} catalogue (${scale.products.toLocaleString('en-US')} products) into PostgreSQL …`)
    const staging = openStagingDatabase(scale)
    try {
      seedDatabase(staging.db, scale)
      log(`Generated in ${seconds(started)} s`)
      await copySqliteToPostgres(staging.db, client, log)
    } finally {
      staging.dispose()
    }
    await client.query(
      "INSERT INTO meta (key, value) VALUES ('seed_seconds', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      [seconds(started)],
    )
    log(`Seeded in ${seconds(started)} s`)
  })
}

/**
 * Opens the PostgreSQL database at url, migrated, and seeded at the given scale when it has no seed yet.
 * The one seed generator fills a SQLite staging database, which is then copied over.
 */
export async function openSeededPostgres(
  url: string,
  scale: SeedScale,
  log: (line: string) => void = () => {},
): Promise<pg.Pool> {
  const pool = await openPostgres(url)
  try {
    await seedOnce(pool, scale, log)
  } catch (error) {
    await pool.end()
    throw error
  }
  return pool
}
