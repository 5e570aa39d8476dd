import {
  BAD_ID_SEGMENTS,
  BAD_TEXT,
  jsonHeaders,
  POISON,
  raw,
  ZERO_WIDTH,
  type CorpusContext,
  type Probe,
} from './values.ts'

const ACTIONS = ['withdraw', 'confirm', 'reject', 'ship', 'receive', 'accept', 'rate'] as const
const SUPPLIER_ACTIONS = new Set(['confirm', 'reject', 'ship'])

/** The order lifecycle steps and the order list: bad ids, bad step bodies, bad filters and cursors. */
export function stepProbes(c: CorpusContext): Probe[] {
  const probes: Probe[] = []
  for (const id of BAD_ID_SEGMENTS) {
    probes.push({
      name: `GET /api/orders/${id}`,
      request: raw({ method: 'GET', path: `/api/orders/${id}`, headers: [['Cookie', c.buyer]] }),
    })
    for (const action of ACTIONS) {
      const who = SUPPLIER_ACTIONS.has(action) ? c.supplier : c.buyer
      probes.push({
        name: `POST /api/orders/${id}/${action}`,
        request: raw({ method: 'POST', path: `/api/orders/${id}/${action}`, headers: jsonHeaders(who), body: '{}' }),
      })
    }
  }
  const stepBodies: [string, unknown][] = [
    ['ship', {}],
    ['ship', { carrier: '顺丰' }],
    ['ship', { trackingNo: 'SF12345678' }],
    ['ship', { carrier: '', trackingNo: 'SF12345678' }],
    ['ship', { carrier: '顺'.repeat(21), trackingNo: 'SF12345678' }],
    ['ship', { carrier: '顺丰', trackingNo: 'SF 1234 5678' }],
    ['ship', { carrier: '顺丰', trackingNo: `SF${ZERO_WIDTH}12345678` }],
    ['ship', { carrier: '顺丰', trackingNo: "1' OR '1'='1" }],
    ['ship', { carrier: '顺丰', trackingNo: 12345678 }],
    ['ship', { carrier: 42, trackingNo: 'SF12345678' }],
    ['ship', { carrier: '顺丰', trackingNo: 'SF1' }],
    ['reject', {}],
    ['reject', { reason: '' }],
    ['reject', { reason: 'x'.repeat(201) }],
    ['reject', { reason: 7 }],
    ['reject', { reason: ['缺货'] }],
    ['rate', {}],
    ['rate', { score: 0 }],
    ['rate', { score: 6 }],
    ['rate', { score: 4.5 }],
    ['rate', { score: '5' }],
    ['rate', { score: true }],
    ['rate', { score: 5, comment: 'x'.repeat(501) }],
    ['rate', { score: 5, comment: 5 }],
    ['rate', { score: null }],
    ['rate', { score: 'Infinity' }],
  ]
  for (const text of BAD_TEXT)
    stepBodies.push(['ship', { carrier: text, trackingNo: 'SF12345678' }], ['reject', { reason: text }])
  // A comment may be empty or blank, but not poisoned.
  for (const poison of POISON) stepBodies.push(['rate', { score: 5, comment: `很好${poison}` }])
  // Each body goes to an order in the one state where its step is allowed, so only validation can refuse it.
  const target: Record<string, number> = { ship: c.confirmedOrderId, reject: c.orderId, rate: c.acceptedOrderId }
  for (const [action, body] of stepBodies) {
    const who = SUPPLIER_ACTIONS.has(action) ? c.supplier : c.buyer
    probes.push({
      name: `POST /api/orders/:id/${action} ${JSON.stringify(body).slice(0, 40)}`,
      request: raw({
        method: 'POST',
        path: `/api/orders/${target[action]}/${action}`,
        headers: jsonHeaders(who),
        body: JSON.stringify(body),
      }),
    })
  }
  const queries = [
    'status=shipping',
    'status=PENDING',
    'status=pending,',
    "status=pending'--",
    'status=pending&status=confirmed',
    'status=a,b,c,d,e,f,g,h',
    'limit=0',
    'limit=51',
    'limit=-1',
    'limit=abc',
    'limit=1.5',
    'limit=1&limit=2',
    'limit=Infinity',
    'limit=1e400',
    'limit=0x10',
    'limit=%205',
    'limit=05',
    `cursor=${'A'.repeat(201)}`,
    'cursor=%%%',
    'cursor=bm90LWpzb24',
    `cursor=${Buffer.from('["x",1,1]').toString('base64url')}`,
    `cursor=${Buffer.from('[1,2]').toString('base64url')}`,
    `cursor=${Buffer.from('{"id":1}').toString('base64url')}`,
    'cursor=%ED%A0%80',
    'cursor=a&cursor=b',
  ]
  for (const query of queries)
    probes.push({
      name: `GET /api/orders?${query.slice(0, 40)}`,
      request: raw({ method: 'GET', path: `/api/orders?${query}`, headers: [['Cookie', c.buyer]] }),
    })
  return probes
}
