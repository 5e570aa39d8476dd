import { stmt, type Db } from '../database.ts'
import { maskToBadges } from '../../../shared/badges.ts'
import type { PavilionDetail, PavilionSummary } from '../../../shared/contract/pavilions.ts'
import type { CatalogueRepository } from './catalogue.ts'
import type { ProductFilter, ProductRepository } from './products.ts'

interface PavilionRow {
  id: string
  name: string
  kind: PavilionSummary['kind']
  region_code: string | null
  badge_mask: number
  tagline: string
  intro: string
}

const SECTIONS = 6
const SECTION_ITEMS = 8
const MANUFACTURERS = 10

/**
 * 地方馆: a pavilion is a view of the catalogue. A city or county pavilion holds the goods of suppliers
 * based there, a themed hall the goods carrying its badge, so its products come from the same list
 * endpoint with the same paging, sorting and filters.
 */
export class PavilionRepository {
  constructor(
    private readonly db: Db,
    private readonly catalogue: CatalogueRepository,
    private readonly products: ProductRepository,
  ) {}

  private row(id: string): PavilionRow | undefined {
    return stmt(this.db, 'SELECT * FROM pavilions WHERE id = ?').get(id) as PavilionRow | undefined
  }

  /** The product filter a pavilion stands for, or undefined for an unknown id. */
  filter(id: string): ProductFilter | undefined {
    const row = this.row(id)
    return row && this.filterOf(row)
  }

  private filterOf(row: PavilionRow): ProductFilter {
    if (row.region_code === null) return { badges: maskToBadges(row.badge_mask) }
    const codes = this.catalogue.regions.filter((r) => r.code === row.region_code || r.parentCode === row.region_code)
    return { supplierRegionCodes: codes.map((r) => r.code) }
  }

  private summary(row: PavilionRow): PavilionSummary {
    return {
      id: row.id,
      name: row.name,
      kind: row.kind,
      regionCode: row.region_code,
      tagline: row.tagline,
      banner: `/images/pavilions/${row.id}.svg`,
      productCount: this.products.list(this.filterOf(row), 'sales', 1).total,
    }
  }

  list(): PavilionSummary[] {
    const rows = stmt(this.db, 'SELECT * FROM pavilions ORDER BY position').all() as PavilionRow[]
    return rows.map((row) => this.summary(row))
  }

  /** The showcase: featured manufacturers and a rail per main category, 品字标 and policy goods first. */
  detail(id: string): PavilionDetail | undefined {
    const row = this.row(id)
    if (!row) return undefined
    const filter = this.filterOf(row)
    const sections = this.products.topCategories(filter).slice(0, SECTIONS).map(({ id: categoryId }) => {
      const page = this.products.list({ ...filter, categoryId }, 'featured', SECTION_ITEMS)
      return { category: { id: categoryId, name: this.catalogue.category(categoryId)?.name ?? '' }, total: page.total, items: page.items }
    })
    return {
      ...this.summary(row),
      intro: row.intro,
      manufacturers: this.catalogue.suppliers(this.products.topSuppliers(filter, MANUFACTURERS, true)),
      sections,
    }
  }
}
