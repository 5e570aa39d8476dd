import { createHash } from 'node:crypto'
import type { Db } from '../db/database.ts'

/** Tables a seed writes, each read in primary-key order. Password hashes are salted, so users are left out. */
const TABLES: readonly [string, string][] = [
  ['regions', 'code'],
  ['categories', 'id'],
  ['brands', 'id'],
  ['suppliers', 'id'],
  ['products', 'id'],
  ['units', 'id'],
  ['addresses', 'id'],
  ['plans', 'id'],
  ['suggest_terms', 'term'],
  ['pavilions', 'id'],
]

/** A SHA-256 over every seeded row, to check that a seed is deterministic. */
export function seedDigest(db: Db): string {
  const hash = createHash('sha256')
  for (const [table, key] of TABLES) {
    hash.update(`#${table}\n`)
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY ${key}`).raw().iterate()) {
      hash.update(JSON.stringify(row))
      hash.update('\n')
    }
  }
  return hash.digest('hex')
}
