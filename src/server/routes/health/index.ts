import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { HealthSchema } from '../../../shared/contract/common.ts'

const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/health', { schema: { response: { 200: HealthSchema } } }, () => {
    app.db.prepare('SELECT 1').get()
    return { status: 'ok' as const }
  })
}

export default healthRoutes
