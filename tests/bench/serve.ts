import Fastify from 'fastify'
import { buildApp } from '../../src/server/app.ts'
import { openSql } from '../../src/server/db/open.ts'
import { parseSeedScale } from '../../src/server/seed/scale.ts'

/**
 * A server for the benchmark, started as its own process: the app on an existing database, or
 * with BENCH_BARE=1 a bare Fastify route to compare against. Prints "listening <url>" when ready.
 */
const port = Number(process.env['PORT'] ?? 0)
if (process.env['BENCH_BARE'] === '1') {
  const app = Fastify()
  app.get('/bare', () => ({ status: 'ok' }))
  console.log(`listening ${await app.listen({ port, host: '127.0.0.1' })}`)
} else {
  const sql = await openSql(process.env['DATABASE_URL'] ?? 'file:data/bench-full.sqlite', parseSeedScale(process.env['SEED_SCALE']))
  const ttl = process.env['CATALOGUE_CACHE_TTL_MS']
  const app = await buildApp({ sql, catalogueCacheTtlMs: ttl === undefined ? undefined : Number(ttl) })
  console.log(`listening ${await app.listen({ port, host: '127.0.0.1' })}`)
}
