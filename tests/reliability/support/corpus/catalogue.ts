import { BAD_ID_SEGMENTS, getEncodedProbe, getProbe, type Probe } from './values.ts'

/** The catalogue's query strings and path ids: every parameter out of range, mistyped or doubled. */
export function catalogueProbes(): Probe[] {
  const queries = [
    'limit=0',
    'limit=51',
    'limit=-5',
    'limit=ten',
    'limit=2.5',
    'limit=5&limit=6',
    'limit=Infinity',
    'limit=-Infinity',
    'limit=1e1',
    'sort=cheapest',
    'sort=price_asc&sort=sales',
    "sort=price_asc'--",
    'regionCode=abc',
    'regionCode=999999',
    'regionCode=33010',
    'regionCode=%EF%BC%93%EF%BC%93%EF%BC%90%EF%BC%91%EF%BC%90%EF%BC%90',
    "regionCode=330100' OR '1'='1",
    'badges=bogus',
    'badges=sme,%3Cscript%3E',
    `badges=${'sme,'.repeat(60)}`,
    'minPriceFen=-1',
    'minPriceFen=1e20',
    'minPriceFen=abc',
    'maxPriceFen=1.5',
    'minPriceFen=Infinity',
    'maxPriceFen=0x10',
    'minPriceFen=500&maxPriceFen=100',
    `q=${'搜'.repeat(65)}`,
    'q=a&q=b',
    'brand=',
    `brand=${'b'.repeat(41)}`,
    'brand=a&brand=b',
    'categoryId=0',
    'categoryId=-3',
    'categoryId=abc',
    'categoryId=1e12',
    'supplierId=x',
    'supplierId=0',
    'pavilionId=..%2F..%2Fetc',
    'pavilionId=UPPER',
    'pavilionId=%3Cscript%3E',
    'pavilionId=no-such-hall',
    'pavilionId=a&pavilionId=b',
    'cursor=%%%',
    'cursor=bm90LWpzb24',
    `cursor=${Buffer.from('["x",1,1]').toString('base64url')}`,
    `cursor=${Buffer.from('["x",1e999,-1]').toString('base64url')}`,
    `cursor=${'Z'.repeat(201)}`,
    'cursor=a&cursor=b',
  ]
  const probes = queries.map((q) => getEncodedProbe(`/api/products?${q}`))
  for (const id of BAD_ID_SEGMENTS) probes.push(getProbe(`/api/products/${id}`), getProbe(`/api/suppliers/${id}`))
  probes.push(getProbe('/api/products/2147483647'), getProbe('/api/suppliers/2147483647'))
  for (const q of ['', `q=${'字'.repeat(65)}`, 'q=a&q=b', 'x=1'])
    probes.push(getEncodedProbe(`/api/search/suggest${q ? `?${q}` : ''}`))
  for (const id of [
    'UPPER',
    'a_b',
    '..%2F..%2Fetc',
    '%3Cscript%3E',
    `${'a'.repeat(41)}`,
    'no-such-hall',
    '%E2%80%AEabc',
    '%ED%A0%80',
    'a%00b',
    "x'--",
  ]) {
    probes.push(getProbe(`/api/pavilions/${id}`), getProbe(`/images/pavilions/${id}.svg`))
  }
  for (const name of [
    '..%2F..%2Fpackage.json',
    'mfp-9.svg',
    'mfp-1.png',
    'MFP-1.svg',
    'no-such-kind-1.svg',
    '%3Cscript%3E-1.svg',
    'mfp-1.svg%00.js',
    'x',
  ])
    probes.push(getProbe(`/images/p/${name}`))
  return probes
}
