import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ErrorSchema } from '../../../shared/contract/common.ts'
import { PavilionDetailSchema, PavilionListSchema, PavilionParamsSchema } from '../../../shared/contract/pavilions.ts'
import { notFound } from '../../errors.ts'
import { fromCache, sendCached } from '../../lib/send-cached.ts'

const pavilionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { pavilions, catalogueCache: cache } = app
  const cached = fromCache(cache)

  app.get('/pavilions', { onRequest: cached, schema: { response: { 200: PavilionListSchema } } }, (request, reply) =>
    sendCached(request, reply, cache, 60, async () => ({ items: await pavilions.list() })),
  )

  app.get(
    '/pavilions/:id',
    { onRequest: cached, schema: { params: PavilionParamsSchema, response: { 200: PavilionDetailSchema, 404: ErrorSchema, 400: ErrorSchema } } },
    (request, reply) =>
      sendCached(request, reply, cache, 60, async () => {
        const detail = await pavilions.detail(request.params.id)
        if (!detail) throw notFound('PAVILION_NOT_FOUND', '地方馆不存在')
        return detail
      }),
  )
}

export default pavilionRoutes
