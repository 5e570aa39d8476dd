import type { Db } from '../db/database.ts'
import { normalizeText, syllables } from '../search/tokenize.ts'
import { categoryAliases } from '../search/aliases.ts'

const HAN = /\p{Script=Han}/u

/** Full pinyin and initials of a term; Latin parts stay as they are. */
export function termPinyin(term: string): { pinyin: string; initials: string } {
  const parts = normalizeText(term).match(/\p{Script=Han}+|[a-z0-9]+/gu) ?? []
  let pinyin = ''
  let initials = ''
  for (const part of parts) {
    if (HAN.test(part)) {
      const syl = syllables(part)
      pinyin += syl.join('')
      initials += syl.map((s) => s[0]).join('')
    } else {
      pinyin += part
      initials += part
    }
  }
  return { pinyin, initials }
}

/** The suggestion dictionary: categories and their aliases, brands, and each brand's main categories. */
export function seedSuggestTerms(db: Db): void {
  const insert = db.prepare(
    `INSERT INTO suggest_terms (term, pinyin, initials, kind, weight) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (term) DO UPDATE SET weight = max(weight, excluded.weight)`,
  )
  const add = (term: string, kind: string, weight: number): void => {
    const { pinyin, initials } = termPinyin(term)
    if (pinyin) insert.run(term, pinyin, initials, kind, weight)
  }
  const categories = db.prepare('SELECT name, product_count AS count FROM categories').all() as { name: string; count: number }[]
  for (const c of categories) {
    add(c.name, 'category', c.count)
    for (const alias of categoryAliases(c.name)) if (alias.length > 1) add(alias, 'keyword', Math.floor(c.count / 2))
  }
  const brands = db
    .prepare('SELECT b.name, count(*) AS count FROM products p JOIN brands b ON b.id = p.brand_id GROUP BY b.id')
    .all() as { name: string; count: number }[]
  for (const b of brands) add(b.name, 'brand', b.count)
  const pairs = db
    .prepare(
      `SELECT b.name AS brand, c.name AS category, count(*) AS count
       FROM products p JOIN brands b ON b.id = p.brand_id JOIN categories c ON c.id = p.category_id
       GROUP BY p.brand_id, p.category_id HAVING count(*) >= 3`,
    )
    .all() as { brand: string; category: string; count: number }[]
  for (const p of pairs) add(`${p.brand} ${p.category}`, 'keyword', Math.floor(p.count / 3))
}
