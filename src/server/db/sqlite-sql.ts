import type { Db } from './database.ts'
import { stmt } from './database.ts'
import type { Sql, SqlDatabase } from './sql.ts'

type Params = readonly unknown[]
type Handler = (payload: string) => void

/**
 * The Sql interface over one better-sqlite3 connection. Queries run synchronously; the promise
 * only carries the result. While a transaction is open the connection is its alone: queries from
 * elsewhere wait for it to end, so nothing reads rows it may still roll back.
 */
export class SqliteSql implements SqlDatabase {
  readonly engine = 'sqlite'
  private idle: Promise<void> | null = null
  private readonly listeners = new Map<string, Set<Handler>>()

  constructor(readonly db: Db) {}

  async all<T>(text: string, params: Params = []): Promise<T[]> {
    while (this.idle) await this.idle
    return stmt(this.db, text).all(...params) as T[]
  }

  async get<T>(text: string, params: Params = []): Promise<T | undefined> {
    while (this.idle) await this.idle
    return stmt(this.db, text).get(...params) as T | undefined
  }

  async run(text: string, params: Params = []): Promise<number> {
    while (this.idle) await this.idle
    return stmt(this.db, text).run(...params).changes
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    while (this.idle) await this.idle
    let release = (): void => {}
    this.idle = new Promise((resolve) => (release = resolve))
    const tx = new SqliteTransaction(this.db, this.listeners)
    try {
      this.db.exec('BEGIN IMMEDIATE')
      const result = await work(tx)
      this.db.exec('COMMIT')
      tx.deliver()
      return result
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK')
      throw error
    } finally {
      this.idle = null
      release()
    }
  }

  async notify(channel: string, payload: string): Promise<void> {
    for (const handler of this.listeners.get(channel) ?? []) handler(payload)
  }

  async listen(channel: string, handler: Handler): Promise<() => Promise<void>> {
    let set = this.listeners.get(channel)
    if (!set) this.listeners.set(channel, (set = new Set()))
    set.add(handler)
    return async () => {
      set.delete(handler)
    }
  }

  async close(): Promise<void> {
    this.db.close()
  }
}

/** The view of the connection a transaction's work queries through. */
class SqliteTransaction implements Sql {
  readonly engine = 'sqlite'
  private depth = 0
  private readonly pending: [string, string][] = []

  constructor(
    private readonly db: Db,
    private readonly listeners: Map<string, Set<Handler>>,
  ) {}

  async all<T>(text: string, params: Params = []): Promise<T[]> {
    return stmt(this.db, text).all(...params) as T[]
  }

  async get<T>(text: string, params: Params = []): Promise<T | undefined> {
    return stmt(this.db, text).get(...params) as T | undefined
  }

  async run(text: string, params: Params = []): Promise<number> {
    return stmt(this.db, text).run(...params).changes
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    const name = `sp${++this.depth}`
    const mark = this.pending.length
    this.db.exec(`SAVEPOINT ${name}`)
    try {
      const result = await work(this)
      this.db.exec(`RELEASE ${name}`)
      return result
    } catch (error) {
      this.db.exec(`ROLLBACK TO ${name}`)
      this.db.exec(`RELEASE ${name}`)
      this.pending.length = mark
      throw error
    } finally {
      this.depth--
    }
  }

  async notify(channel: string, payload: string): Promise<void> {
    this.pending.push([channel, payload])
  }

  /** Notifications sent inside the transaction go out once it has committed. */
  deliver(): void {
    for (const [channel, payload] of this.pending) for (const handler of this.listeners.get(channel) ?? []) handler(payload)
  }
}
