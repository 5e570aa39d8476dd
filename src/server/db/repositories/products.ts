import type { Sql } from '../sql.ts'
import { placeholders } from '../sql.ts'
import { badgesToMask, BADGES, maskToBadges, type Badge } from '../../../shared/badges.ts'
import type { Facets, ProductList, ProductSummary, Sort } from '../../../shared/contract/catalogue.ts'
import { queryTerms } from '../../search/tokenize.ts'
import { ProductIndex, type IndexFilter, type IndexSort } from '../../search/product-index.ts'
import { TextMatcher } from '../../search/matcher.ts'
import { decodeCursor, encodeCursor } from './cursor.ts'
import { imageUrl, type CatalogueRepository } from './catalogue.ts'

/** A product list request after validation: every filter already resolved to what the database holds. */
export interface ProductFilter {
  q?: string
  categoryId?: number
  /** Deliverable to this region (county or city). */
  regionCode?: string
  badges?: Badge[]
  brand?: string
  supplierId?: number
  /** Supplier sits in one of these regions (a pavilion's area). */
  supplierRegionCodes?: string[]
  /** Carries all of these badges (a themed pavilion's rule). */
  requiredBadgeMask?: number
  minPriceFen?: number
  maxPriceFen?: number
}

const FACET_LIMIT = 30
const NO_FILTER = Number.POSITIVE_INFINITY

interface SummaryRow {
  id: number
  title: string
  brand: string
  model: string
  price_fen: number
  reference_price_fen: number
  image: string
  badges: number
  sales: number
  supplier_id: number
  supplier_name: string
  supplier_region: string
}

/**
 * Product lists: full-text matching in the database, then filters, facets and ordering in one pass over
 * the in-memory ProductIndex, then the page's rows from the database.
 */
export class ProductRepository {
  private readonly index: ProductIndex
  private readonly matcher: TextMatcher
  private readonly regionSlots = new Map<string, number>()

  private constructor(
    private readonly sql: Sql,
    private readonly catalogue: CatalogueRepository,
    private readonly manufacturers: Set<number>,
  ) {
    catalogue.regions.forEach((r, slot) => this.regionSlots.set(r.code, slot))
    this.index = new ProductIndex(sql, (code) => this.regionSlots.get(code) ?? 0)
    this.matcher = new TextMatcher(sql)
  }

  static async load(sql: Sql, catalogue: CatalogueRepository): Promise<ProductRepository> {
    const makers = await sql.all<{ id: number }>("SELECT id FROM suppliers WHERE kind = 'manufacturer'")
    const repository = new ProductRepository(sql, catalogue, new Set(makers.map((m) => m.id)))
    await repository.index.reload()
    return repository
  }

  /** One page of products matching the filter, with the total and facets of the whole matching set. */
  async list(filter: ProductFilter, sort: Sort | IndexSort, limit: number, cursorRaw?: string): Promise<ProductList> {
    const scope = JSON.stringify([filter, sort])
    const after = cursorRaw ? decodeCursor(scope, cursorRaw) : null
    const terms = filter.q ? queryTerms(filter.q) : null
    const compiled = this.compile(filter)
    if ((filter.q && !terms) || !compiled) return { items: [], nextCursor: null, total: 0, facets: { categories: [], brands: [], badges: [] } }
    const candidates = terms ? await this.matcher.candidates(terms) : null
    const result = this.index.scan(candidates, compiled, sort === 'relevance' && !terms ? 'sales' : sort, limit, after)
    const lastAt = result.ids.length - 1
    return {
      items: await this.summaries(result.ids),
      nextCursor: result.more && lastAt >= 0 ? encodeCursor(scope, { key: result.keys[lastAt] as number, id: result.ids[lastAt] as number }) : null,
      total: result.total,
      facets: this.facets(result.categoryCounts, result.brandCounts, result.badgeCounts),
    }
  }

  /** How many products match, per level-1 category id, most first (a filter without search words). */
  topCategories(filter: ProductFilter): { id: number; count: number }[] {
    const compiled = this.compile(filter)
    if (!compiled) return []
    const { categoryCounts } = this.index.scan(null, compiled, 'sales', 0, null)
    const totals = new Map<number, number>()
    categoryCounts.forEach((count, leaf) => {
      const top = count > 0 ? this.catalogue.categoryPath(leaf)[0] : undefined
      if (top) totals.set(top.id, (totals.get(top.id) ?? 0) + count)
    })
    return [...totals].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id - b.id)
  }

  /** Suppliers with the most products matching the filter; only manufacturers when asked. */
  topSuppliers(filter: ProductFilter, n: number, manufacturersOnly: boolean): number[] {
    const compiled = this.compile(filter)
    if (!compiled) return []
    return this.index.topSuppliers(compiled, n, (id) => !manufacturersOnly || this.manufacturers.has(id))
  }

  /** Re-reads one product into the index after it changed. */
  refresh(id: number): Promise<void> {
    return this.index.refresh(id)
  }

  /** The filter in the index's terms, or null when it can match nothing (an unknown brand or category). */
  private compile(filter: ProductFilter): IndexFilter | null {
    const compiled: IndexFilter = {
      categoryLevel: 0,
      categoryId: -1,
      deliveryBit: 0,
      badgeMask: badgesToMask(filter.badges ?? []) | (filter.requiredBadgeMask ?? 0),
      brandId: -1,
      supplierId: filter.supplierId ?? -1,
      regions: null,
      minPriceFen: filter.minPriceFen ?? -NO_FILTER,
      maxPriceFen: filter.maxPriceFen ?? NO_FILTER,
    }
    if (filter.categoryId !== undefined) {
      const category = this.catalogue.category(filter.categoryId)
      if (!category) return null
      compiled.categoryLevel = category.level as 1 | 2 | 3
      compiled.categoryId = category.id
    }
    if (filter.regionCode !== undefined) {
      const region = this.catalogue.region(filter.regionCode)
      if (!region) return null
      compiled.deliveryBit = 1 << region.cityIndex
    }
    if (filter.brand !== undefined) {
      const brandId = this.catalogue.brandId(filter.brand)
      if (brandId === undefined) return null
      compiled.brandId = brandId
    }
    if (filter.supplierRegionCodes) {
      compiled.regions = new Uint8Array(this.regionSlots.size)
      for (const code of filter.supplierRegionCodes) {
        const slot = this.regionSlots.get(code)
        if (slot !== undefined) compiled.regions[slot] = 1
      }
    }
    return compiled
  }

  private facets(categoryCounts: Uint32Array, brandCounts: Uint32Array, badgeCounts: number[]): Facets {
    const top = (counts: Uint32Array): [number, number][] => {
      const pairs: [number, number][] = []
      counts.forEach((count, id) => {
        if (count > 0) pairs.push([id, count])
      })
      return pairs.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, FACET_LIMIT)
    }
    return {
      categories: top(categoryCounts).map(([id, count]) => ({ id, name: this.catalogue.category(id)?.name ?? '', count })),
      brands: top(brandCounts).map(([id, count]) => ({ name: this.catalogue.brandName(id), count })),
      badges: BADGES.flatMap((badge, bit) => (badgeCounts[bit] ? [{ badge, count: badgeCounts[bit] as number }] : [])),
    }
  }

  private async summaries(ids: number[]): Promise<ProductSummary[]> {
    if (ids.length === 0) return []
    const rows = await this.sql.all<SummaryRow>(
      `SELECT p.id, p.title, b.name AS brand, p.model, p.price_fen, p.reference_price_fen, p.image, p.badges, p.sales,
                s.id AS supplier_id, s.name AS supplier_name, s.region_code AS supplier_region
         FROM products p JOIN brands b ON b.id = p.brand_id JOIN suppliers s ON s.id = p.supplier_id
         WHERE p.id IN (${placeholders(ids.length)})`,
      ids,
    )
    const byId = new Map(rows.map((r) => [r.id, r]))
    return ids.flatMap((id) => {
      const r = byId.get(id)
      if (!r) return []
      return [
        {
          id: r.id,
          title: r.title,
          brand: r.brand,
          model: r.model,
          priceFen: r.price_fen,
          referencePriceFen: r.reference_price_fen,
          image: imageUrl(r.image),
          badges: maskToBadges(r.badges),
          sales: r.sales,
          supplier: { id: r.supplier_id, name: r.supplier_name, regionCode: r.supplier_region },
        },
      ]
    })
  }
}
