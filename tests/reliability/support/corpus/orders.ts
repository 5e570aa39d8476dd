import {
  BAD_INTEGERS,
  BAD_NUMBER_LITERALS,
  jsonHeaders,
  LONE_HIGH,
  raw,
  RTL_OVERRIDE,
  ZERO_WIDTH,
  type CorpusContext,
  type Probe,
} from './values.ts'

/** Keys the Idempotency-Key header must refuse: empty, short, long, spaces, unicode, injection, two at once. */
const BAD_KEYS = [
  '',
  'short7c',
  'k'.repeat(101),
  'has space key',
  'key/../../etc',
  "key' OR '1'='1",
  `key-${ZERO_WIDTH}-abcdef`,
  `key-${RTL_OVERRIDE}-abcdef`,
  'key-😀-abcdef',
  'ключ-abcdefgh',
  '%00%00%00%00%00',
]

/** POST /api/orders: every field mistyped or out of range, broken bodies and content types, bad keys. */
export function orderProbes(c: CorpusContext): Probe[] {
  const probes: Probe[] = []
  const valid = { productId: c.productId, quantity: 1, expectedPriceFen: c.priceFen }
  let n = 0
  const post = (
    name: string,
    body: string | Buffer,
    headers = jsonHeaders(c.buyer, [['Idempotency-Key', `corpus-key-${n++}`]]),
  ) =>
    probes.push({
      name: `POST /api/orders ${name}`,
      request: raw({ method: 'POST', path: '/api/orders', headers, body }),
    })

  for (const field of ['productId', 'quantity', 'expectedPriceFen', 'planId', 'addressId']) {
    for (const value of BAD_INTEGERS) {
      // 0 is a legitimate price to expect (it then fails as PRICE_CHANGED, still a 4xx).
      post(`${field}=${JSON.stringify(value)}`, JSON.stringify({ ...valid, [field]: value }))
    }
    for (const literal of BAD_NUMBER_LITERALS)
      post(`${field}=${literal}`, JSON.stringify({ ...valid, [field]: '@' }).replace('"@"', literal))
  }
  for (const quantity of [10_000, 9_999, -9_999]) post(`quantity=${quantity}`, JSON.stringify({ ...valid, quantity }))
  for (const missing of ['productId', 'quantity', 'expectedPriceFen']) {
    const { [missing as keyof typeof valid]: _gone, ...rest } = valid
    post(`without ${missing}`, JSON.stringify(rest))
  }
  for (const body of [
    '{}',
    '[]',
    '"order"',
    '1',
    'null',
    'true',
    '{',
    '{"productId":',
    '{"productId":1,}',
    "{'productId':1}",
    '{"productId":1}}',
    'productId=1&quantity=1',
    `{"productId":"${LONE_HIGH}"}`,
    '\u0000',
  ]) {
    post(`body ${JSON.stringify(body).slice(0, 30)}`, body)
  }
  post(
    '__proto__',
    `{"__proto__":{"admin":true},"productId":${c.productId},"quantity":1,"expectedPriceFen":${c.priceFen}}`,
  )
  post(
    'constructor.prototype',
    `{"constructor":{"prototype":{"admin":true}},"productId":${c.productId},"quantity":1,"expectedPriceFen":${c.priceFen}}`,
  )
  post('30,000 levels of nesting', `${'['.repeat(30_000)}${']'.repeat(30_000)}`)
  post('a 100 kB body', JSON.stringify({ ...valid, padding: 'x'.repeat(100_000) }))
  post('a body in UTF-16', Buffer.from(JSON.stringify(valid), 'utf16le'))
  for (const type of [
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/xml',
    'application/json-patch+json',
    'image/png',
    '',
  ]) {
    post(
      `content-type "${type}"`,
      JSON.stringify(valid),
      [...jsonHeaders(c.buyer, [['Idempotency-Key', `corpus-ct-${n++}`]])].map(([k, v]) =>
        k === 'Content-Type' ? [k, type] : [k, v],
      ),
    )
  }
  // Odd spellings of a JSON content type must not get an invalid body past validation (cf. GHSA-jx2c-rxcm-jvmq).
  for (const type of [
    'application/json;',
    'application/json\t; charset=utf-8',
    'Application/JSON',
    'application/json ;x',
    'application/jsonx',
  ]) {
    const headers = jsonHeaders(c.buyer, [['Idempotency-Key', `corpus-odd-ct-${n++}`]])
    post(
      `quantity=-5 as "${type}"`,
      JSON.stringify({ ...valid, quantity: -5 }),
      headers.map(([k, v]) => (k === 'Content-Type' ? [k, type] : [k, v])),
    )
  }
  for (const key of BAD_KEYS)
    post(
      `Idempotency-Key ${JSON.stringify(key)}`,
      JSON.stringify(valid),
      jsonHeaders(c.buyer, key ? [['Idempotency-Key', key]] : []),
    )
  post(
    'two Idempotency-Key headers',
    JSON.stringify(valid),
    jsonHeaders(c.buyer, [
      ['Idempotency-Key', 'corpus-dup-aaaa'],
      ['Idempotency-Key', 'corpus-dup-bbbb'],
    ]),
  )
  post(
    'Idempotency-Key in Latin-1 bytes',
    JSON.stringify(valid),
    jsonHeaders(c.buyer, [['Idempotency-Key', 'key-\u00e9\u00e9\u00e9\u00e9\u00e9']]),
  )
  return probes
}
