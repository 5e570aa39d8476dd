import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAppWith, type TestApp } from './helpers.ts'

let dir: string
let t: TestApp
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yuncai-dist-'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>云采超市</title>')
  t = await createAppWith({ distDir: dir }, 200)
})
afterAll(async () => {
  await t.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('client pages', () => {
  it('serves the app shell for a client route, with its first requests hinted for a pavilion', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/pavilions/hangzhou' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('text/html')
    expect(res.headers['link']).toContain('</images/pavilions/hangzhou.svg>; rel=preload; as=image')
    expect(res.headers['link']).toContain('</api/pavilions/hangzhou>; rel=preload; as=fetch')
  })

  it('hints nothing for other pages or for ids that are not pavilion ids', async () => {
    for (const url of ['/', '/products/1', '/pavilions/%3Cscript%3E', '/pavilions/a/b']) {
      const res = await t.app.inject({ method: 'GET', url })
      expect(res.headers['link'], url).toBeUndefined()
    }
  })

  it('answers HEAD for a page like GET, and a missing file or API path with the JSON 404', async () => {
    expect((await t.app.inject({ method: 'HEAD', url: '/search' })).headers['content-type']).toContain('text/html')
    const missing = await t.app.inject({ method: 'GET', url: '/missing.js' })
    expect(missing.statusCode).toBe(404)
    expect(missing.json()).toEqual({ error: { code: 'NOT_FOUND', message: '请求的资源不存在' } })
  })
})
