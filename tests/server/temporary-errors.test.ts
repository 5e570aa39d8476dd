import Fastify from 'fastify'
import { describe, expect, it } from 'vitest'
import { registerErrorHandling } from '../../src/server/plugins/errors.ts'

const failingWith = async (code: string) => {
  const app = Fastify()
  registerErrorHandling(app)
  app.get('/', async () => {
    throw Object.assign(new Error('database says no'), { code })
  })
  const res = await app.inject({ url: '/' })
  await app.close()
  return res
}

describe('database failures', () => {
  it('answer 503 with Retry-After when the database is busy or briefly out of reach, so the client retries', async () => {
    for (const code of ['SQLITE_BUSY', 'ECONNREFUSED', '57P01', '53300', '08006', '40P01', '40001']) {
      const res = await failingWith(code)
      expect(res.statusCode, code).toBe(503)
      expect(res.headers['retry-after'], code).toBe('1')
      expect(res.json(), code).toEqual({ error: { code: 'TEMPORARILY_UNAVAILABLE', message: '系统繁忙，请稍后重试' } })
    }
  })

  it('answer 500 without details for anything else', async () => {
    const res = await failingWith('SQLITE_CONSTRAINT_CHECK')
    expect(res.statusCode).toBe(500)
    expect(res.body).not.toContain('database says no')
  })
})
