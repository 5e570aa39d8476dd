import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/server/app.ts'
import type { Db } from '../../src/server/db/database.ts'
import { openSeededDatabase } from '../../src/server/seed/bootstrap.ts'
import { parseSeedScale } from '../../src/server/seed/scale.ts'

export interface TestApp {
  app: FastifyInstance
  db: Db
  close(): Promise<void>
}

/** The real app on a freshly seeded in-memory database, without the client build. */
export async function createTestApp(products = 3000): Promise<TestApp> {
  const db = openSeededDatabase('file::memory:', parseSeedScale(String(products)))
  const app = await buildApp({ db, distDir: '/nonexistent' })
  await app.ready()
  return {
    app,
    db,
    async close() {
      await app.close()
      db.close()
    },
  }
}

/** GET a JSON endpoint and return status and parsed body. */
export async function getJson<T = unknown>(app: FastifyInstance, url: string): Promise<{ status: number; body: T }> {
  const res = await app.inject({ method: 'GET', url })
  return { status: res.statusCode, body: (res.body ? JSON.parse(res.body) : null) as T }
}
