import { Type, type Static } from 'typebox'
import { literalUnion } from './common.ts'
import { ProductSummarySchema, SupplierSchema } from './catalogue.ts'

export const PAVILION_KINDS = ['city', 'county', 'theme'] as const

export const PavilionSummarySchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: literalUnion(PAVILION_KINDS),
  /** The city or county it showcases; null for a themed hall. */
  regionCode: Type.Union([Type.String(), Type.Null()]),
  tagline: Type.String(),
  banner: Type.String(),
  productCount: Type.Integer(),
})
export type PavilionSummary = Static<typeof PavilionSummarySchema>
export const PavilionListSchema = Type.Object({ items: Type.Array(PavilionSummarySchema) })

export const PavilionSectionSchema = Type.Object({
  category: Type.Object({ id: Type.Integer(), name: Type.String() }),
  total: Type.Integer(),
  items: Type.Array(ProductSummarySchema),
})
export type PavilionSection = Static<typeof PavilionSectionSchema>

export const PavilionDetailSchema = Type.Object({
  ...PavilionSummarySchema.properties,
  intro: Type.String(),
  manufacturers: Type.Array(SupplierSchema),
  sections: Type.Array(PavilionSectionSchema),
})
export type PavilionDetail = Static<typeof PavilionDetailSchema>

export const PavilionParamsSchema = Type.Object({ id: Type.String({ pattern: '^[a-z0-9-]{1,40}$' }) })
