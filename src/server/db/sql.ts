export type Engine = 'sqlite' | 'postgres'

/**
 * What repositories query through, on either engine. SQL is written once with `?` placeholders in
 * the dialect both engines share; the few places where they differ ask `engine`.
 *
 * On SQLite every call completes synchronously under the hood; a transaction holds the one
 * connection exclusively until it ends, so other requests' queries wait instead of reading its
 * uncommitted rows. On PostgreSQL a transaction runs on a client of its own from the pool.
 */
export interface Sql {
  readonly engine: Engine
  all<T>(text: string, params?: readonly unknown[]): Promise<T[]>
  get<T>(text: string, params?: readonly unknown[]): Promise<T | undefined>
  /** Runs a statement and returns how many rows it changed. */
  run(text: string, params?: readonly unknown[]): Promise<number>
  /**
   * Runs work in a transaction (a savepoint when already inside one): committed when it resolves,
   * rolled back when it throws. SQLite begins IMMEDIATE, taking the write lock before the first read.
   */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>
  /** Tells every instance listening on the channel, when the current transaction commits. */
  notify(channel: string, payload: string): Promise<void>
}

/** The database an app instance opened: queries, and what only the connection as a whole does. */
export interface SqlDatabase extends Sql {
  /** Calls back on every notification on the channel, from any instance; returns an unsubscribe. */
  listen(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>>
  close(): Promise<void>
}

/** `?` placeholders → `$1, $2, …`, skipping string literals. */
export function numberedPlaceholders(text: string): string {
  let out = ''
  let n = 0
  let quoted = false
  for (const ch of text) {
    if (ch === "'") quoted = !quoted
    out += ch === '?' && !quoted ? `$${++n}` : ch
  }
  return out
}

/** `?, ?, ?` for an IN list of n values (n ≥ 1). */
export const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ')
