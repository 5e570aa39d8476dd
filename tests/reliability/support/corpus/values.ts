/** What the corpus needs from the seeded mall: sessions and real ids, so probes get past login and lookups. */
export interface CorpusContext {
  buyer: string
  supplier: string
  /** Orders of the buyer from the supplier, pending, confirmed and accepted: a valid body would take each step. */
  orderId: number
  confirmedOrderId: number
  acceptedOrderId: number
  productId: number
  priceFen: number
  addressId: number
}

/** A request of the hostile corpus: a name to report it by, and the bytes that go on the wire. */
export interface Probe {
  name: string
  request: string | Buffer
}

export interface RawRequest {
  method: string
  /** Sent exactly as given: no encoding, no normalising of ../ */
  path: string
  headers?: [string, string][]
  body?: string | Buffer
  /** Overrides the computed Content-Length; false sends none. */
  contentLength?: number | false
}

/** Builds an HTTP/1.1 request by hand, so nothing between the test and the server tidies it up. */
export function raw(request: RawRequest): string | Buffer {
  const lines = [`${request.method} ${request.path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close']
  for (const [name, value] of request.headers ?? []) lines.push(`${name}: ${value}`)
  const body =
    request.body === undefined
      ? undefined
      : Buffer.isBuffer(request.body)
        ? request.body
        : Buffer.from(request.body, 'utf8')
  const length = request.contentLength ?? body?.length
  if (length !== false && length !== undefined) lines.push(`Content-Length: ${length}`)
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8')
  return body ? Buffer.concat([head, body]) : head
}

/** What a signed-in client sends with a JSON body. */
export function jsonHeaders(cookie: string, extra: [string, string][] = []): [string, string][] {
  return [['X-Requested-With', 'XMLHttpRequest'], ['Content-Type', 'application/json'], ['Cookie', cookie], ...extra]
}

export const LONE_HIGH = '\ud800'
export const LONE_LOW = '\udfff'
export const RTL_OVERRIDE = '\u202e'
export const ZERO_WIDTH = '\u200b'

/** Values that are wrong for any integer field: wrong types, out of range, fractions, tricks. */
export const BAD_INTEGERS: unknown[] = [
  -1,
  0,
  -0.5,
  1.5,
  2 ** 31,
  Number.MAX_SAFE_INTEGER + 2,
  1e21,
  -1e21,
  '12',
  '',
  'abc',
  true,
  false,
  null,
  [],
  [1],
  {},
  { $gt: 0 },
  '1; DROP TABLE orders',
  "1' OR '1'='1",
  '<script>alert(1)</script>',
  '١٢',
  '１２',
  `1${ZERO_WIDTH}`,
  LONE_HIGH,
  '😀',
  'NaN',
  'Infinity',
]

/** Raw JSON number spellings JSON.stringify cannot produce: overflow to Infinity, huge exponents, -0. */
export const BAD_NUMBER_LITERALS = [
  '1e309',
  '-1e309',
  '1e-400',
  '123456789012345678901234567890',
  '-0',
  '0x10',
  '+5',
  '.5',
  '5.',
  'NaN',
  'Infinity',
  '01',
]

/** Characters no stored text may contain anywhere: broken UTF-16, direction controls, control bytes. */
export const POISON = [
  LONE_HIGH,
  LONE_LOW,
  RTL_OVERRIDE,
  '\u202d',
  '\u2066',
  '\u2069',
  '\u0000',
  '\u0007',
  '\u0008',
  '\u001b',
  '\u007f',
  '\u0085',
]

/** Whole values no text field should store: the poison above in context, and text that is blank to the eye. */
export const BAD_TEXT: string[] = [
  LONE_HIGH,
  `张三${LONE_LOW}`,
  `${LONE_LOW}${LONE_HIGH}`,
  RTL_OVERRIDE,
  `发票${RTL_OVERRIDE}gnp.exe`,
  '\u2066\u2069',
  ZERO_WIDTH,
  `${ZERO_WIDTH}\u200d\ufeff`,
  '\u0000',
  'a\u0000b',
  '\u0007bell',
  '\u001b[31mred',
  '\u0085',
  '   ',
]

/** Path segments that are not a positive 32-bit id, including encodings meant to slip past a parser. */
export const BAD_ID_SEGMENTS = [
  '0',
  '-1',
  '1.5',
  'abc',
  '2147483648',
  '99999999999999999999',
  '1e3',
  '0x1f',
  '%20',
  '1%00',
  '%ED%A0%80',
  '%E2%80%AE1',
  '%EF%BC%91',
  '%D9%A1',
  '1%20OR%201%3D1',
  '%3Cscript%3E',
  '..%2F..%2Fetc%2Fpasswd',
  '%F0%9F%98%80',
  'null',
  '1,2',
  'Infinity',
  '1e400',
  '%201',
  '+1',
  '007',
]

export const getProbe = (path: string, cookie?: string): Probe => ({
  name: `GET ${path.slice(0, 60)}`,
  request: raw({ method: 'GET', path, headers: cookie ? [['Cookie', cookie]] : [] }),
})

/** The same with spaces and non-ASCII percent-encoded, so the probe reaches the app rather than the HTTP parser. */
export const getEncodedProbe = (path: string): Probe =>
  getProbe(path.replace(/[^\x21-\x7e]+/g, (s) => encodeURIComponent(s)))
