import type { Rng } from '../random.ts'
import { BAD_INTEGERS, jsonHeaders, POISON, raw, type CorpusContext, type Probe } from './values.ts'

interface Template {
  method: string
  path: string
  cookie: (c: CorpusContext) => string
  body: (c: CorpusContext) => Record<string, unknown>
  ints: string[]
  texts: string[]
}

const TEMPLATES: Template[] = [
  {
    method: 'POST',
    path: '/api/orders',
    cookie: (c) => c.buyer,
    body: (c) => ({ productId: c.productId, quantity: 1, expectedPriceFen: c.priceFen }),
    ints: ['productId', 'quantity', 'expectedPriceFen'],
    texts: [],
  },
  {
    method: 'POST',
    path: '/api/me/addresses',
    cookie: (c) => c.buyer,
    body: () => ({ contact: '李四', phone: '13912345678', regionCode: '330106', detail: '学院路 2 号' }),
    ints: [],
    texts: ['contact', 'detail'],
  },
  {
    method: 'POST',
    path: '/api/orders/:id/reject',
    cookie: (c) => c.supplier,
    body: () => ({ reason: '暂时缺货' }),
    ints: [],
    texts: ['reason'],
  },
  {
    method: 'POST',
    path: '/api/orders/:id/ship',
    cookie: (c) => c.supplier,
    body: () => ({ carrier: '中通快递', trackingNo: 'ZT12345678' }),
    ints: [],
    texts: ['carrier'],
  },
  {
    method: 'POST',
    path: '/api/orders/:id/rate',
    cookie: (c) => c.buyer,
    body: () => ({ score: 4, comment: '不错' }),
    ints: ['score'],
    texts: ['comment'],
  },
]

/**
 * Random variations of valid requests, each broken in one way that must be refused: a mistyped or
 * out-of-range number, poisoned text, or a JSON body cut short anywhere.
 */
export function fuzzProbes(c: CorpusContext, random: Rng, count: number): Probe[] {
  const probes: Probe[] = []
  for (let i = 0; i < count; i++) {
    const t = random.pick(TEMPLATES)
    const body = t.body(c)
    const fields = [...t.ints, ...t.texts]
    const roll = random.next()
    let text: string
    if (roll < 0.3 || fields.length === 0) {
      const full = JSON.stringify(body)
      text = full.slice(0, random.int(0, full.length - 1))
    } else {
      const field = random.pick(fields)
      if (t.ints.includes(field))
        body[field] = random.pick(
          BAD_INTEGERS.filter((v) => typeof v !== 'number' || v < 0 || !Number.isInteger(v) || v > 2 ** 31),
        )
      else {
        const value = String(body[field])
        const at = random.int(0, value.length)
        body[field] = value.slice(0, at) + random.pick(POISON) + value.slice(at)
      }
      text = JSON.stringify(body)
    }
    const id = t.path.endsWith('ship') ? c.confirmedOrderId : t.path.endsWith('rate') ? c.acceptedOrderId : c.orderId
    const path = t.path.replace(':id', String(id))
    const headers = jsonHeaders(t.cookie(c), t.path === '/api/orders' ? [['Idempotency-Key', `fuzz-${i}-key`]] : [])
    probes.push({
      name: `fuzz ${t.method} ${t.path} ${text.slice(0, 50)}`,
      request: raw({ method: t.method, path, headers, body: text }),
    })
  }
  return probes
}
