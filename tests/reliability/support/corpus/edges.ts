import { getProbe, jsonHeaders, raw, RTL_OVERRIDE, type CorpusContext, type Probe } from './values.ts'

/**
 * Paths after files outside the built client. Those without an extension are client routes to the
 * server (history mode) and may get the app shell; none may ever get the file.
 */
export const FILE_PROBES = [
  '/../../../../etc/passwd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/assets/../../package.json',
  '/assets/..%2f..%2fpackage.json',
  '/assets/x%00.js',
  '/index.html%00.txt',
  '/.env',
  '/.git/config',
  '/data/mall.sqlite',
  '/node_modules/.package-lock.json',
  '/src/server/app.ts',
  '/assets/%ED%A0%80.js',
  `/assets/${RTL_OVERRIDE}sj.exe`,
  '/..%5c..%5cpackage.json',
  '/assets/%2e%2e%5c%2e%2e%5cpackage.json',
]

/** Paths and methods that match no route, traversal attempts, and requests broken at the HTTP level. */
export function edgeProbes(c: CorpusContext): Probe[] {
  const probes: Probe[] = []
  for (const path of [
    '/api/health',
    '/api/regions',
    '/api/categories',
    '/api/me/plans',
    '/api/pavilions',
    '/api/orders/1',
  ]) {
    for (const method of ['PUT', 'PATCH', 'DELETE', 'PROPFIND']) {
      probes.push({
        name: `${method} ${path}`,
        request: raw({ method, path, headers: jsonHeaders(c.buyer), body: '{}' }),
      })
    }
  }
  const paths = [
    '/api/../../etc/passwd',
    '/api/%2e%2e/%2e%2e/etc/passwd',
    '/api/orders/..%2F..%2F..%2Fetc%2Fpasswd',
    '/api/products/%zz',
    '/api/products/%E0%A4%A',
    '/api/products/%C0%AE%C0%AE',
    '/api/products/%ED%A0%80',
    '/api/nope',
    `/api/products/${'1'.repeat(250)}`,
    '/api/orders/1/explode',
    '/api/me/addresses/1/../../../plans',
  ]
  for (const path of [...paths, ...FILE_PROBES.filter((p) => /\.[a-z0-9]+$/i.test(p))])
    probes.push(getProbe(path, c.buyer))
  const head = (extra: string) => `GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${extra}\r\n`
  const wire: [string, string][] = [
    ['a broken request line', 'GARBAGE\r\n\r\n'],
    ['an unknown HTTP version', 'GET /api/health HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['a 20 kB header', head(`X-Big: ${'a'.repeat(20_000)}\r\n`)],
    ['a 20 kB URL', `GET /api/products?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`],
    ['a header without a colon', head('NoColonHere\r\n')],
    ['a control byte in a header', head('X-Evil: a\u0001b\r\n')],
    [
      'a non-numeric Content-Length',
      'POST /api/session HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Requested-With: XMLHttpRequest\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n{}',
    ],
    [
      'two different Content-Lengths',
      'POST /api/session HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Requested-With: XMLHttpRequest\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}',
    ],
    [
      'a broken chunk size',
      'POST /api/session HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Requested-With: XMLHttpRequest\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n',
    ],
    [
      'Content-Length and chunked together',
      'POST /api/session HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Requested-With: XMLHttpRequest\r\nContent-Type: application/json\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n',
    ],
  ]
  for (const [name, request] of wire) probes.push({ name, request: Buffer.from(request, 'latin1') })
  probes.push({
    name: 'a chunked 100 kB login',
    request: raw({
      method: 'POST',
      path: '/api/session',
      headers: [
        ['X-Requested-With', 'XMLHttpRequest'],
        ['Content-Type', 'application/json'],
        ['Transfer-Encoding', 'chunked'],
      ],
      contentLength: false,
      body: `${(70_000).toString(16)}\r\n${'{'.repeat(70_000)}\r\n0\r\n\r\n`,
    }),
  })
  return probes
}
