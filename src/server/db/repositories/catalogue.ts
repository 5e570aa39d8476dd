import { stmt, type Db } from '../database.ts'
import { maskToBadges } from '../../../shared/badges.ts'
import type { Category, ProductDetail, Region, Supplier, Suggestion } from '../../../shared/contract/catalogue.ts'
import { normalizeText } from '../../search/tokenize.ts'

export interface CategoryNode extends Category {
  slug: string | null
}

interface ProductRow {
  id: number
  title: string
  brand: string
  model: string
  price_fen: number
  reference_price_fen: number
  image: string
  badges: number
  sales: number
  stock: number
  unit: string
  warranty_months: number
  delivery_mask: number
  specs: string
  description: string
  category_id: number
  supplier_id: number
}

interface SupplierRow {
  id: number
  name: string
  region_code: string
  region_name: string
  industry: string
  kind: Supplier['kind']
  size: Supplier['size']
  badges: number
  product_count: number
}

const IMAGE_VARIANTS = 8
const SIZE_NAMES: Record<Supplier['size'], string> = { large: '大型', medium: '中型', small: '小型', micro: '微型' }

function toSupplier(row: SupplierRow): Supplier {
  const role = row.kind === 'manufacturer' ? '生产厂家' : '经销商'
  return {
    id: row.id,
    name: row.name,
    regionCode: row.region_code,
    regionName: row.region_name,
    kind: row.kind,
    size: row.size,
    badges: maskToBadges(row.badges),
    productCount: row.product_count,
    industry: row.industry,
    intro: `${row.name}位于浙江省${row.region_name}，是一家${SIZE_NAMES[row.size]}${row.industry}${role}，在云采超市在售商品 ${row.product_count} 种。`,
  }
}

export function imageUrl(image: string): string {
  return `/images/p/${image}.svg`
}

/** The gallery: the product's own picture and two more views of the same kind. */
function galleryOf(image: string): string[] {
  const at = image.lastIndexOf('-')
  const slug = image.slice(0, at)
  const variant = Number(image.slice(at + 1))
  return [0, 3, 5].map((step) => imageUrl(`${slug}-${(variant + step) % IMAGE_VARIANTS}`))
}

/**
 * Regions, categories and brands are small and change rarely: they are read once into memory and
 * serve lookups for every product query. Products, suppliers and suggestions are read per request.
 */
export class CatalogueRepository {
  readonly regions: Region[]
  readonly categories: CategoryNode[]
  private readonly regionByCode: Map<string, Region & { cityIndex: number }>
  private readonly categoryById: Map<number, CategoryNode>
  private readonly brandIdByName: Map<string, number>
  private readonly brandNameById: Map<number, string>
  private readonly cityCodes: string[]

  constructor(private readonly db: Db) {
    const regionRows = db
      .prepare('SELECT code, name, parent_code AS parentCode, city_index AS cityIndex FROM regions ORDER BY code')
      .all() as (Region & { cityIndex: number })[]
    this.regionByCode = new Map(regionRows.map((r) => [r.code, r]))
    this.regions = regionRows.map(({ code, name, parentCode }) => ({ code, name, parentCode }))
    this.cityCodes = []
    for (const r of regionRows) if (r.parentCode === null) this.cityCodes[r.cityIndex] = r.code
    this.categories = db
      .prepare(
        `SELECT id, name, parent_id AS parentId, level, slug, product_count AS productCount
         FROM categories ORDER BY level, parent_id, position`,
      )
      .all() as CategoryNode[]
    this.categoryById = new Map(this.categories.map((c) => [c.id, c]))
    const brands = db.prepare('SELECT id, name FROM brands').all() as { id: number; name: string }[]
    this.brandIdByName = new Map(brands.map((b) => [b.name, b.id]))
    this.brandNameById = new Map(brands.map((b) => [b.id, b.name]))
  }

  region(code: string): (Region & { cityIndex: number }) | undefined {
    return this.regionByCode.get(code)
  }

  category(id: number): CategoryNode | undefined {
    return this.categoryById.get(id)
  }

  brandId(name: string): number | undefined {
    return this.brandIdByName.get(name)
  }

  brandName(id: number): string {
    return this.brandNameById.get(id) ?? ''
  }

  categoryPath(id: number): { id: number; name: string }[] {
    const path: { id: number; name: string }[] = []
    for (let c = this.categoryById.get(id); c; c = c.parentId === null ? undefined : this.categoryById.get(c.parentId)) {
      path.unshift({ id: c.id, name: c.name })
    }
    return path
  }

  /** City codes a delivery bitmask covers. */
  citiesOf(mask: number): string[] {
    return this.cityCodes.filter((_, i) => (mask & (1 << i)) !== 0)
  }

  supplier(id: number): Supplier | undefined {
    const row = stmt(this.db, 
        `SELECT s.id, s.name, s.region_code, coalesce(c.name, '') || r.name AS region_name, s.industry, s.kind, s.size,
                s.badges, s.product_count
         FROM suppliers s JOIN regions r ON r.code = s.region_code LEFT JOIN regions c ON c.code = r.parent_code
         WHERE s.id = ?`,
      )
      .get(id) as SupplierRow | undefined
    return row && toSupplier(row)
  }

  /** Manufacturers among the given suppliers, most products first. */
  suppliers(ids: readonly number[]): Supplier[] {
    if (ids.length === 0) return []
    const rows = stmt(
      this.db,
      `SELECT s.id, s.name, s.region_code, coalesce(c.name, '') || r.name AS region_name, s.industry, s.kind, s.size,
              s.badges, s.product_count
       FROM suppliers s JOIN regions r ON r.code = s.region_code LEFT JOIN regions c ON c.code = r.parent_code
       WHERE s.id IN (${ids.map(() => '?').join(', ')})`,
    ).all(...ids) as SupplierRow[]
    const byId = new Map(rows.map((r) => [r.id, toSupplier(r)]))
    return ids.flatMap((id) => byId.get(id) ?? [])
  }

  product(id: number): ProductDetail | undefined {
    const row = stmt(this.db, 
        `SELECT p.id, p.title, b.name AS brand, p.model, p.price_fen, p.reference_price_fen, p.image, p.badges,
                p.sales, p.stock, p.unit, p.warranty_months, p.delivery_mask, p.specs, p.description,
                p.category_id, p.supplier_id
         FROM products p JOIN brands b ON b.id = p.brand_id WHERE p.id = ?`,
      )
      .get(id) as ProductRow | undefined
    const supplier = row && this.supplier(row.supplier_id)
    if (!row || !supplier) return undefined
    return {
      id: row.id,
      title: row.title,
      brand: row.brand,
      model: row.model,
      priceFen: row.price_fen,
      referencePriceFen: row.reference_price_fen,
      image: imageUrl(row.image),
      images: galleryOf(row.image),
      badges: maskToBadges(row.badges),
      sales: row.sales,
      stock: row.stock,
      unit: row.unit,
      warrantyMonths: row.warranty_months,
      specs: JSON.parse(row.specs) as { name: string; value: string }[],
      description: row.description,
      deliveryRegionCodes: this.citiesOf(row.delivery_mask),
      categoryPath: this.categoryPath(row.category_id),
      supplier,
    }
  }

  /**
   * Up to ten completions for what has been typed so far: Chinese by prefix then by substring,
   * Latin input by pinyin or initials. With nothing typed, the most common terms.
   */
  suggest(input: string): Suggestion[] {
    const q = normalizeText(input).trim().replace(/\s+/g, ' ')
    const limit = 10
    if (!q) {
      return stmt(this.db, 'SELECT term AS text, kind FROM suggest_terms ORDER BY weight DESC LIMIT ?').all(limit) as Suggestion[]
    }
    const upper = `${q}\u{10ffff}`
    const seen = new Map<string, Suggestion>()
    const take = (rows: Suggestion[]): void => {
      for (const r of rows) if (seen.size < limit && !seen.has(r.text)) seen.set(r.text, r)
    }
    if (/\p{Script=Han}/u.test(q)) {
      take(stmt(this.db, 'SELECT term AS text, kind FROM suggest_terms WHERE term >= ? AND term < ? ORDER BY weight DESC LIMIT ?').all(q, upper, limit) as Suggestion[])
      if (seen.size < limit) {
        const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
        take(stmt(this.db, "SELECT term AS text, kind FROM suggest_terms WHERE term LIKE ? ESCAPE '\\' ORDER BY weight DESC LIMIT ?").all(like, limit) as Suggestion[])
      }
    } else {
      const compact = q.replace(/[^a-z0-9]/g, '')
      if (!compact) return []
      const top = `${compact}\u{10ffff}`
      take(
        stmt(this.db, 
          `SELECT term AS text, kind FROM suggest_terms
           WHERE (pinyin >= ? AND pinyin < ?) OR (initials >= ? AND initials < ?)
           ORDER BY weight DESC LIMIT ?`,
        ).all(compact, top, compact, top, limit) as Suggestion[],
      )
      if (seen.size < limit) {
        // dyj also completes to 激光打印机 (jgdyj): the dictionary is small enough to scan.
        const like = `%${compact}%`
        take(
          stmt(this.db, 
            `SELECT term AS text, kind FROM suggest_terms WHERE pinyin LIKE ? OR initials LIKE ?
             ORDER BY weight DESC LIMIT ?`,
          ).all(like, like, limit) as Suggestion[],
        )
      }
    }
    return [...seen.values()]
  }
}
