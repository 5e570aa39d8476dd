import type { Db } from './database.ts'

interface Job {
  work: () => unknown
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
}

/**
 * Group commit for hot write paths. Work queued during one turn of the event loop runs in a single
 * BEGIN IMMEDIATE transaction, each piece inside its own savepoint: a piece that throws is rolled back
 * alone and rejects alone, the others commit together. One commit then writes each shared page (the
 * product, the plan, the ends of the indexes) once for the whole group instead of once per order,
 * which is most of an order's cost. Every promise settles only after COMMIT, so nothing is
 * acknowledged before it is durable; with no concurrency a group is just one piece.
 */
export class GroupCommit {
  private queue: Job[] = []
  private readonly inSavepoint: (work: () => unknown) => unknown
  private readonly inTransaction: { immediate: (jobs: Job[]) => PromiseSettledResult<unknown>[] }

  constructor(db: Db) {
    // Called inside a transaction, a better-sqlite3 transaction function runs as a savepoint.
    this.inSavepoint = db.transaction((work: () => unknown) => work())
    this.inTransaction = db.transaction((jobs: Job[]) =>
      jobs.map((job): PromiseSettledResult<unknown> => {
        try {
          return { status: 'fulfilled', value: this.inSavepoint(job.work) }
        } catch (reason) {
          return { status: 'rejected', reason }
        }
      }),
    )
  }

  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.queue.length === 0) setImmediate(() => this.flush())
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject })
    })
  }

  private flush(): void {
    const jobs = this.queue
    this.queue = []
    let results: PromiseSettledResult<unknown>[]
    try {
      results = this.inTransaction.immediate(jobs)
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
