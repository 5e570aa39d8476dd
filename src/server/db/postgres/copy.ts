import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import type { Db } from '../database.ts'
import { PRODUCT_INDEXES } from '../migrations/index.ts'
import { searchDocument } from './search-doc.ts'

type Log = (line: string) => void

/** Every table a SQLite database holds besides product_search, parents before children. */
const TABLES = [
  'regions', 'categories', 'brands', 'suppliers', 'products', 'suggest_terms', 'units', 'addresses', 'plans',
  'users', 'pavilions', 'sessions', 'rate_limits', 'orders', 'order_events', 'idempotency_keys', 'meta',
] as const

const seconds = (since: number): string => ((performance.now() - since) / 1000).toFixed(1)
const quote = (name: string): string => `"${name}"`

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' }

/** One field in COPY's text format: \N for NULL; backslashes, tabs and line breaks escaped. */
function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N'
  if (typeof value === 'number' || typeof value === 'bigint') return String(value)
  if (typeof value === 'string') return value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] as string)
  throw new TypeError(`Cannot COPY a ${typeof value} value`)
}

/** Rows as COPY text, in chunks of about 64 KB so the stream is neither chatty nor memory-hungry. */
function* copyText(rows: Iterable<unknown[]>): Generator<string> {
  let chunk = ''
  for (const row of rows) {
    chunk += `${row.map(copyField).join('\t')}\n`
    if (chunk.length >= 65_536) {
      yield chunk
      chunk = ''
    }
  }
  if (chunk) yield chunk
}

/** FREEZE writes the rows already frozen: the table was truncated in this transaction, so nobody else sees them yet. */
async function copyRows(
  client: pg.ClientBase,
  table: string,
  columns: readonly string[],
  rows: Iterable<unknown[]>,
): Promise<void> {
  const sql = `COPY ${quote(table)} (${columns.map(quote).join(', ')}) FROM STDIN WITH (FREEZE)`
  await pipeline(Readable.from(copyText(rows)), client.query(copyFrom(sql)))
}

type SearchRow = [id: number, ...columns: (string | null)[]]

function* searchRows(sqlite: Db): Generator<unknown[]> {
  const select = sqlite
    .prepare('SELECT rowid, title, category, keywords, title_pinyin, category_pinyin FROM product_search')
    .raw()
  for (const [id, title, category, keywords, titlePinyin, categoryPinyin] of select.iterate() as Iterable<SearchRow>) {
    const text = { title: title ?? '', category: category ?? '', keywords: keywords ?? '' }
    yield [id, searchDocument({ ...text, titlePinyin: titlePinyin ?? '', categoryPinyin: categoryPinyin ?? '' })]
  }
}

/** Fails before anything is written when the SQLite database cannot be copied completely. */
function checkCopyable(sqlite: Db): void {
  const known = new Set<string>([...TABLES, 'product_search'])
  const unknown = (
    sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]
  ).filter((name) => !known.has(name) && !name.startsWith('product_search_'))
  if (unknown.length > 0) throw new Error(`No PostgreSQL copy for SQLite tables: ${unknown.join(', ')}`)
  // A contentless FTS5 table (the one the app searches) returns NULL for every column.
  if (sqlite.prepare('SELECT title FROM product_search LIMIT 1').pluck().get() === null) {
    throw new Error('product_search keeps no token text (contentless FTS5): copy from a staging database as openSeededPostgres makes one')
  }
}

/** Identity columns continue past the largest copied id, as SQLite's rowids would. */
async function resetIdentities(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ table_name: string; column_name: string }>(
    "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'",
  )
  for (const { table_name: table, column_name: column } of rows) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), coalesce(max(${quote(column)}), 0) + 1, false) FROM ${quote(table)}`,
      [table, column],
    )
  }
}

/**
 * Drops the foreign keys of the current schema and returns what puts them back. Checked row by row they
 * cost more than the COPY itself; added afterwards each is validated in one join.
 */
async function suspendForeignKeys(client: pg.ClientBase): Promise<() => Promise<void>> {
  const { rows } = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace ORDER BY oid`,
  )
  for (const fk of rows) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${quote(fk.name)}`)
  return async () => {
    for (const fk of rows) await client.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${quote(fk.name)} ${fk.definition}`)
  }
}

/**
 * Copies a seeded SQLite database into a migrated PostgreSQL one, replacing what it holds: every table by
 * COPY (foreign keys checked once at the end), product_search as tsvector documents built from the token
 * text, then the product indexes (GIN included), identities past the copied ids and fresh statistics.
 * Runs inside the caller's transaction on client, so a failure leaves nothing behind.
 */
export async function copySqliteToPostgres(sqlite: Db, client: pg.ClientBase, log: Log = () => {}): Promise<void> {
  if (client.getTransactionStatus() !== 'T') throw new Error('copySqliteToPostgres needs a client inside a transaction')
  checkCopyable(sqlite)

  const started = performance.now()
  await client.query(`TRUNCATE ${[...TABLES, 'product_search'].map(quote).join(', ')} RESTART IDENTITY`)
  const restoreForeignKeys = await suspendForeignKeys(client)
  for (const table of TABLES) {
    const columns = sqlite.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]
    const rows = sqlite.prepare(`SELECT ${columns.map(quote).join(', ')} FROM ${quote(table)}`).raw().iterate() as Iterable<unknown[]>
    await copyRows(client, table, columns, rows)
    if (table === 'products') await copyRows(client, 'product_search', ['product_id', 'doc'], searchRows(sqlite))
  }
  log(`Copied the tables into PostgreSQL in ${seconds(started)} s`)

  const indexing = performance.now()
  await restoreForeignKeys()
  for (const sql of PRODUCT_INDEXES.postgres) await client.query(sql)
  await resetIdentities(client)
  await client.query('ANALYZE')
  log(`Checked, indexed and analysed in ${seconds(indexing)} s`)
}
