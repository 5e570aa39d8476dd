import type { FastifyInstance } from 'fastify'
import type { SqlDatabase } from './db/sql.ts'

/** Listens, and on SIGINT/SIGTERM stops taking requests, lets running ones finish and closes the database. */
export async function listen(app: FastifyInstance, sql: SqlDatabase, port: number, host: string): Promise<string> {
  const address = await app.listen({ port, host })
  const shutdown = (): void => {
    app
      .close()
      .catch(() => {})
      .then(() => sql.close())
      .catch(() => {})
      .finally(() => process.exit(0))
  }
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
  return address
}
