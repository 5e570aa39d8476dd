import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Address } from '../../src/shared/contract/session.ts'
import type { Server } from '../bench/harness.ts'
import { fuzzProbes } from './support/corpus/fuzz.ts'
import { accountProbes } from './support/corpus/accounts.ts'
import { catalogueProbes } from './support/corpus/catalogue.ts'
import { edgeProbes, FILE_PROBES } from './support/corpus/edges.ts'
import { orderProbes } from './support/corpus/orders.ts'
import { stepProbes } from './support/corpus/steps.ts'
import type { CorpusContext, Probe } from './support/corpus/values.ts'
import { figures, saveFigures } from './support/figures.ts'
import { logIn, send, sendRaw, type RawAnswer } from './support/http.ts'
import { setBudgets, stockProducts, type Stocked } from './support/ledger.ts'
import { Mall } from './support/mall.ts'
import { placeOrder, step, STEP_BODIES } from './support/orders.ts'
import { inPool, rng } from './support/random.ts'
import { SCALE } from './support/scale.ts'

let mall: Mall
let server: Server
let context: CorpusContext
let before: Record<string, string>

const TABLES = ['orders', 'addresses', 'plans', 'products', 'order_events', 'idempotency_keys']

/** Everything a hostile request could have changed, one comparable string per table. */
const storedState = (): Record<string, string> =>
  Object.fromEntries(
    TABLES.map((table) => [table, JSON.stringify(mall.db().prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all())]),
  )

/** Internals an error message must never show: stack frames, file paths, SQL errors. */
const LEAKY = /\/work\/|node_modules|\bat \S+:\d+|SQLITE|sqlite_|Error:|TypeError|undefined/

function wellAnswered(answer: RawAnswer): boolean {
  if (answer.status < 400 || answer.status > 499) return false
  try {
    const body = JSON.parse(answer.text) as { error?: { code?: unknown; message?: unknown } }
    const { code, message } = body.error ?? {}
    return (
      Object.keys(body).length === 1 &&
      typeof code === 'string' &&
      /^[A-Z][A-Z0-9_]*$/.test(code) &&
      typeof message === 'string' &&
      message.length > 0 &&
      !LEAKY.test(message)
    )
  } catch {
    return false
  }
}

beforeAll(async () => {
  let product: Stocked | undefined
  mall = new Mall(600, (db) => {
    ;[product] = stockProducts(db, 1, 1, 1_000, () => 10_000)
    setBudgets(db, 1, [1e10])
  })
  ;[server] = (await mall.start(1)) as [Server]
  const { url } = server
  const { id: productId, priceFen } = product as Stocked
  const buyer = await logIn(url, 'buyer1')
  const supplier = await logIn(url, 'supplier1')
  const [pending, confirmed, accepted] = (await Promise.all(
    [1, 2, 3].map(
      async (n) =>
        (await placeOrder(url, buyer, { productId, quantity: 1, expectedPriceFen: priceFen }, `malformed-setup-${n}`))
          .body.id,
    ),
  )) as [number, number, number]
  for (const [who, id, action] of [
    [supplier, confirmed, 'confirm'],
    [supplier, accepted, 'confirm'],
    [supplier, accepted, 'ship'],
    [buyer, accepted, 'receive'],
    [buyer, accepted, 'accept'],
  ] as const) {
    const done = await step(url, who, id, action, STEP_BODIES[action])
    if (done.status !== 200) throw new Error(`setup ${action}: ${done.status} ${done.text}`)
  }
  const addresses = await send<{ items: Address[] }>(url, 'GET', '/api/me/addresses', { cookie: buyer })
  const addressId = addresses.body.items[0]?.id ?? 0
  context = {
    buyer,
    supplier,
    orderId: pending,
    confirmedOrderId: confirmed,
    acceptedOrderId: accepted,
    productId,
    priceFen,
    addressId,
  }
  before = storedState()
})

afterAll(async () => {
  saveFigures('malformed')
  await mall?.close()
})

describe('malformed and hostile input', () => {
  it('answers every request of a generated hostile corpus with a 4xx in the error shape, never a 5xx', async () => {
    const corpus: Probe[] = [
      ...orderProbes(context),
      ...stepProbes(context),
      ...catalogueProbes(),
      ...accountProbes(context),
      ...edgeProbes(context),
      ...fuzzProbes(context, rng(8_004), SCALE.fuzzedRequests),
    ]
    expect(corpus.length).toBeGreaterThanOrEqual(500)
    const wrong: string[] = []
    await inPool(
      corpus.map((probe) => async () => {
        const answer = await sendRaw(server.url, probe.request)
        if (!wellAnswered(answer)) wrong.push(`${probe.name} → ${answer.status} ${answer.text.slice(0, 160)}`)
      }),
      8,
    )
    figures.malformedSent += corpus.length
    figures.malformedAnsweredWell += corpus.length - wrong.length
    expect(wrong).toEqual([])
  })

  it('is still healthy afterwards, and no hostile request changed anything stored', async () => {
    const health = await send(server.url, 'GET', '/api/health')
    expect(health.status).toBe(200)
    expect(health.body).toEqual({ status: 'ok' })
    const after = storedState()
    expect(TABLES.filter((table) => after[table] !== before[table])).toEqual([])
  })

  it('serves no file from outside the built client, whatever the path', async () => {
    const answers = await Promise.all(
      FILE_PROBES.map((path) =>
        sendRaw(server.url, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`),
      ),
    )
    const leaked = answers.filter(
      (a) =>
        /root:x:0:0|"name": "yuncai-mart"|SQLite format 3|\[core\]|buildApp|DATABASE_URL/.test(a.text) ||
        a.status >= 500 ||
        a.status === 0,
    )
    expect(leaked.map((a) => `${a.status} ${a.text.slice(0, 80)}`)).toEqual([])
  })

  it('treats injection strings and unusual scripts in searches and addresses as plain text', async () => {
    const words = [
      "' OR 1=1 --",
      '"; DROP TABLE products; --',
      '<img src=x onerror=alert(1)>',
      '{{7*7}}',
      '${7*7}',
      'مرحبا بالعالم',
      'שלום',
      '👨‍👩‍👧‍👦',
      'a\u0301\u0302\u0303',
      '%00',
      '\\',
      '*',
    ]
    for (const q of words) {
      for (const path of [
        `/api/products?q=${encodeURIComponent(q)}`,
        `/api/search/suggest?q=${encodeURIComponent(q)}`,
        `/api/products?brand=${encodeURIComponent(q)}`,
      ]) {
        const answer = await send<{ items: unknown[] }>(server.url, 'GET', path)
        expect(answer.status, path).toBe(200)
        expect(Array.isArray(answer.body.items), path).toBe(true)
      }
    }
    const brand = await send<{ total: number }>(
      server.url,
      'GET',
      `/api/products?brand=${encodeURIComponent("x' OR '1'='1")}`,
    )
    expect(brand.body.total).toBe(0)
    const hostile = {
      contact: "Bob'); DROP TABLE--",
      phone: '13812345678',
      regionCode: '330106',
      detail: '<img src=x onerror=alert(1)> محمد 👨‍👩‍👧',
    }
    const created = await send<Address>(server.url, 'POST', '/api/me/addresses', {
      cookie: context.buyer,
      body: hostile,
    })
    expect(created.status).toBe(201)
    expect(created.headers.get('content-type')).toMatch(/^application\/json/)
    expect(created.body).toMatchObject(hostile)
    const listed = await send<{ items: Address[] }>(server.url, 'GET', '/api/me/addresses', { cookie: context.buyer })
    expect(listed.body.items.find((a) => a.id === created.body.id)).toMatchObject(hostile)
  })
})
