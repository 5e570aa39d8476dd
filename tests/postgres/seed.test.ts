import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../../src/server/db/database.ts'
import { MIGRATIONS } from '../../src/server/db/migrations/index.ts'
import { openPostgres } from '../../src/server/db/postgres/connect.ts'
import { copySqliteToPostgres, openStagingDatabase } from '../../src/server/db/postgres/seed.ts'
import { seedDatabase } from '../../src/server/seed/index.ts'
import { parseSeedScale } from '../../src/server/seed/scale.ts'
import { freshDatabase, testPostgresUrl } from '../support/postgres.ts'

const PRODUCTS = 2000
/** Every table but meta, which PostgreSQL's seed adds seed_seconds to (checked on its own below). */
const TABLES = [
  'regions', 'categories', 'brands', 'suppliers', 'products', 'suggest_terms', 'units', 'addresses', 'plans',
  'users', 'pavilions', 'sessions', 'rate_limits', 'orders', 'order_events', 'idempotency_keys',
]

describe.skipIf(!testPostgresUrl())('the PostgreSQL seed', () => {
  let sqlite: Db
  let database: Awaited<ReturnType<typeof freshDatabase>>
  let pool: pg.Pool

  beforeAll(async () => {
    sqlite = openDatabase('file::memory:')
    seedDatabase(sqlite, parseSeedScale(String(PRODUCTS)))
    database = await freshDatabase(PRODUCTS)
    pool = await openPostgres(database.url, { max: 2 })
  })

  afterAll(async () => {
    await pool?.end()
    await database?.drop()
    sqlite?.close()
  })

  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => (await pool.query(sql, params)).rows[0] as T

  it('holds as many rows in every table as the SQLite seed of the same scale', async () => {
    const expected: Record<string, number> = {}
    const actual: Record<string, number> = {}
    for (const table of TABLES) {
      expected[table] = sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
      actual[table] = (await one<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)).n
    }
    expect(actual).toEqual(expected)
    expect(actual['products']).toBe(PRODUCTS)
    expect((await one<{ n: number }>('SELECT count(*) AS n FROM product_search')).n).toBe(PRODUCTS)
  })

  // FTS5 column filters against tsquery weights: A is the category columns, B the title, C the keywords.
  it.each([
    ['"打印"', "'打印'"],
    ['{category category_pinyin} : "打印"', "'打印':A"],
    ['{title title_pinyin} : "打印"', "'打印':B"],
    ['{keywords} : "打印"', "'打印':C"],
    ['"dy"*', "'dy':*"],
    ['"hp"*', "'hp':*"],
    ['"激光" "打印"', "'激光' & '打印'"],
  ])('finds the products FTS5 finds for %s with the tsquery %s', async (match, tsquery) => {
    const expected = sqlite.prepare('SELECT rowid FROM product_search WHERE product_search MATCH ? ORDER BY rowid').pluck().all(match)
    const { rows } = await pool.query<{ id: number }>(
      'SELECT product_id AS id FROM product_search WHERE doc @@ $1::tsquery ORDER BY product_id',
      [tsquery],
    )
    expect(expected.length).toBeGreaterThan(0)
    expect(rows.map((r) => r.id)).toEqual(expected)
  })

  it('uses the GIN index for a search', async () => {
    await pool.query('SET enable_seqscan = off')
    const { rows } = await pool.query<{ 'QUERY PLAN': string }>("EXPLAIN SELECT product_id FROM product_search WHERE doc @@ '打印'::tsquery")
    await pool.query('RESET enable_seqscan')
    expect(rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('product_search_doc')
  })

  it('gives new rows ids past the seeded ones', async () => {
    const max = async (table: string): Promise<number> => (await one<{ id: number }>(`SELECT coalesce(max(id), 0) AS id FROM ${table}`)).id
    const [addresses, plans, users, orders, events] = [
      await max('addresses'), await max('plans'), await max('users'), await max('orders'), await max('order_events'),
    ]
    expect(addresses).toBeGreaterThan(0)

    const address = await one<{ id: number }>(
      "INSERT INTO addresses (unit_id, contact, phone, region_code, detail) VALUES (1, '王敏', '13800000000', '330106', '文三路 1 号') RETURNING id",
    )
    const plan = await one<{ id: number }>(
      "INSERT INTO plans (unit_id, code, name, method, year, budget_fen) VALUES (1, 'T-1', '测试计划', '网上超市', 2026, 100000) RETURNING id",
    )
    const user = await one<{ id: number }>(
      "INSERT INTO users (username, password_hash, display_name, role, unit_id) VALUES ('tester', 'x', '测试', 'purchaser', 1) RETURNING id",
    )
    expect([address.id, plan.id, user.id]).toEqual([addresses + 1, plans + 1, users + 1])

    const order = await one<{ id: number; total_fen: number }>(
      `INSERT INTO orders (status, unit_id, supplier_id, user_id, product_id, product_title, product_image, product_model,
         product_unit, quantity, unit_price_fen, total_fen, plan_id, address_contact, address_phone, address_region_code,
         address_detail, invoice_title, created_at, updated_at)
       SELECT 'pending', 1, supplier_id, $1, id, title, image, model, unit, 2, price_fen, 2 * price_fen, $2, '王敏',
         '13800000000', '330106', '文三路 1 号', '杭州市西湖区教育局', $3, $3
       FROM products WHERE id = 1
       RETURNING id, total_fen`,
      [user.id, plan.id, Date.now()],
    )
    const event = await one<{ id: number }>(
      `INSERT INTO order_events (order_id, unit_id, supplier_id, action, status, actor_user_id, at)
       VALUES ($1, 1, 1, 'place', 'pending', $2, $3) RETURNING id`,
      [order.id, user.id, Date.now()],
    )
    expect([order.id, event.id]).toEqual([orders + 1, events + 1])
    expect(typeof order.total_fen).toBe('number')
  })

  it('records the seed scale and the schema version', async () => {
    const meta = Object.fromEntries((await pool.query<{ key: string; value: string }>('SELECT key, value FROM meta')).rows.map((r) => [r.key, r.value]))
    expect(meta['seed_scale']).toBe(String(PRODUCTS))
    expect(Number(meta['seed_seconds'])).toBeGreaterThanOrEqual(0)
    expect((await one<{ version: number }>('SELECT max(version) AS version FROM schema_version')).version).toBe(MIGRATIONS.length)
  })

  it('keeps the schema checks: stock never goes below zero', async () => {
    await expect(pool.query('UPDATE products SET stock = -1 WHERE id = 1')).rejects.toThrow(/products_stock_check/)
  })

  it('copies tabs, line breaks, backslashes, quotes and NULLs unchanged', async () => {
    const description = 'line one\nline two\r\n\ttabbed \\N not null, C:\\path\\, \'quoted\' "double" \\.'
    const specs = JSON.stringify([{ name: 'tab\there', value: 'back\\slash\nnew line' }])
    const staging = openStagingDatabase(parseSeedScale('200'))
    const client = await pool.connect()
    try {
      seedDatabase(staging.db, parseSeedScale('200'))
      staging.db.prepare('UPDATE products SET description = ?, specs = ? WHERE id = 1').run(description, specs)
      staging.db.prepare('UPDATE categories SET slug = NULL WHERE id = 1').run()
      await client.query('BEGIN')
      await copySqliteToPostgres(staging.db, client)
      const product = (await client.query('SELECT description, specs FROM products WHERE id = 1')).rows[0]
      const category = (await client.query('SELECT slug FROM categories WHERE id = 1')).rows[0]
      expect(product).toEqual({ description, specs })
      expect(category).toEqual({ slug: null })
    } finally {
      await client.query('ROLLBACK')
      client.release()
      staging.dispose()
    }
  })
})
