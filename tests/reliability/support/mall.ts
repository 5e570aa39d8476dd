import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase, type Db } from '../../../src/server/db/database.ts'
import { openSeededDatabase } from '../../../src/server/seed/bootstrap.ts'
import { parseSeedScale } from '../../../src/server/seed/scale.ts'
import { startServer, type Server } from '../../bench/harness.ts'

/**
 * A seeded database file in a temporary folder and the real server processes on it
 * (tests/bench/serve.ts: the production app, a separate Node process, over real HTTP).
 */
export class Mall {
  readonly dir = mkdtempSync(join(tmpdir(), 'yuncai-reliability-'))
  readonly databaseUrl = `file:${join(this.dir, 'mall.sqlite')}`
  readonly servers: Server[] = []
  private checker: Db | undefined

  /** Seeds a small demo catalogue (with the demo accounts) and lets the test adjust it before any server starts. */
  constructor(products = 600, prepare: (db: Db) => void = () => {}) {
    const db = openSeededDatabase(this.databaseUrl, parseSeedScale(String(products)))
    prepare(db)
    db.close()
  }

  async start(count = 1): Promise<Server[]> {
    const started = await Promise.all(
      Array.from({ length: count }, () => startServer({ DATABASE_URL: this.databaseUrl })),
    )
    this.servers.push(...started)
    return started
  }

  /** kill -9: no shutdown hook, no final checkpoint, whatever was in flight is cut off. */
  async kill(server: Server): Promise<void> {
    const exited = new Promise<void>((done) => server.process.once('exit', () => done()))
    server.process.kill('SIGKILL')
    await exited
    this.servers.splice(this.servers.indexOf(server), 1)
  }

  /** A connection of the test's own to check the stored truth (WAL lets it read beside the servers). */
  db(): Db {
    this.checker ??= openDatabase(this.databaseUrl)
    return this.checker
  }

  async close(): Promise<void> {
    this.checker?.close()
    await Promise.all(this.servers.splice(0).map((s) => s.stop()))
    rmSync(this.dir, { recursive: true, force: true })
  }
}
