import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { MIGRATIONS, PRODUCT_INDEXES, type Migration } from './migrations/index.ts'

export type Db = Database.Database

/** Turns DATABASE_URL (`file:path` or `file::memory:`) into a path better-sqlite3 accepts. */
export function databasePath(url: string): string {
  if (!url.startsWith('file:')) throw new Error(`Unsupported DATABASE_URL: ${url} (expected file:<path>)`)
  const path = url.slice('file:'.length)
  return path === ':memory:' || path === '' ? ':memory:' : path
}

/**
 * Opens and migrates a database. `bulkLoad` is for filling a new file that is thrown away if the
 * process dies: no journal and no syncing, which roughly halves the time of a full seed.
 */
export function openDatabase(url: string, options: { bulkLoad?: boolean } = {}): Db {
  const path = databasePath(url)
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const db = new Database(path)
  if (options.bulkLoad) {
    db.pragma('journal_mode = OFF')
    db.pragma('synchronous = OFF')
  } else {
    // WAL lets readers run beside the one writer. synchronous=NORMAL in WAL mode keeps every committed
    // transaction across a process crash (kill -9); only an OS crash or power loss can lose the last ones.
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
  }
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  // A modest page cache: the OS caches the file too, and RSS counts only this one.
  db.pragma('cache_size = -16384')
  db.pragma('temp_store = MEMORY')
  migrate(db)
  return db
}

const statements = new WeakMap<Db, Map<string, Database.Statement>>()

/** A prepared statement, compiled once per connection and SQL text. Set .raw() explicitly where it matters. */
export function stmt(db: Db, sql: string): Database.Statement {
  let cache = statements.get(db)
  if (!cache) statements.set(db, (cache = new Map()))
  let statement = cache.get(sql)
  if (!statement) cache.set(sql, (statement = db.prepare(sql)))
  return statement
}

export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec((MIGRATIONS[version] as Migration).sqlite)
      db.pragma(`user_version = ${version + 1}`)
    })()
  }
}

export function createProductIndexes(db: Db): void {
  for (const sql of PRODUCT_INDEXES.sqlite) db.exec(sql)
  db.exec('ANALYZE')
}

export function getMeta(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined
  return row?.value
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value)
}
