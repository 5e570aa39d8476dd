import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildApp } from '../../../src/server/app.ts'
import { SqliteSql } from '../../../src/server/db/sqlite-sql.ts'
import { ensureClientBuild } from '../../../src/server/client-build.ts'
import { openSeededDatabase } from '../../../src/server/seed/bootstrap.ts'
import { parseSeedScale } from '../../../src/server/seed/scale.ts'

export interface TestServer {
  /** Origin of the running app, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string
  close(): Promise<void>
}

/**
 * The real app in this process: the built client (rebuilt when a client source changed), a freshly
 * seeded database in a temporary folder, on a free port. Seeds are deterministic, so every run
 * sees the same catalogue.
 */
export async function startTestServer(scale = '3000'): Promise<TestServer> {
  ensureClientBuild((line) => console.log(line))
  const dir = mkdtempSync(join(tmpdir(), 'yuncai-e2e-'))
  const db = openSeededDatabase(`file:${join(dir, 'mall.sqlite')}`, parseSeedScale(scale))
  const app = await buildApp({ sql: new SqliteSql(db) })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.close()
      db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
