import type { Sql } from '../sql.ts'
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
    private readonly sql: Sql,
    private readonly catalogue: CatalogueRepository,
    private readonly products: ProductRepository,
  ) {}

  private row(id: string): Promise<PavilionRow | undefined> {
    return this.sql.get<PavilionRow>('SELECT * FROM pavilions WHERE id = ?', [id])
  }

  /** The product filter a pavilion stands for, or undefined for an unknown id. */
  async filter(id: string): Promise<ProductFilter | undefined> {
    const row = await this.row(id)
    return row && this.filterOf(row)
  }

  /** The kind of a pavilion (its banner's style), or undefined for an unknown id. */
  async kind(id: string): Promise<PavilionSummary['kind'] | undefined> {
    return (await this.row(id))?.kind
  }

  private filterOf(row: PavilionRow): ProductFilter {
    if (row.region_code === null) return { badges: maskToBadges(row.badge_mask) }
    const codes = this.catalogue.regions.filter((r) => r.code === row.region_code || r.parentCode === row.region_code)
    return { supplierRegionCodes: codes.map((r) => r.code) }
  }

  private async summary(row: PavilionRow): Promise<PavilionSummary> {
    return {
      id: row.id,
      name: row.name,
      kind: row.kind,
      regionCode: row.region_code,
      tagline: row.tagline,
      banner: `/images/pavilions/${row.id}.svg`,
      productCount: (await this.products.list(this.filterOf(row), 'sales', 1)).total,
    }
  }

  async list(): Promise<PavilionSummary[]> {
    const rows = await this.sql.all<PavilionRow>('SELECT * FROM pavilions ORDER BY position')
    return Promise.all(rows.map((row) => this.summary(row)))
  }

  /** The showcase: featured manufacturers and a rail per main category, 品字标 and policy goods first. */
  async detail(id: string): Promise<PavilionDetail | undefined> {
    const row = await this.row(id)
    if (!row) return undefined
    const filter = this.filterOf(row)
    const sections = await Promise.all(
      this.products
        .topCategories(filter)
        .slice(0, SECTIONS)
        .map(async ({ id: categoryId }) => {
          const page = await this.products.list({ ...filter, categoryId }, 'featured', SECTION_ITEMS)
          return { category: { id: categoryId, name: this.catalogue.category(categoryId)?.name ?? '' }, total: page.total, items: page.items }
        }),
    )
    return {
      ...(await this.summary(row)),
      intro: row.intro,
      manufacturers: await this.catalogue.suppliers(this.products.topSuppliers(filter, MANUFACTURERS, true)),
      sections,
    }
  }
}
