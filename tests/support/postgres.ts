/** PostgreSQL for tests: seeded template databases, cloned into a fresh database per test file. */
import { createHash, randomBytes } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { MIGRATIONS } from '../../src/server/db/migrations/index.ts'
import { openSeededPostgres } from '../../src/server/db/postgres/seed.ts'
import { parseSeedScale } from '../../src/server/seed/scale.ts'

/**
 * TEST_POSTGRES_URL (`scripts/postgres-up.sh` prints it), or undefined to skip PostgreSQL tests. On CI
 * (CI set) a missing URL is an error, so those tests can never be skipped there unnoticed.
 */
export function testPostgresUrl(): string | undefined {
  const url = process.env['TEST_POSTGRES_URL'] || undefined
  if (!url && process.env['CI']) {
    throw new Error('TEST_POSTGRES_URL is not set on CI: run scripts/postgres-up.sh and export the line it prints')
  }
  return url
}

function requiredUrl(): string {
  const url = testPostgresUrl()
  if (!url) throw new Error('TEST_POSTGRES_URL is not set: run scripts/postgres-up.sh and export the line it prints')
  return url
}

/** The same server and credentials as baseUrl, on another database. */
export function withDatabase(baseUrl: string, name: string): string {
  const url = new URL(baseUrl)
  url.pathname = `/${name}`
  return url.toString()
}

async function onMaintenanceDb<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: requiredUrl() })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SOURCES = ['src/server/seed', 'src/server/search', 'src/server/db/postgres'].map((dir) => join(ROOT, dir))

/**
 * What a template's content depends on: the PostgreSQL migrations and the sources of the seed, the
 * tokenizer and the copy. A template made from other code is rebuilt rather than reused.
 */
function templateFingerprint(): string {
  const hash = createHash('sha256')
  for (const m of MIGRATIONS) hash.update(m.postgres)
  for (const dir of SOURCES) {
    for (const file of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
      if (file.endsWith('.ts')) hash.update(file).update(readFileSync(join(dir, file)))
    }
  }
  return `yuncai seed template ${hash.digest('hex').slice(0, 16)}`
}

async function createTemplate(products: number): Promise<string> {
  const base = requiredUrl()
  const name = `yuncai_tpl_${products}`
  const mark = templateFingerprint()
  await onMaintenanceDb(async (admin) => {
    // Vitest workers run in parallel: the first to arrive builds the template, the others wait for it.
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [name])
    const { rows } = await admin.query<{ mark: string | null }>(
      "SELECT shobj_description(oid, 'pg_database') AS mark FROM pg_database WHERE datname = $1",
      [name],
    )
    if (rows[0]?.mark === mark) return
    // Missing, left half-made by a run that died, or made from other code: build it again.
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await admin.query(`CREATE DATABASE ${name}`)
    const pool = await openSeededPostgres(withDatabase(base, name), parseSeedScale(String(products)))
    // A template is copied only while nobody is connected to it.
    await pool.end()
    await admin.query(`COMMENT ON DATABASE ${name} IS ${pg.escapeLiteral(mark)}`)
  })
  return withDatabase(base, name)
}

const templates = new Map<number, Promise<string>>()

/**
 * The URL of a template database seeded with this many products (`yuncai_tpl_<products>`), built on first
 * use and kept across runs. Connect to a freshDatabase() made from it, never to the template itself.
 */
export function seededTemplate(products: number): Promise<string> {
  let template = templates.get(products)
  if (!template) {
    template = createTemplate(products)
    template.catch(() => templates.delete(products))
    templates.set(products, template)
  }
  return template
}

/** A new database cloned from the seeded template (a copy, no seeding), and how to drop it. */
export async function freshDatabase(products: number): Promise<{ url: string; drop(): Promise<void> }> {
  const template = new URL(await seededTemplate(products)).pathname.slice(1)
  const name = `yuncai_t_${randomBytes(6).toString('hex')}`
  await onMaintenanceDb((admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`))
  return {
    url: withDatabase(requiredUrl(), name),
    drop: () => onMaintenanceDb((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  }
}
