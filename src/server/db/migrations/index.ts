import { ACCOUNTS_POSTGRES } from './accounts-postgres.ts'
import { ACCOUNTS_SQLITE } from './accounts-sqlite.ts'
import { CATALOGUE_POSTGRES } from './catalogue-postgres.ts'
import { CATALOGUE_SQLITE } from './catalogue-sqlite.ts'

/**
 * Schema migrations for both storage engines, applied in order: each step as SQLite runs it (recorded in
 * PRAGMA user_version) and as PostgreSQL runs it (recorded in schema_version). The two describe the same
 * tables, columns and constraints. Append new steps; never edit one that has shipped.
 */
export interface Migration {
  sqlite: string
  postgres: string
}

export const MIGRATIONS: readonly Migration[] = [
  { sqlite: CATALOGUE_SQLITE, postgres: CATALOGUE_POSTGRES },
  // Accounts and ordering: sessions, rate-limit counters and idempotency keys live here rather than in
  // process memory, so a second instance (or a restart) sees them. Orders keep snapshots of what was
  // bought, where to and at what price; order_events is the timeline and the feed that SSE replays by id.
  { sqlite: ACCOUNTS_SQLITE, postgres: ACCOUNTS_POSTGRES },
]

/**
 * Indexes on products, created after a bulk seed rather than maintained row by row during it.
 * Filtering, facets and sorting run on the in-memory ProductIndex, so few are needed; on PostgreSQL the
 * search documents' GIN index is built here too.
 */
export const PRODUCT_INDEXES: { readonly sqlite: readonly string[]; readonly postgres: readonly string[] } = {
  sqlite: ['CREATE INDEX IF NOT EXISTS products_supplier ON products(supplier_id)'],
  postgres: [
    'CREATE INDEX IF NOT EXISTS products_supplier ON products(supplier_id)',
    'CREATE INDEX IF NOT EXISTS product_search_doc ON product_search USING gin (doc)',
  ],
}
