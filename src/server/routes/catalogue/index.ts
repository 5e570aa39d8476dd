import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { isBadge } from '../../../shared/badges.ts'
import {
  CategoryListSchema,
  ProductDetailSchema,
  ProductListSchema,
  ProductQuerySchema,
  RegionListSchema,
  SuggestListSchema,
  SuggestQuerySchema,
  SupplierSchema,
  type ProductQuery,
} from '../../../shared/contract/catalogue.ts'
import { ErrorSchema, IdParamsSchema } from '../../../shared/contract/common.ts'
import { badRequest, notFound } from '../../errors.ts'
import type { ProductFilter } from '../../db/repositories/products.ts'
import type { CatalogueRepository } from '../../db/repositories/catalogue.ts'
import type { PavilionRepository } from '../../db/repositories/pavilions.ts'
import { fromCache, sendCached } from '../../lib/send-cached.ts'

const errors = { 400: ErrorSchema, 404: ErrorSchema }

/** Checks what the schema cannot (badge names, a known region, min ≤ max) and builds the filter. */
async function toFilter(query: ProductQuery, catalogue: CatalogueRepository, pavilions: PavilionRepository): Promise<ProductFilter> {
  const badges = query.badges?.split(',').map((b) => b.trim()).filter(Boolean) ?? []
  const unknown = badges.find((b) => !isBadge(b))
  if (unknown !== undefined) throw badRequest('INVALID_BADGE', `未知的政策标识：${unknown.slice(0, 40)}`)
  if (query.regionCode !== undefined && !catalogue.region(query.regionCode)) {
    throw badRequest('INVALID_REGION', `未知的行政区划代码：${query.regionCode}`)
  }
  if (query.minPriceFen !== undefined && query.maxPriceFen !== undefined && query.minPriceFen > query.maxPriceFen) {
    throw badRequest('INVALID_PRICE_RANGE', '最低价不能高于最高价')
  }
  const pavilion = query.pavilionId === undefined ? {} : await pavilions.filter(query.pavilionId)
  if (!pavilion) throw notFound('PAVILION_NOT_FOUND', '地方馆不存在')
  const q = query.q?.trim()
  const chosen = [...new Set([...badges, ...(pavilion.badges ?? [])])].sort() as NonNullable<ProductFilter['badges']>
  return {
    q: q || undefined,
    categoryId: query.categoryId,
    regionCode: query.regionCode,
    badges: chosen.length ? chosen : undefined,
    supplierRegionCodes: pavilion.supplierRegionCodes,
    brand: query.brand,
    supplierId: query.supplierId,
    minPriceFen: query.minPriceFen,
    maxPriceFen: query.maxPriceFen,
  }
}

const catalogueRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { catalogue, products, pavilions, catalogueCache: cache } = app
  const cached = fromCache(cache)

  app.get('/regions', { onRequest: cached, schema: { response: { 200: RegionListSchema } } }, (request, reply) =>
    sendCached(request, reply, cache, 3600, () => ({ items: catalogue.regions })),
  )

  app.get('/categories', { onRequest: cached, schema: { response: { 200: CategoryListSchema } } }, (request, reply) =>
    sendCached(request, reply, cache, 300, () => ({
      items: catalogue.categories.map(({ slug: _slug, ...c }) => c),
    })),
  )

  app.get(
    '/products',
    { onRequest: cached, schema: { querystring: ProductQuerySchema, response: { 200: ProductListSchema, ...errors } } },
    async (request, reply) => {
      const filter = await toFilter(request.query, catalogue, pavilions)
      const sort = request.query.sort ?? (filter.q ? 'relevance' : 'sales')
      const limit = request.query.limit ?? 20
      return sendCached(request, reply, cache, 30, () => products.list(filter, sort, limit, request.query.cursor))
    },
  )

  app.get(
    '/products/:id',
    { onRequest: cached, schema: { params: IdParamsSchema, response: { 200: ProductDetailSchema, ...errors } } },
    (request, reply) =>
      sendCached(request, reply, cache, 30, async () => {
        const product = await catalogue.product(request.params.id)
        if (!product) throw notFound('PRODUCT_NOT_FOUND', '商品不存在或已下架')
        return product
      }),
  )

  app.get(
    '/suppliers/:id',
    { schema: { params: IdParamsSchema, response: { 200: SupplierSchema, ...errors } } },
    async (request) => {
      const supplier = await catalogue.supplier(request.params.id)
      if (!supplier) throw notFound('SUPPLIER_NOT_FOUND', '供应商不存在')
      return supplier
    },
  )

  app.get(
    '/search/suggest',
    { onRequest: cached, schema: { querystring: SuggestQuerySchema, response: { 200: SuggestListSchema, ...errors } } },
    (request, reply) =>
      sendCached(request, reply, cache, 300, async () => ({
        items: await catalogue.suggest(request.query.q),
      })),
  )
}

export default catalogueRoutes
