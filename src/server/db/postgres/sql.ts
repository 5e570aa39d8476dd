import pg from 'pg'
import { numberedPlaceholders, type Sql } from '../sql.ts'

type Params = readonly unknown[]
type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient
type Handler = (payload: string) => void

const texts = new Map<string, string>()
/** The SQL with numbered placeholders, translated once per text. */
function translate(text: string): string {
  let out = texts.get(text)
  if (out === undefined) texts.set(text, (out = numberedPlaceholders(text)))
  return out
}

async function query<T>(on: Queryable, text: string, params: Params): Promise<pg.QueryResult<T & pg.QueryResultRow>> {
  return on.query<T & pg.QueryResultRow>(translate(text), params as unknown[])
}

/** A channel name as an identifier: LISTEN takes no parameters. */
const channelIdentifier = (channel: string): string => {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Bad channel name: ${channel}`)
  return channel
}

/**
 * The Sql interface over a node-postgres pool. Each transaction runs on a client of its own;
 * notifications ride on one dedicated listening connection, reopened if it drops.
 */
export class PostgresSql implements Sql {
  readonly engine = 'postgres'
  private readonly handlers = new Map<string, Set<Handler>>()
  private listener: Promise<pg.Client> | undefined
  private closed = false

  constructor(
    readonly pool: pg.Pool,
    private readonly url: string,
  ) {}

  async all<T>(text: string, params: Params = []): Promise<T[]> {
    return (await query<T>(this.pool, text, params)).rows
  }

  async get<T>(text: string, params: Params = []): Promise<T | undefined> {
    return (await query<T>(this.pool, text, params)).rows[0]
  }

  async run(text: string, params: Params = []): Promise<number> {
    return (await query(this.pool, text, params)).rowCount ?? 0
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    const client = await this.pool.connect()
    let broken: unknown
    try {
      await client.query('BEGIN')
      const result = await work(new PostgresTransaction(client))
      await client.query('COMMIT')
      return result
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: unknown) => (broken = rollbackError))
      throw error
    } finally {
      client.release(broken as Error | undefined)
    }
  }

  async notify(channel: string, payload: string): Promise<void> {
    await this.pool.query('SELECT pg_notify($1, $2)', [channel, payload])
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
    this.closed = true
    const listener = this.listener
    this.listener = undefined
    await Promise.all([listener?.then((c) => c.end()).catch(() => {}), this.pool.end()])
  }
}

/** A transaction's client; nested transactions are savepoints. */
class PostgresTransaction implements Sql {
  readonly engine = 'postgres'
  private depth = 0

  constructor(private readonly client: pg.PoolClient) {}

  async all<T>(text: string, params: Params = []): Promise<T[]> {
    return (await query<T>(this.client, text, params)).rows
  }

  async get<T>(text: string, params: Params = []): Promise<T | undefined> {
    return (await query<T>(this.client, text, params)).rows[0]
  }

  async run(text: string, params: Params = []): Promise<number> {
    return (await query(this.client, text, params)).rowCount ?? 0
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    const name = `sp${++this.depth}`
    await this.client.query(`SAVEPOINT ${name}`)
    try {
      const result = await work(this)
      await this.client.query(`RELEASE SAVEPOINT ${name}`)
      return result
    } catch (error) {
      await this.client.query(`ROLLBACK TO SAVEPOINT ${name}`)
      throw error
    } finally {
      this.depth--
    }
  }

  /** Delivered by PostgreSQL when the transaction commits, and never if it rolls back. */
  async notify(channel: string, payload: string): Promise<void> {
    await this.client.query('SELECT pg_notify($1, $2)', [channel, payload])
  }

  listen(): Promise<() => Promise<void>> {
    throw new Error('listen outside a transaction')
  }

  close(): Promise<void> {
    throw new Error('close the pool, not a transaction')
  }
}
