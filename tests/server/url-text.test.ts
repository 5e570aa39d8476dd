import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './helpers.ts'
import { logIn, XHR } from './accounts.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp(600)
})
afterAll(() => t.close())

const HOSTILE = ['%00', '%E6%89%93%00%E5%8D%B0', '%E2%80%AE%E6%89%93', '%1B%5B31m', '%7F']

describe('text in paths and query strings', () => {
  it('refuses NUL, control and bidi characters with a 400 in the error shape', async () => {
    const urls = HOSTILE.flatMap((bad) => [
      `/api/search/suggest?q=${bad}`,
      `/api/products?q=${bad}`,
      `/api/products?brand=${bad}`,
      `/api/products?regionCode=${bad}`,
      `/api/products?pavilionId=${bad}`,
      `/api/products?badges=${bad}`,
      `/api/pavilions/hz${bad}`,
    ])
    for (const url of urls) {
      const res = await t.app.inject({ url })
      expect(res.statusCode, url).toBe(400)
      expect(res.json().error.code, url).toMatch(/^[A-Z_]+$/)
    }
  })

  it('lets ordinary text through, quotes, backslashes and emoji included', async () => {
    for (const q of ["打印机'", 'a\\b', '%27%22%5C', '😀打印', 'O%27Reilly']) {
      expect((await t.app.inject({ url: `/api/products?q=${encodeURIComponent(q)}` })).statusCode, q).toBe(200)
      expect((await t.app.inject({ url: `/api/search/suggest?q=${encodeURIComponent(q)}` })).statusCode, q).toBe(200)
    }
  })

  it('never answers 5xx to NUL in a login, a cookie or a step', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/session', headers: XHR, payload: { username: 'buyer1\u0000', password: 'demo123' } })
    expect(login.statusCode).toBe(400)
    expect((await t.app.inject({ url: '/api/me', headers: { cookie: 'sid=%00abc' } })).statusCode).toBe(401)
    const supplier = await logIn(t.app, 'supplier1')
    expect((await supplier.send('POST', '/api/orders/1/reject', { reason: '缺货\u0000' })).status).toBeLessThan(500)
  })
})
