import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { HealthSchema } from '../../../shared/contract/common.ts'

const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/health', { schema: { response: { 200: HealthSchema } } }, async () => {
    await app.sql.get('SELECT 1 AS ok')
    return { status: 'ok' as const }
  })
}

export default healthRoutes
