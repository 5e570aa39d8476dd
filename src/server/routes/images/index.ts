import type { FastifyPluginAsync } from 'fastify'
import { renderProductSvg } from '../../seed/images.ts'
import { renderPavilionBanner } from '../../lib/pavilion-banner.ts'

const NAME = /^([a-z0-9-]+)-([0-7])\.svg$/
const PAVILION = /^([a-z0-9-]{1,40})\.svg$/
const IMMUTABLE = 'public, max-age=31536000, immutable'
const missing = { error: { code: 'IMAGE_NOT_FOUND', message: '图片不存在' } }

/** Product pictures are drawn on request from their kind and variant, and never change. */
const imageRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Params: { name: string } }>('/p/:name', (request, reply) => {
    const match = NAME.exec(request.params.name)
    const svg = match ? renderProductSvg(match[1] as string, Number(match[2])) : null
    if (!svg) return reply.code(404).send(missing)
    return reply.header('cache-control', IMMUTABLE).type('image/svg+xml').send(svg)
  })

  app.get<{ Params: { name: string } }>('/pavilions/:name', async (request, reply) => {
    const id = PAVILION.exec(request.params.name)?.[1]
    const kind = id === undefined ? undefined : await app.pavilions.kind(id)
    if (!kind || !id) return reply.code(404).send(missing)
    return reply.header('cache-control', 'public, max-age=86400').type('image/svg+xml').send(renderPavilionBanner(id, kind))
  })
}

export default imageRoutes
