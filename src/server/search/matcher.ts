import type { Sql } from '../db/sql.ts'
import type { Candidates } from './product-index.ts'
import { toMatchQuery, toTsQuery, type QueryTerm } from './tokenize.ts'

const CACHE_SIZE = 256

/**
 * Products matching the search terms, with a relevance tier each: 0 when the words match the
 * category's own names (or their pinyin), 1 when they match the title, 2 when only keywords match
 * (category aliases, brand, model). Match sets are cached per query, so paging, sorting and
 * filtering one search reuse it.
 *
 * SQLite answers from the FTS5 table, PostgreSQL from a GIN-indexed tsvector of the same tokens,
 * weighted A (category), B (title) and C (keywords).
 */
export class TextMatcher {
  private readonly cache = new Map<string, Promise<Candidates>>()

  constructor(private readonly sql: Sql) {}

  candidates(terms: readonly QueryTerm[]): Promise<Candidates> {
    const key = toMatchQuery(terms)
    const hit = this.cache.get(key)
    if (hit) {
      this.cache.delete(key)
      this.cache.set(key, hit)
      return hit
    }
    const result = this.sql.engine === 'sqlite' ? this.fromFts5(key) : this.fromTsvector(terms)
    this.cache.set(key, result)
    result.catch(() => this.cache.delete(key))
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string)
    return result
  }

  /** Drops cached match sets after product text changed. */
  clear(): void {
    this.cache.clear()
  }

  private async fromFts5(match: string): Promise<Candidates> {
    const rowids = async (expression: string): Promise<Int32Array> => {
      const rows = await this.sql.all<{ rowid: number }>('SELECT rowid FROM product_search WHERE product_search MATCH ? ORDER BY rowid', [expression])
      return Int32Array.from(rows, (r) => r.rowid)
    }
    const ids = await rowids(match)
    const inCategory = await rowids(`{category category_pinyin} : (${match})`)
    const inTitle = await rowids(`{title title_pinyin} : (${match})`)
    const tiers = new Uint8Array(ids.length)
    // All three lists are in ascending rowid order: one merge walk assigns the tiers.
    for (let i = 0, c = 0, t = 0; i < ids.length; i++) {
      const id = ids[i] as number
      while (c < inCategory.length && (inCategory[c] as number) < id) c++
      while (t < inTitle.length && (inTitle[t] as number) < id) t++
      tiers[i] = inCategory[c] === id ? 0 : inTitle[t] === id ? 1 : 2
    }
    return { ids, tiers }
  }

  private async fromTsvector(terms: readonly QueryTerm[]): Promise<Candidates> {
    const rows = await this.sql.all<{ id: number; tier: number }>(
      `SELECT product_id AS id, CASE WHEN doc @@ ?::tsquery THEN 0 WHEN doc @@ ?::tsquery THEN 1 ELSE 2 END AS tier
       FROM product_search WHERE doc @@ ?::tsquery ORDER BY product_id`,
      [toTsQuery(terms, 'A'), toTsQuery(terms, 'B'), toTsQuery(terms)],
    )
    return { ids: Int32Array.from(rows, (r) => r.id), tiers: Uint8Array.from(rows, (r) => r.tier) }
  }
}
