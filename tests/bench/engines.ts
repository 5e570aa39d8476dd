import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { openPostgres } from '../../src/server/db/postgres/connect.ts'
import { openSeededPostgres } from '../../src/server/db/postgres/seed.ts'
import { PostgresSql } from '../../src/server/db/postgres/sql.ts'
import type { Sql } from '../../src/server/db/sql.ts'
import { SqliteSql } from '../../src/server/db/sqlite-sql.ts'
import { hashPasswordSync } from '../../src/server/auth/password.ts'
import { openDatabase } from '../../src/server/db/database.ts'
import { parseSeedScale } from '../../src/server/seed/scale.ts'
import { withDatabase } from '../support/postgres.ts'
import { load, loadRequests, printTable, startServer, type LoadResult, type Server } from './harness.ts'
import { assertEveryAcknowledgedOrderStored, logIn, orderRequest, prepareForOrders, type Orderable } from './orders.ts'

const FULL_POSTGRES = 'yuncai_bench_full'
const RUN_POSTGRES = 'yuncai_bench_run'
/**
 * The full-scale seed has no demo accounts: the run's copy gets a purchaser for each of the first
 * BUYERS units, with budgets no run can exhaust, and PRODUCTS province-wide products in stock. Orders
 * from many units over many products is what a deployment sees; one unit ordering one product at
 * 50 connections would measure a single row lock instead.
 */
const BUYERS = 50
const PRODUCTS = 1000
const PASSWORD = 'bench-password'
const buyerName = (unit: number): string => `bench-buyer-${unit}`

async function prepareOrders(sql: Sql): Promise<Orderable[]> {
  const hash = hashPasswordSync(PASSWORD)
  for (let unit = 1; unit <= BUYERS; unit++) {
    await sql.run("INSERT INTO users (username, password_hash, display_name, role, unit_id) VALUES (?, ?, '压测采购人', 'purchaser', ?)", [
      buyerName(unit),
      hash,
      unit,
    ])
  }
  return prepareForOrders(sql, BUYERS, PRODUCTS, 'delivery_mask = 2047')
}

async function logInBuyers(url: string): Promise<string[]> {
  const cookies: string[] = []
  for (let unit = 1; unit <= BUYERS; unit++) cookies.push(await logIn(url, buyerName(unit), PASSWORD))
  return cookies
}

/** A full-scale database of one engine that a run may write to, and how servers open it. */
interface RunDatabase {
  engine: string
  url: string
  sql: Sql
  /** What the run's buyers order. */
  products: Orderable[]
  drop(): Promise<void>
}

/** A copy of the full SQLite bench database, so the orders a run places do not accumulate. */
async function sqliteRun(fullDb: string): Promise<RunDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'yuncai-bench-engines-'))
  const path = join(dir, 'mall.sqlite')
  copyFileSync(fullDb, path)
  const sql = new SqliteSql(openDatabase(`file:${path}`))
  return {
    engine: 'SQLite',
    url: `file:${path}`,
    sql,
    products: await prepareOrders(sql),
    async drop() {
      await sql.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

async function admin<T>(baseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: baseUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/**
 * The full-scale PostgreSQL database, seeded once by the same generator (kept as yuncai_bench_full),
 * copied for the run by CREATE DATABASE … TEMPLATE.
 */
async function postgresRun(baseUrl: string): Promise<RunDatabase> {
  const fullUrl = withDatabase(baseUrl, FULL_POSTGRES)
  await admin(baseUrl, async (client) => {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [FULL_POSTGRES])
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${FULL_POSTGRES}`)
  })
  const started = performance.now()
  await (await openSeededPostgres(fullUrl, parseSeedScale('full'), (line) => console.log(line))).end()
  const seeded = (performance.now() - started) / 1000
  if (seeded > 5) console.log(`PostgreSQL full-scale database ready in ${seeded.toFixed(0)} s (kept as ${FULL_POSTGRES})`)
  await admin(baseUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${RUN_POSTGRES} WITH (FORCE)`)
    await client.query(`CREATE DATABASE ${RUN_POSTGRES} TEMPLATE ${FULL_POSTGRES}`)
  })
  const url = withDatabase(baseUrl, RUN_POSTGRES)
  const sql = new PostgresSql(await openPostgres(url, { max: 2 }), url)
  return {
    engine: 'PostgreSQL',
    url,
    sql,
    products: await prepareOrders(sql),
    async drop() {
      await sql.close()
      await admin(baseUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${RUN_POSTGRES} WITH (FORCE)`))
    },
  }
}

interface EngineRow {
  engine: string
  instances: number
  search: LoadResult
  cold: LoadResult
  orders: LoadResult
}

/** Search with the response cache on and off, then order placement, through 1 or 2 app instances. */
async function measure(db: RunDatabase, instances: number, searchPaths: string[], seconds: number): Promise<EngineRow> {
  const start = (env: Record<string, string>) => Promise.all(Array.from({ length: instances }, () => startServer({ DATABASE_URL: db.url, ...env })))
  const stop = (servers: Server[]) => Promise.all(servers.map((s) => s.stop()))
  let servers = await start({})
  const urls = () => servers.map((s) => s.url)
  try {
    for (const url of urls()) for (const path of searchPaths) await fetch(url + path).then((r) => r.arrayBuffer())
    const search = await load('search', urls(), searchPaths, seconds)
    const request = orderRequest(await logInBuyers(urls()[0] as string), db.products)
    const before = ((await db.sql.get<{ n: number }>('SELECT count(*) AS n FROM orders')) as { n: number }).n
    const warm = await loadRequests('warm-up', urls(), [request], 2)
    const orders = await loadRequests('orders', urls(), [request], seconds)
    await assertEveryAcknowledgedOrderStored(db.sql, before, warm.requests - warm.non2xx + orders.requests - orders.non2xx)
    await stop(servers)
    servers = await start({ CATALOGUE_CACHE_TTL_MS: '0' })
    const cold = await load('search, cache off', urls(), searchPaths, seconds)
    return { engine: db.engine, instances, search, cold, orders }
  } finally {
    await stop(servers)
  }
}

/**
 * The two engines side by side at full scale (480,000 products), 50 connections split between one or
 * two app instances on the same database: catalogue search with the response cache on (as served) and
 * off (every request reaches the search and the database), and order placement by 50 units.
 */
export async function benchEngines(fullSqlite: string, postgresUrl: string | undefined, searchPaths: string[], seconds: number): Promise<void> {
  const rows: EngineRow[] = []
  for (const open of [() => sqliteRun(fullSqlite), ...(postgresUrl ? [() => postgresRun(postgresUrl)] : [])]) {
    const db = await open()
    try {
      for (const instances of [1, 2]) rows.push(await measure(db, instances, searchPaths, seconds))
    } finally {
      await db.drop()
    }
  }
  console.log(`\nEngines at full scale, 50 connections split between the app instances, ${seconds} s each\n`)
  printTable(
    rows.map((r) => ({
      engine: r.engine,
      instances: r.instances,
      'search req/s': Math.round(r.search.rps),
      'search p95 ms': r.search.p95.toFixed(1),
      'search, cache off req/s': Math.round(r.cold.rps),
      'cache off p95 ms': r.cold.p95.toFixed(1),
      'orders req/s': Math.round(r.orders.rps),
      'orders p95 ms': r.orders.p95.toFixed(1),
      'non-2xx': r.search.non2xx + r.cold.non2xx + r.orders.non2xx + r.search.errors + r.cold.errors + r.orders.errors,
    })),
  )
  if (!postgresUrl) console.log('\nPostgreSQL not measured: set TEST_POSTGRES_URL (scripts/postgres-up.sh prints one).')
}
