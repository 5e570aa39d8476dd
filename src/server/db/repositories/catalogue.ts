import type { Sql } from '../sql.ts'
import { placeholders } from '../sql.ts'
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

const SUPPLIER_SELECT = `SELECT s.id, s.name, s.region_code, coalesce(c.name, '') || r.name AS region_name, s.industry, s.kind,
    s.size, s.badges, s.product_count
  FROM suppliers s JOIN regions r ON r.code = s.region_code LEFT JOIN regions c ON c.code = r.parent_code`

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
  private readonly regionByCode: Map<string, Region & { cityIndex: number }>
  private readonly categoryById: Map<number, CategoryNode>
  private readonly brandIdByName: Map<string, number>
  private readonly brandNameById: Map<number, string>
  private readonly cityCodes: string[] = []
  readonly regions: Region[]

  private constructor(
    private readonly sql: Sql,
    regionRows: (Region & { cityIndex: number })[],
    readonly categories: CategoryNode[],
    brands: { id: number; name: string }[],
  ) {
    this.regionByCode = new Map(regionRows.map((r) => [r.code, r]))
    this.regions = regionRows.map(({ code, name, parentCode }) => ({ code, name, parentCode }))
    for (const r of regionRows) if (r.parentCode === null) this.cityCodes[r.cityIndex] = r.code
    this.categoryById = new Map(categories.map((c) => [c.id, c]))
    this.brandIdByName = new Map(brands.map((b) => [b.name, b.id]))
    this.brandNameById = new Map(brands.map((b) => [b.id, b.name]))
  }

  static async load(sql: Sql): Promise<CatalogueRepository> {
    const [regions, categories, brands] = await Promise.all([
      sql.all<Region & { cityIndex: number }>(
        'SELECT code, name, parent_code AS "parentCode", city_index AS "cityIndex" FROM regions ORDER BY code',
      ),
      sql.all<CategoryNode>(
        `SELECT id, name, parent_id AS "parentId", level, slug, product_count AS "productCount"
         FROM categories ORDER BY level, parent_id, position`,
      ),
      sql.all<{ id: number; name: string }>('SELECT id, name FROM brands'),
    ])
    return new CatalogueRepository(sql, regions, categories, brands)
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

  async supplier(id: number): Promise<Supplier | undefined> {
    const row = await this.sql.get<SupplierRow>(`${SUPPLIER_SELECT} WHERE s.id = ?`, [id])
    return row && toSupplier(row)
  }

  /** Manufacturers among the given suppliers, most products first. */
  async suppliers(ids: readonly number[]): Promise<Supplier[]> {
    if (ids.length === 0) return []
    const rows = await this.sql.all<SupplierRow>(`${SUPPLIER_SELECT} WHERE s.id IN (${placeholders(ids.length)})`, ids)
    const byId = new Map(rows.map((r) => [r.id, toSupplier(r)]))
    return ids.flatMap((id) => byId.get(id) ?? [])
  }

  async product(id: number): Promise<ProductDetail | undefined> {
    const row = await this.sql.get<ProductRow>(
      `SELECT p.id, p.title, b.name AS brand, p.model, p.price_fen, p.reference_price_fen, p.image, p.badges,
              p.sales, p.stock, p.unit, p.warranty_months, p.delivery_mask, p.specs, p.description,
              p.category_id, p.supplier_id
       FROM products p JOIN brands b ON b.id = p.brand_id WHERE p.id = ?`,
      [id],
    )
    const supplier = row && (await this.supplier(row.supplier_id))
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
  async suggest(input: string): Promise<Suggestion[]> {
    const q = normalizeText(input).trim().replace(/\s+/g, ' ')
    const limit = 10
    const terms = (where: string, params: unknown[]): Promise<Suggestion[]> =>
      this.sql.all<Suggestion>(`SELECT term AS text, kind FROM suggest_terms ${where} ORDER BY weight DESC LIMIT ?`, [...params, limit])
    if (!q) return terms('', [])
    const seen = new Map<string, Suggestion>()
    const take = (rows: Suggestion[]): void => {
      for (const r of rows) if (seen.size < limit && !seen.has(r.text)) seen.set(r.text, r)
    }
    // A prefix as a range, so SQLite walks the index; PostgreSQL's text order is its collation's, not code points'.
    const startsWith = (columns: string[], value: string): [string, unknown[]] =>
      this.sql.engine === 'sqlite'
        ? [columns.map((c) => `(${c} >= ? AND ${c} < ?)`).join(' OR '), columns.flatMap(() => [value, `${value}\u{10ffff}`])]
        : [columns.map((c) => `starts_with(${c}, ?)`).join(' OR '), columns.map(() => value)]
    const like = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    if (/\p{Script=Han}/u.test(q)) {
      const [where, params] = startsWith(['term'], q)
      take(await terms(`WHERE ${where}`, params))
      if (seen.size < limit) take(await terms("WHERE term LIKE ? ESCAPE '\\'", [like(q)]))
    } else {
      const compact = q.replace(/[^a-z0-9]/g, '')
      if (!compact) return []
      const [where, params] = startsWith(['pinyin', 'initials'], compact)
      take(await terms(`WHERE ${where}`, params))
      // dyj also completes to 激光打印机 (jgdyj): the dictionary is small enough to scan.
      if (seen.size < limit) take(await terms('WHERE pinyin LIKE ? OR initials LIKE ?', [`%${compact}%`, `%${compact}%`]))
    }
    return [...seen.values()]
  }
}
