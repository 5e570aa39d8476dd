import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import Database from 'better-sqlite3'
import { ensureClientBuild, DIST_DIR } from '../../src/server/client-build.ts'
import { openSeededDatabase } from '../../src/server/seed/bootstrap.ts'
import { parseSeedScale } from '../../src/server/seed/scale.ts'
import { benchEngines } from './engines.ts'
import { benchEvents } from './events.ts'
import { benchOrders } from './orders.ts'
import { initialBundleSize } from './bundle-size.ts'
import { lighthouseReport } from './lighthouse.ts'
import { benchRepeatVisit } from './offline.ts'
import { load, memoryOf, printTable, startServer, type LoadResult } from './harness.ts'

/**
 * `npm run bench`: the catalogue API at full scale (480,000 products) under 50 connections next to a
 * bare Fastify route measured in the same run; order placement; 500 live event-stream clients; and
 * the client's first load in Lighthouse; SQLite and PostgreSQL side by side at full scale with one and two
 * app instances. BENCH_SECONDS sets each load's length (default 10); BENCH_ONLY=catalogue,orders,events,
 * client,engines picks sections.
 */
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10)
const ONLY = new Set((process.env['BENCH_ONLY'] ?? 'catalogue,orders,events,client,engines').split(','))
const DEMO_DB = 'data/bench-demo.sqlite'
const FULL_DB = 'data/bench-full.sqlite'

const SEARCHES = ['打印机', 'dyj', 'dayinji', '电脑', '联想', '复印纸', '空调', 'a4', '硒鼓', '笔记本', '办公椅', '大米', '茶叶', '得力 签字笔', 'hp', '投影仪']
const SEARCH_PATHS = SEARCHES.flatMap((q) => {
  const e = encodeURIComponent(q)
  return [`/api/products?q=${e}`, `/api/products?q=${e}&sort=price_asc`, `/api/products?q=${e}&regionCode=330106`]
})
const FILTER_PATHS = [
  '/api/products',
  '/api/products?sort=newest',
  '/api/products?categoryId=1',
  '/api/products?categoryId=2&sort=price_asc',
  '/api/products?categoryId=5&sort=sales',
  '/api/products?badges=energy_saving',
  '/api/products?badges=rural_revitalisation&sort=price_asc',
  '/api/products?badges=sme,energy_saving&regionCode=330212',
  '/api/products?regionCode=330106&sort=sales',
  '/api/products?minPriceFen=10000&maxPriceFen=100000',
  `/api/products?brand=${encodeURIComponent('得力')}`,
  `/api/products?brand=${encodeURIComponent('联想')}&sort=price_desc`,
  '/api/products?supplierId=42',
  '/api/products?categoryId=3&badges=sme&minPriceFen=5000',
]
const SUGGEST_PATHS = ['打', '打印', 'd', 'dy', 'dyj', 'dayin', '联', 'lx', '复印', 'kt', 'fyz', '茶'].map(
  (q) => `/api/search/suggest?q=${encodeURIComponent(q)}`,
)

function ensureFullDatabase(): { seedSeconds: string; built: boolean } {
  if (!existsSync(FULL_DB)) {
    console.log('Seeding the full-scale catalogue (once; kept as data/bench-full.sqlite) …')
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/seed/cli.ts'], {
      env: { ...process.env, SEED_SCALE: 'full', DATABASE_URL: `file:${FULL_DB}` },
      stdio: 'inherit',
    })
    if (run.status !== 0) throw new Error('seeding failed')
  }
  const db = new Database(FULL_DB, { readonly: true })
  const row = db.prepare("SELECT value FROM meta WHERE key = 'seed_seconds'").get() as { value: string } | undefined
  db.close()
  return { seedSeconds: row?.value ?? '?', built: true }
}

const fmt = (r: LoadResult, bare: number) => ({
  endpoint: r.name,
  'req/s': Math.round(r.rps),
  'p50 ms': r.p50.toFixed(1),
  'p95 ms': r.p95.toFixed(1),
  'p99 ms': r.p99.toFixed(1),
  'vs bare': `${((r.rps / bare) * 100).toFixed(0)}%`,
  'non-2xx': r.non2xx + r.errors,
})

async function warm(url: string, paths: string[]): Promise<void> {
  for (const path of paths) await fetch(url + path).then((r) => r.arrayBuffer())
}

async function catalogueSection(): Promise<void> {
  const { seedSeconds } = ensureFullDatabase()
  const sizeMb = statSync(FULL_DB).size / 1024 / 1024

  const bareServer = await startServer({ BENCH_BARE: '1' })
  await warm(bareServer.url, ['/bare'])
  const bare = await load('bare Fastify route', bareServer.url, ['/bare'], SECONDS)
  await bareServer.stop()

  const app = await startServer({ DATABASE_URL: `file:${FULL_DB}` })
  const startMem = memoryOf(app.process.pid as number)
  await warm(app.url, [...SEARCH_PATHS, ...FILTER_PATHS, ...SUGGEST_PATHS])
  const search = await load('search (48-query mix)', app.url, SEARCH_PATHS, SECONDS)
  const filter = await load('filter (14-query mix)', app.url, FILTER_PATHS, SECONDS)
  const suggest = await load('suggest (12 prefixes)', app.url, SUGGEST_PATHS, SECONDS)
  const hotMem = memoryOf(app.process.pid as number)
  await app.stop()

  const cold = await startServer({ DATABASE_URL: `file:${FULL_DB}`, CATALOGUE_CACHE_TTL_MS: '0' })
  const coldSearch = await load('search, response cache off', cold.url, SEARCH_PATHS, SECONDS)
  const coldFilter = await load('filter, response cache off', cold.url, FILTER_PATHS, SECONDS)
  const coldMem = memoryOf(cold.process.pid as number)
  await cold.stop()

  console.log(`\nCatalogue API at full scale, 50 connections, ${SECONDS} s each\n`)
  printTable([bare, search, filter, suggest, coldSearch, coldFilter].map((r) => fmt(r, bare.rps)))
  console.log('')
  printTable([
    { measure: 'full seed (480,000 products)', value: `${seedSeconds} s` },
    { measure: 'database size', value: `${sizeMb.toFixed(0)} MB` },
    { measure: 'server RSS at start', value: `${startMem.rssMb.toFixed(0)} MB` },
    { measure: 'server RSS after load (peak)', value: `${hotMem.rssMb.toFixed(0)} MB (${hotMem.peakMb.toFixed(0)} MB)` },
    { measure: 'server RSS, cache off (peak)', value: `${coldMem.rssMb.toFixed(0)} MB (${coldMem.peakMb.toFixed(0)} MB)` },
  ])
}

async function ordersSection(): Promise<void> {
  const orders = await benchOrders(SECONDS)
  console.log('\nOrder placement on the demo database, 50 connections, a fresh Idempotency-Key each\n')
  printTable([fmt(orders, orders.rps)].map(({ 'vs bare': _vs, ...row }) => row))
}

async function eventsSection(): Promise<void> {
  const r = await benchEvents(500)
  console.log('\nEvent stream: 500 connected clients on one server process, one order broadcast\n')
  printTable([
    { measure: 'clients connected', value: `${r.connected} / ${r.clients}` },
    { measure: 'clients that received the order', value: `${r.received} / ${r.clients}` },
    { measure: 'delivery after the order was sent (p50 / p95 / max)', value: `${r.p50Ms.toFixed(0)} / ${r.p95Ms.toFixed(0)} / ${r.maxMs.toFixed(0)} ms` },
    { measure: 'server RSS idle → with 500 streams', value: `${r.rssIdleMb.toFixed(0)} → ${r.rssConnectedMb.toFixed(0)} MB` },
  ])
}

async function clientSection(): Promise<void> {
  ensureClientBuild((line) => console.log(line))
  openSeededDatabase(`file:${DEMO_DB}`, parseSeedScale('demo')).close()
  const size = initialBundleSize(DIST_DIR)
  const server = await startServer({ DATABASE_URL: `file:${DEMO_DB}` })
  try {
    const rows = []
    for (const [page, path] of [['home', '/'], ['product', '/products/1'], ['pavilion', '/pavilions/hangzhou']] as const) {
      const r = await lighthouseReport(server.url + path)
      rows.push({ page, performance: r.performance, accessibility: r.accessibility, 'best practices': r.bestPractices, 'LCP ms': Math.round(r.lcpMs), 'TBT ms': Math.round(r.tbtMs), CLS: r.cls.toFixed(3) })
    }
    console.log('\nLighthouse 12.2.3, mobile, served by the app server on the demo catalogue (median of 3 runs)\n')
    printTable(rows)
    console.log(`\nHome initial JS ${(size.jsGzipBytes / 1024).toFixed(1)} kB gzip, CSS ${(size.cssGzipBytes / 1024).toFixed(1)} kB gzip`)
    const offline = await benchRepeatVisit({ url: server.url })
    console.log(
      `Repeat visit offline, warm service worker: home first contentful paint ${offline.firstContentfulPaintMs.toFixed(0)} ms ` +
        `(4× slower CPU ${offline.firstContentfulPaintSlowCpuMs.toFixed(0)} ms), product rails from cache ${offline.railsShownMs.toFixed(0)} ms`,
    )
  } finally {
    await server.stop()
  }
}

if (ONLY.has('catalogue')) await catalogueSection()
if (ONLY.has('orders')) await ordersSection()
if (ONLY.has('events')) await eventsSection()
if (ONLY.has('client')) await clientSection()
if (ONLY.has('engines')) {
  ensureFullDatabase()
  await benchEngines(FULL_DB, process.env['TEST_POSTGRES_URL'], SEARCH_PATHS, SECONDS)
}
