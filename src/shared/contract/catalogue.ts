import { Type, type Static } from 'typebox'
import { literalUnion } from './common.ts'
import { BADGES } from '../badges.ts'

export const BadgeSchema = literalUnion(BADGES)

export const RegionSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  parentCode: Type.Union([Type.String(), Type.Null()]),
})
export type Region = Static<typeof RegionSchema>
export const RegionListSchema = Type.Object({ items: Type.Array(RegionSchema) })

export const CategorySchema = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  parentId: Type.Union([Type.Integer(), Type.Null()]),
  level: Type.Integer({ minimum: 1, maximum: 3 }),
  productCount: Type.Integer(),
})
export type Category = Static<typeof CategorySchema>
export const CategoryListSchema = Type.Object({ items: Type.Array(CategorySchema) })

export const SupplierRefSchema = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  regionCode: Type.String(),
})

export const ProductSummarySchema = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  brand: Type.String(),
  model: Type.String(),
  priceFen: Type.Integer(),
  referencePriceFen: Type.Integer(),
  image: Type.String(),
  badges: Type.Array(BadgeSchema),
  sales: Type.Integer(),
  supplier: SupplierRefSchema,
})
export type ProductSummary = Static<typeof ProductSummarySchema>

export const SORTS = ['relevance', 'price_asc', 'price_desc', 'sales', 'newest'] as const
export type Sort = (typeof SORTS)[number]

const Fen = Type.Integer({ minimum: 0, maximum: 100_000_000_000 })

export const ProductQuerySchema = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 64 })),
    categoryId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_147_483_647 })),
    regionCode: Type.Optional(Type.String({ pattern: '^[0-9]{6}$' })),
    badges: Type.Optional(Type.String({ maxLength: 200 })),
    brand: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    supplierId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_147_483_647 })),
    pavilionId: Type.Optional(Type.String({ pattern: '^[a-z0-9-]{1,40}$' })),
    minPriceFen: Type.Optional(Fen),
    maxPriceFen: Type.Optional(Fen),
    sort: Type.Optional(literalUnion(SORTS)),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
  },
  { additionalProperties: false },
)
export type ProductQuery = Static<typeof ProductQuerySchema>

export const FacetsSchema = Type.Object({
  categories: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), count: Type.Integer() })),
  brands: Type.Array(Type.Object({ name: Type.String(), count: Type.Integer() })),
  badges: Type.Array(Type.Object({ badge: BadgeSchema, count: Type.Integer() })),
})
export type Facets = Static<typeof FacetsSchema>

export const ProductListSchema = Type.Object({
  items: Type.Array(ProductSummarySchema),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
  total: Type.Integer(),
  facets: FacetsSchema,
})
export type ProductList = Static<typeof ProductListSchema>

export const SUPPLIER_KINDS = ['manufacturer', 'reseller'] as const
export const SUPPLIER_SIZES = ['large', 'medium', 'small', 'micro'] as const

export const SupplierSchema = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  regionCode: Type.String(),
  /** City and county, e.g. 杭州市西湖区. */
  regionName: Type.String(),
  kind: literalUnion(SUPPLIER_KINDS),
  size: literalUnion(SUPPLIER_SIZES),
  badges: Type.Array(BadgeSchema),
  productCount: Type.Integer(),
  industry: Type.String(),
  intro: Type.String(),
})
export type Supplier = Static<typeof SupplierSchema>

export const ProductDetailSchema = Type.Object({
  ...ProductSummarySchema.properties,
  images: Type.Array(Type.String()),
  specs: Type.Array(Type.Object({ name: Type.String(), value: Type.String() })),
  description: Type.String(),
  stock: Type.Integer(),
  unit: Type.String(),
  warrantyMonths: Type.Integer(),
  deliveryRegionCodes: Type.Array(Type.String()),
  categoryPath: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() })),
  supplier: SupplierSchema,
})
export type ProductDetail = Static<typeof ProductDetailSchema>

export const SuggestQuerySchema = Type.Object(
  { q: Type.String({ maxLength: 64 }) },
  { additionalProperties: false },
)
export const SUGGESTION_KINDS = ['category', 'brand', 'keyword'] as const
export const SuggestionSchema = Type.Object({
  text: Type.String(),
  kind: literalUnion(SUGGESTION_KINDS),
})
export type Suggestion = Static<typeof SuggestionSchema>
export const SuggestListSchema = Type.Object({ items: Type.Array(SuggestionSchema, { maxItems: 10 }) })
