import type { Db } from '../db/database.ts'
import { badgeBit, type Badge } from '../../shared/badges.ts'
import { pinyinText, textTokens } from '../search/tokenize.ts'
import { categoryAliases } from '../search/aliases.ts'
import type { SeededLeaf } from './tree.ts'
import type { SeededSupplier } from './parties.ts'
import type { Rng } from './types.ts'

/** Timestamps are fixed offsets from this instant, so the same scale always gives the same rows. */
const CATALOGUE_EPOCH = Date.UTC(2026, 9, 1) / 1000
const IMAGE_VARIANTS = 8

/** Prices end the way shops price them: whole yuan, often ending in 9 or 0. */
function roundPrice(rng: Rng, fen: number): number {
  if (fen < 10_000) return Math.max(100, Math.round(fen / 10) * 10)
  const yuan = Math.round(fen / 100)
  const base = yuan >= 1000 ? Math.round(yuan / 10) * 10 : yuan
  return (rng.chance(0.5) && base > 10 ? base - 1 : base) * 100
}

function pickLeaf(rng: Rng, leaves: readonly SeededLeaf[], cumulative: readonly number[]): SeededLeaf {
  const total = cumulative[cumulative.length - 1] ?? 0
  const roll = rng.next() * total
  let lo = 0
  let hi = cumulative.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((cumulative[mid] ?? 0) > roll) hi = mid
    else lo = mid + 1
  }
  return leaves[lo] as SeededLeaf
}

interface LeafPool {
  leaves: SeededLeaf[]
  cumulative: number[]
}

function pools(leaves: readonly SeededLeaf[]): Map<number, LeafPool> {
  const byTop = new Map<number, LeafPool>()
  for (const leaf of leaves) {
    const pool = byTop.get(leaf.topIndex) ?? { leaves: [], cumulative: [] }
    const last = pool.cumulative[pool.cumulative.length - 1] ?? 0
    pool.leaves.push(leaf)
    pool.cumulative.push(last + leaf.seed.weight)
    byTop.set(leaf.topIndex, pool)
  }
  return byTop
}

/** Search tokens of a leaf's category path: names rank above aliases (see TextMatcher). */
interface CategoryText {
  tokens: string
  pinyin: string
  aliases: string
}

/** The brand id of a name, inserting the brand on first sight. */
function brandIds(db: Db): (name: string) => number {
  const ids = new Map<string, number>()
  const insert = db.prepare('INSERT INTO brands (id, name) VALUES (?, ?)')
  return (name) => {
    let id = ids.get(name)
    if (id === undefined) {
      id = ids.size + 1
      ids.set(name, id)
      insert.run(id, name)
    }
    return id
  }
}

/**
 * Products, each with its search row. The first products go to the first suppliers in turn, so the demo
 * suppliers are sure to have goods; the rest go to random suppliers of their industry.
 */
export function seedProducts(
  db: Db,
  rng: Rng,
  count: number,
  leaves: readonly SeededLeaf[],
  suppliers: readonly SeededSupplier[],
  categoryName: (id: number) => string,
): void {
  const insert = db.prepare(
    `INSERT INTO products (id, title, brand_id, model, category_id, cat2_id, cat1_id, supplier_id, region_code,
       price_fen, reference_price_fen, badges, sales, stock, unit, warranty_months, delivery_mask, image, specs,
       description, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const index = db.prepare('INSERT INTO product_search (rowid, title, category, keywords, title_pinyin, category_pinyin) VALUES (?, ?, ?, ?, ?, ?)')
  const brandId = brandIds(db)
  const byTop = pools(leaves)
  const categoryText = new Map<number, CategoryText>()
  for (const leaf of leaves) {
    const names = [categoryName(leaf.cat1Id), categoryName(leaf.cat2Id), leaf.seed.name]
    const aliases = names.flatMap(categoryAliases).join(' ')
    categoryText.set(leaf.id, {
      tokens: textTokens(names.join(' ')),
      pinyin: pinyinText(...names),
      aliases: `${textTokens(aliases)} ${pinyinText(aliases)}`,
    })
  }
  const seededFirst = Math.min(suppliers.length, 8)

  for (let id = 1; id <= count; id++) {
    const supplier = (id <= seededFirst * 30 ? suppliers[(id - 1) % seededFirst] : rng.pick(suppliers)) as SeededSupplier
    const pool = byTop.get(supplier.topIndex) ?? (byTop.values().next().value as LeafPool)
    const leaf = pickLeaf(rng, pool.leaves, pool.cumulative)
    const seed = leaf.seed
    const brand = rng.pick(seed.brands)
    const content = seed.make(rng, brand)

    const [lo, hi] = seed.priceFen
    const skew = rng.next() ** 1.6
    const priceFen = roundPrice(rng, lo + skew * (hi - lo))
    const referencePriceFen = Math.max(priceFen, roundPrice(rng, priceFen * (1.03 + rng.next() * 0.3)))

    let badges = supplier.badges
    for (const [badge, odds] of Object.entries(seed.badgeOdds) as [Badge, number][]) {
      if (badge === 'zhejiang_made' && supplier.kind !== 'manufacturer') continue
      if (rng.chance(odds)) badges |= badgeBit(badge)
    }
    // The mandatory-purchase list is a subset of the energy-saving list.
    if (!(badges & badgeBit('energy_saving'))) badges &= ~badgeBit('energy_mandatory')

    const sales = Math.floor(rng.next() ** 4 * 5000)
    const stock = rng.chance(0.04) ? 0 : rng.int(5, 800)
    const createdAt = CATALOGUE_EPOCH - rng.int(0, 3 * 365 * 86_400)
    const image = `${seed.slug}-${rng.int(0, IMAGE_VARIANTS - 1)}`
    const category = categoryText.get(leaf.id) as CategoryText

    insert.run(
      id, content.title, brandId(brand), content.model, leaf.id, leaf.cat2Id, leaf.cat1Id, supplier.id,
      supplier.regionCode, priceFen, referencePriceFen, badges, sales, stock, seed.unit, seed.warrantyMonths,
      supplier.deliveryMask, image, JSON.stringify(content.specs), content.description, createdAt,
    )
    index.run(
      id,
      textTokens(content.title),
      category.tokens,
      `${textTokens(`${brand} ${content.model}`)} ${category.aliases}`,
      pinyinText(content.title, brand),
      category.pinyin,
    )
  }
}
