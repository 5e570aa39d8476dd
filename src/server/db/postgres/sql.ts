import pg from 'pg'
import { numberedPlaceholders, type Sql, type SqlDatabase } from '../sql.ts'

type Params = readonly unknown[]
type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient
type Handler = (payload: string) => void

interface Statement {
  name: string
  text: string
}

const statements = new Map<string, Statement>()
/**
 * The SQL with numbered placeholders, as a named statement: each connection prepares it once and
 * PostgreSQL reuses its plan, instead of parsing and planning the same text on every call.
 */
function statement(text: string): Statement {
  let found = statements.get(text)
  if (found === undefined) statements.set(text, (found = { name: `q${statements.size + 1}`, text: numberedPlaceholders(text) }))
  return found
}

async function query<T>(on: Queryable, text: string, params: Params): Promise<pg.QueryResult<T & pg.QueryResultRow>> {
  return on.query<T & pg.QueryResultRow>({ ...statement(text), values: params as unknown[] })
}

/** Plain queries, on the pool or on one transaction's client. */
abstract class Queries {
  readonly engine = 'postgres'

  constructor(private readonly on: Queryable) {}

  async all<T>(text: string, params: Params = []): Promise<T[]> {
    return (await query<T>(this.on, text, params)).rows
  }

  async get<T>(text: string, params: Params = []): Promise<T | undefined> {
    return (await query<T>(this.on, text, params)).rows[0]
  }

  async run(text: string, params: Params = []): Promise<number> {
    return (await query(this.on, text, params)).rowCount ?? 0
  }
}

/** A channel name as an identifier: LISTEN takes no parameters. */
const channelIdentifier = (channel: string): string => {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Bad channel name: ${channel}`)
  return channel
}

/**
 * The Sql interface over a node-postgres pool. Each transaction runs on a client of its own;
 * notifications ride on one dedicated listening connection, reopened if it drops.
 *
 * A notification from a transaction is sent right after it commits, not inside it: PostgreSQL
 * serialises the commits of every transaction that ran NOTIFY on one global lock held through the
 * commit's disk flush, which would cap the whole cluster at one order per flush. Sent after the
 * commit, batched into one statement per turn of the event loop, a NOTIFY writes nothing to disk.
 * The price: an instance that dies between a commit and its notification leaves that one change
 * unannounced live; clients still get it from the table when they reconnect or refresh.
 */
export class PostgresSql extends Queries implements SqlDatabase {
  private readonly handlers = new Map<string, Set<Handler>>()
  private listener: Promise<pg.Client> | undefined
  private closed = false
  private outbox: [string, string][] = []
  private sending: Promise<void> | undefined

  constructor(
    readonly pool: pg.Pool,
    private readonly url: string,
  ) {
    super(pool)
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    const client = await this.pool.connect()
    let broken: unknown
    const tx = new PostgresTransaction(client)
    try {
      await client.query('BEGIN')
      const result = await work(tx)
      await client.query('COMMIT')
      this.send(tx.pending)
      return result
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: unknown) => (broken = rollbackError))
      throw error
    } finally {
      client.release(broken as Error | undefined)
    }
  }

  async notify(channel: string, payload: string): Promise<void> {
    this.send([[channel, payload]])
  }

  private send(notifications: readonly [string, string][]): void {
    if (notifications.length === 0) return
    this.outbox.push(...notifications)
    this.sending ??= this.flush()
  }

  /** Sends what the outbox holds, in one statement per 500, until it is empty. */
  private async flush(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve))
    try {
      while (this.outbox.length > 0) {
        const batch = this.outbox.splice(0, 500)
        await this.pool.query('SELECT pg_notify(c, p) FROM unnest($1::text[], $2::text[]) AS n (c, p)', [
          batch.map(([channel]) => channel),
          batch.map(([, payload]) => payload),
        ])
      }
    } catch {
      this.outbox = [] // the database is unreachable: what was committed stays in the tables
    } finally {
      this.sending = undefined
    }
  }

  async listen(channel: string, handler: Handler): Promise<() => Promise<void>> {
    let set = this.handlers.get(channel)
    if (!set) {
      this.handlers.set(channel, (set = new Set()))
      const client = await this.listening()
      await client.query(`LISTEN ${channelIdentifier(channel)}`)
    }
    set.add(handler)
    return async () => {
      set.delete(handler)
    }
  }

  private listening(): Promise<pg.Client> {
    this.listener ??= (async () => {
      const client = new pg.Client({ connectionString: this.url })
      client.on('notification', ({ channel, payload }) => {
        for (const handler of this.handlers.get(channel) ?? []) handler(payload ?? '')
      })
      client.on('error', () => {
        // The connection dropped: open a new one and listen again on every channel.
        this.listener = undefined
        client.end().catch(() => {})
        if (!this.closed) setTimeout(() => void this.relisten(), 500).unref()
      })
      await client.connect()
      return client
    })()
    return this.listener
  }

  private async relisten(): Promise<void> {
    try {
      const client = await this.listening()
      for (const channel of this.handlers.keys()) await client.query(`LISTEN ${channelIdentifier(channel)}`)
    } catch {
      this.listener = undefined
      if (!this.closed) setTimeout(() => void this.relisten(), 1000).unref()
    }
  }

  async close(): Promise<void> {
    await this.sending
    this.closed = true
    const listener = this.listener
    this.listener = undefined
    await Promise.all([listener?.then((c) => c.end()).catch(() => {}), this.pool.end()])
  }
}

/** A transaction's client; nested transactions are savepoints. */
class PostgresTransaction extends Queries implements Sql {
  private depth = 0
  /** Notifications to send once the transaction has committed. */
  readonly pending: [string, string][] = []

  constructor(private readonly client: pg.PoolClient) {
    super(client)
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    const name = `sp${++this.depth}`
    const mark = this.pending.length
    await this.client.query(`SAVEPOINT ${name}`)
    try {
      const result = await work(this)
      await this.client.query(`RELEASE SAVEPOINT ${name}`)
      return result
    } catch (error) {
      await this.client.query(`ROLLBACK TO SAVEPOINT ${name}`)
      this.pending.length = mark
      throw error
    } finally {
      this.depth--
    }
  }

  /** Sent when the transaction commits, and never if it rolls back. */
  async notify(channel: string, payload: string): Promise<void> {
    this.pending.push([channel, payload])
  }
}
