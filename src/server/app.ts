import Fastify, { type FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { DIST_DIR } from './client-build.ts'
import type { Db } from './db/database.ts'
import { CatalogueRepository } from './db/repositories/catalogue.ts'
import { ProductRepository } from './db/repositories/products.ts'
import { PavilionRepository } from './db/repositories/pavilions.ts'
import { ResponseCache } from './lib/response-cache.ts'
import { registerErrorHandling } from './plugins/errors.ts'
import { registerSecurity } from './plugins/security.ts'
import { registerClient } from './plugins/client.ts'
import healthRoutes from './routes/health/index.ts'
import catalogueRoutes from './routes/catalogue/index.ts'
import pavilionRoutes from './routes/pavilions/index.ts'
import imageRoutes from './routes/images/index.ts'

export interface AppOptions {
  db: Db
  /** Where the built client lives; omitted in API-only tests. */
  distDir?: string
  logger?: boolean
  /** How long a serialized catalogue response is reused; 0 turns the cache off. */
  catalogueCacheTtlMs?: number
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Db
    catalogue: CatalogueRepository
    products: ProductRepository
    pavilions: PavilionRepository
    catalogueCache: ResponseCache
  }
}

/** Builds the app: external plugins first, then repositories, then routes. It does not listen. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: 'warn' } : false,
    bodyLimit: 64 * 1024,
    routerOptions: { maxParamLength: 200 },
    ajv: { customOptions: { coerceTypes: true, removeAdditional: true, allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>()

  registerErrorHandling(app)
  registerSecurity(app)

  const catalogue = new CatalogueRepository(options.db)
  app.decorate('db', options.db)
  app.decorate('catalogue', catalogue)
  const products = new ProductRepository(options.db, catalogue)
  app.decorate('products', products)
  app.decorate('pavilions', new PavilionRepository(options.db, catalogue, products))
  app.decorate('catalogueCache', new ResponseCache(5_000, options.catalogueCacheTtlMs ?? 60_000))

  await app.register(healthRoutes, { prefix: '/api' })
  await app.register(catalogueRoutes, { prefix: '/api' })
  await app.register(pavilionRoutes, { prefix: '/api' })
  await app.register(imageRoutes, { prefix: '/images' })
  await registerClient(app, options.distDir ?? DIST_DIR)
  return app
}
