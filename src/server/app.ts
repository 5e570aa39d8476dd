import Fastify, { type FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import cookie from '@fastify/cookie'
import { DEFAULT_ORDER_LIMIT_FEN } from '../shared/contract/orders.ts'
import { DIST_DIR } from './client-build.ts'
import type { SqlDatabase } from './db/sql.ts'
import { GroupCommit, TransactionPerWork } from './db/group-commit.ts'
import { CatalogueRepository } from './db/repositories/catalogue.ts'
import { ProductRepository } from './db/repositories/products.ts'
import { PavilionRepository } from './db/repositories/pavilions.ts'
import { OrderRepository } from './db/repositories/orders.ts'
import { SessionRepository } from './db/repositories/sessions.ts'
import { UnitRepository } from './db/repositories/units.ts'
import { UserRepository } from './db/repositories/users.ts'
import { OrderService } from './services/orders.ts'
import { ResponseCache } from './lib/response-cache.ts'
import { CATALOGUE_CHANNEL, OrderFeed } from './lib/order-feed.ts'
import { answerClientError, answerFrameworkError, registerErrorHandling } from './plugins/errors.ts'
import { registerInputGuard } from './plugins/input-guard.ts'
import { registerSecurity } from './plugins/security.ts'
import { registerClient } from './plugins/client.ts'
import { registerRateLimit } from './plugins/rate-limit.ts'
import { DEFAULT_SESSION_TTL_MS, registerSession } from './plugins/session.ts'
import healthRoutes from './routes/health/index.ts'
import catalogueRoutes from './routes/catalogue/index.ts'
import pavilionRoutes from './routes/pavilions/index.ts'
import imageRoutes from './routes/images/index.ts'
import sessionRoutes from './routes/session/index.ts'
import meRoutes from './routes/me/index.ts'
import orderRoutes from './routes/orders/index.ts'
import eventRoutes from './routes/events/index.ts'

export interface AppOptions {
  /** The database, SQLite or PostgreSQL; the app does not close it. */
  sql: SqlDatabase
  /** Where the built client lives; omitted in API-only tests. */
  distDir?: string
  logger?: boolean
  /** How long a serialized catalogue response is reused; 0 turns the cache off. */
  catalogueCacheTtlMs?: number
  /** The online-supermarket single-order limit in fen (default ¥200,000). */
  orderLimitFen?: number
  sessionTtlMs?: number
  /** Login attempts per client address and username per window (default 10 a minute). */
  loginLimit?: { max: number; windowMs: number }
}

declare module 'fastify' {
  interface FastifyInstance {
    sql: SqlDatabase
    catalogue: CatalogueRepository
    products: ProductRepository
    pavilions: PavilionRepository
    catalogueCache: ResponseCache
    sessions: SessionRepository
    users: UserRepository
    units: UnitRepository
    orders: OrderService
    orderFeed: OrderFeed
  }
}

/** Builds the app: external plugins first, then repositories, then routes. It does not listen. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: 'warn' } : false,
    bodyLimit: 64 * 1024,
    routerOptions: { maxParamLength: 200 },
    ajv: { customOptions: { coerceTypes: true, removeAdditional: true, allErrors: false } },
    // Failures before routing (bad percent-encoding, unparseable HTTP) answer in the contract's shape too.
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
  }).withTypeProvider<TypeBoxTypeProvider>()

  registerErrorHandling(app)
  registerInputGuard(app)
  registerSecurity(app)
  await app.register(cookie)
  const { sql } = options
  await registerRateLimit(app, sql)

  const catalogue = await CatalogueRepository.load(sql)
  const products = await ProductRepository.load(sql, catalogue)
  app.decorate('sql', sql)
  app.decorate('catalogue', catalogue)
  app.decorate('products', products)
  app.decorate('pavilions', new PavilionRepository(sql, catalogue, products))
  app.decorate('catalogueCache', new ResponseCache(5_000, options.catalogueCacheTtlMs ?? 60_000))
  const orderFeed = new OrderFeed(sql)
  app.decorate('orderFeed', orderFeed)
  app.addHook('onClose', async () => orderFeed.stop())
  const refreshProduct = async (productId: number): Promise<void> => {
    await products.refresh(productId)
    app.catalogueCache.clear()
  }
  if (sql.engine === 'postgres') {
    // Orders placed through other instances move the catalogue here too.
    const unlisten = await sql.listen(CATALOGUE_CHANNEL, (payload) => void refreshProduct(Number(payload)).catch(() => {}))
    app.addHook('onClose', unlisten)
  }
  const sessions = new SessionRepository(sql)
  const sessionTtlMs = options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS
  app.decorate('sessions', sessions)
  app.decorate('users', new UserRepository(sql))
  app.decorate('units', new UnitRepository(sql))
  app.decorate(
    'orders',
    new OrderService({
      sql,
      commits: sql.engine === 'sqlite' ? new GroupCommit(sql) : new TransactionPerWork(sql),
      orders: new OrderRepository(sql),
      units: app.units,
      orderLimitFen: options.orderLimitFen ?? DEFAULT_ORDER_LIMIT_FEN,
      onCommit: ({ productId, catalogueChanged }) => {
        orderFeed.poll()
        if (catalogueChanged) void refreshProduct(productId).catch(() => {})
      },
    }),
  )
  registerSession(app, sessions, sessionTtlMs)

  await app.register(healthRoutes, { prefix: '/api' })
  await app.register(catalogueRoutes, { prefix: '/api' })
  await app.register(pavilionRoutes, { prefix: '/api' })
  await app.register(sessionRoutes, { prefix: '/api', sessionTtlMs, loginLimit: options.loginLimit ?? { max: 10, windowMs: 60_000 } })
  await app.register(meRoutes, { prefix: '/api' })
  await app.register(orderRoutes, { prefix: '/api' })
  await app.register(eventRoutes, { prefix: '/api' })
  await app.register(imageRoutes, { prefix: '/images' })
  await registerClient(app, options.distDir ?? DIST_DIR)
  return app
}
