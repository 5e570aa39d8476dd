import { stmt, type Db } from '../db/database.ts'
import type { Candidates } from './product-index.ts'

const CACHE_SIZE = 256

/**
 * Products matching a full-text expression, with a relevance tier each: 0 when the words match the
 * category's own names (or their pinyin), 1 when they match the title, 2 when only keywords match
 * (category aliases, brand, model). Match sets are cached per expression, so paging, sorting and filtering one search reuse it.
 */
export class TextMatcher {
  private readonly cache = new Map<string, Candidates>()

  constructor(private readonly db: Db) {}

  candidates(match: string): Candidates {
    const hit = this.cache.get(match)
    if (hit) {
      this.cache.delete(match)
      this.cache.set(match, hit)
      return hit
    }
    const ids = this.rowids(match)
    const inCategory = this.rowids(`{category category_pinyin} : (${match})`)
    const inTitle = this.rowids(`{title title_pinyin} : (${match})`)
    const tiers = new Uint8Array(ids.length)
    // All three lists are in ascending rowid order: one merge walk assigns the tiers.
    for (let i = 0, c = 0, t = 0; i < ids.length; i++) {
      const id = ids[i] as number
      while (c < inCategory.length && (inCategory[c] as number) < id) c++
      while (t < inTitle.length && (inTitle[t] as number) < id) t++
      tiers[i] = inCategory[c] === id ? 0 : inTitle[t] === id ? 1 : 2
    }
    const result = { ids, tiers }
    this.cache.set(match, result)
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string)
    return result
  }

  /** Drops cached match sets after product text changed. */
  clear(): void {
    this.cache.clear()
  }

  private rowids(match: string): Int32Array {
    const rows = stmt(this.db, 'SELECT rowid FROM product_search WHERE product_search MATCH ? ORDER BY rowid')
      .pluck(true)
      .all(match) as number[]
    return Int32Array.from(rows)
  }
}
