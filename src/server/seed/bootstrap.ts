import { existsSync, renameSync, rmSync } from 'node:fs'
import { databasePath, getMeta, openDatabase, setMeta, type Db } from '../db/database.ts'
import { seedDatabase } from './index.ts'
import type { SeedScale } from './scale.ts'

function isSeeded(db: Db): boolean {
  return getMeta(db, 'seed_scale') !== undefined
}

/**
 * Opens the database at url, seeding it first when it is empty. A file database is seeded into a
 * temporary file with durability off and renamed into place when complete, so an interrupted seed
 * never leaves a half-filled catalogue behind.
 */
export function openSeededDatabase(url: string, scale: SeedScale, log: (line: string) => void = () => {}): Db {
  const path = databasePath(url)
  if (path !== ':memory:' && existsSync(path)) {
    const db = openDatabase(url)
    if (isSeeded(db)) return db
    db.close()
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
  }
  if (path === ':memory:') {
    const db = openDatabase(url)
    seedDatabase(db, scale)
    return db
  }
  const started = performance.now()
  log(`Seeding the ${scale.name} catalogue (${scale.products.toLocaleString('en-US')} products) into ${path} …`)
  const tmp = `${path}.seeding`
  for (const suffix of ['', '-wal', '-shm']) rmSync(tmp + suffix, { force: true })
  const db = openDatabase(`file:${tmp}`, { bulkLoad: true })
  seedDatabase(db, scale)
  const seconds = (performance.now() - started) / 1000
  setMeta(db, 'seed_seconds', seconds.toFixed(1))
  db.close()
  for (const suffix of ['-wal', '-shm']) rmSync(path + suffix, { force: true })
  renameSync(tmp, path)
  log(`Seeded in ${seconds.toFixed(1)} s`)
  return openDatabase(url)
}
