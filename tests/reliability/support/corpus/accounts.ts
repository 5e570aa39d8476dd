import {
  BAD_ID_SEGMENTS,
  BAD_TEXT,
  getProbe,
  jsonHeaders,
  LONE_HIGH,
  raw,
  ZERO_WIDTH,
  type CorpusContext,
  type Probe,
} from './values.ts'

/** Log-in bodies and the purchaser's address book, with every field wrong in turn. */
export function accountProbes(c: CorpusContext): Probe[] {
  const probes: Probe[] = []
  const xhr: [string, string][] = [
    ['X-Requested-With', 'XMLHttpRequest'],
    ['Content-Type', 'application/json'],
  ]
  const logins: unknown[] = [
    {},
    { username: 'buyer1' },
    { password: 'x' },
    { username: '', password: 'x' },
    { username: 'u'.repeat(41), password: 'x' },
    { username: 'buyer1', password: 'p'.repeat(201) },
    { username: 7, password: 'x' },
    { username: ['buyer1'], password: 'x' },
    { username: null, password: null },
    { username: { $ne: null }, password: { $ne: null } },
    'buyer1:demo123',
    [],
  ]
  for (const text of BAD_TEXT)
    logins.push({ username: text, password: 'demo123' }, { username: 'buyer1', password: text })
  for (const body of logins) {
    probes.push({
      name: `POST /api/session ${JSON.stringify(body).slice(0, 40)}`,
      request: raw({ method: 'POST', path: '/api/session', headers: xhr, body: JSON.stringify(body) }),
    })
  }
  probes.push({
    name: 'POST /api/session broken JSON',
    request: raw({ method: 'POST', path: '/api/session', headers: xhr, body: '{"username":"buyer1","password":' }),
  })
  probes.push({
    name: 'POST /api/session as a form',
    request: raw({
      method: 'POST',
      path: '/api/session',
      headers: [
        ['X-Requested-With', 'XMLHttpRequest'],
        ['Content-Type', 'application/x-www-form-urlencoded'],
      ],
      body: 'username=buyer1&password=demo123',
    }),
  })
  for (const cookie of [
    'sid=',
    `sid=${'a'.repeat(4000)}`,
    'sid=%ff%fe',
    `sid=${LONE_HIGH}`,
    'sid=1; sid=2',
    "sid=' OR '1'='1",
  ]) {
    probes.push({
      name: `GET /api/me cookie ${cookie.slice(0, 20)}`,
      request: raw({ method: 'GET', path: '/api/me', headers: [['Cookie', cookie]] }),
    })
  }

  const address = { contact: '张三', phone: '13812345678', regionCode: '330106', detail: '文三路 1 号' }
  const addressBodies: unknown[] = [{}, [], 'address', null]
  const badFields: Record<string, unknown[]> = {
    contact: ['', '张'.repeat(21), 5, null, ...BAD_TEXT],
    phone: [
      '12345',
      '1381234567x',
      '１３８１２３４５６７８',
      `138${ZERO_WIDTH}12345678`,
      '13812345678; DROP TABLE addresses',
      13812345678,
    ],
    regionCode: ['999999', 'abcdef', '33010', '３３０１０６', "330106' --", 330106],
    detail: ['', 'x'.repeat(121), ['a'], ...BAD_TEXT],
    isDefault: ['yes', 2, 'true', null],
  }
  for (const [field, values] of Object.entries(badFields))
    for (const value of values) addressBodies.push({ ...address, [field]: value })
  for (const body of addressBodies) {
    const text = JSON.stringify(body)
    probes.push({
      name: `POST /api/me/addresses ${text.slice(0, 40)}`,
      request: raw({ method: 'POST', path: '/api/me/addresses', headers: jsonHeaders(c.buyer), body: text }),
    })
    probes.push({
      name: `PUT /api/me/addresses/:id ${text.slice(0, 40)}`,
      request: raw({
        method: 'PUT',
        path: `/api/me/addresses/${c.addressId}`,
        headers: jsonHeaders(c.buyer),
        body: text,
      }),
    })
  }
  for (const id of BAD_ID_SEGMENTS) {
    probes.push({
      name: `PUT /api/me/addresses/${id}`,
      request: raw({
        method: 'PUT',
        path: `/api/me/addresses/${id}`,
        headers: jsonHeaders(c.buyer),
        body: JSON.stringify(address),
      }),
    })
    probes.push({
      name: `POST /api/me/addresses/${id}/default`,
      request: raw({
        method: 'POST',
        path: `/api/me/addresses/${id}/default`,
        headers: jsonHeaders(c.buyer),
        body: '{}',
      }),
    })
  }
  // Any valid id would open a stream that never ends; each of these must be refused instead.
  for (const id of [
    '-1',
    '1.5',
    'abc',
    '%2212%22',
    '1e400',
    '99999999999999999999',
    '1%00',
    '%ED%A0%80',
    '%EF%BC%91',
    '1&lastEventId=2',
    'true',
    '[1]',
  ]) {
    probes.push(getProbe(`/api/events?lastEventId=${id}`, c.buyer))
  }
  return probes
}
