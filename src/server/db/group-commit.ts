import type { Sql } from './sql.ts'

/** Runs a piece of write work in a transaction of its own or shared; it commits before the promise settles. */
export interface Committer {
  run<T>(work: (tx: Sql) => Promise<T>): Promise<T>
}

interface Job {
  work: (tx: Sql) => Promise<unknown>
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
}

/**
 * Group commit for SQLite's one writer. Work queued during one turn of the event loop runs in a
 * single BEGIN IMMEDIATE transaction, each piece inside its own savepoint: a piece that throws is
 * rolled back alone and rejects alone, the others commit together. One commit then writes each
 * shared page (the product, the plan, the ends of the indexes) once for the whole group instead of
 * once per order, which is most of an order's cost. Every promise settles only after COMMIT, so
 * nothing is acknowledged before it is durable; with no concurrency a group is just one piece.
 */
export class GroupCommit implements Committer {
  private queue: Job[] = []

  constructor(private readonly sql: Sql) {}

  run<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.queue.length === 0) setImmediate(() => void this.flush())
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject })
    })
  }

  private async flush(): Promise<void> {
    const jobs = this.queue
    this.queue = []
    let results: PromiseSettledResult<unknown>[]
    try {
      results = await this.sql.transaction(async (tx) => {
        const settled: PromiseSettledResult<unknown>[] = []
        for (const job of jobs) {
          try {
            settled.push({ status: 'fulfilled', value: await tx.transaction(job.work) })
          } catch (reason) {
            settled.push({ status: 'rejected', reason })
          }
        }
        return settled
      })
    } catch (error) {
      // BEGIN or COMMIT itself failed (the database stayed locked past busy_timeout): nothing was written.
      for (const job of jobs) job.reject(error)
      return
    }
    jobs.forEach((job, i) => {
      const result = results[i] as PromiseSettledResult<unknown>
      if (result.status === 'fulfilled') job.resolve(result.value)
      else job.reject(result.reason)
    })
  }
}

const RETRYABLE = new Set(['40001', '40P01'])

/**
 * PostgreSQL: a transaction per piece of work on its own pooled client; row locks order the
 * contending ones. A deadlock or serialization failure is retried a few times, since nothing of
 * the attempt was kept.
 */
export class TransactionPerWork implements Committer {
  constructor(private readonly sql: Sql) {}

  async run<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.sql.transaction(work)
      } catch (error) {
        const code = (error as { code?: unknown }).code
        if (attempt >= 5 || typeof code !== 'string' || !RETRYABLE.has(code)) throw error
      }
    }
  }
}
