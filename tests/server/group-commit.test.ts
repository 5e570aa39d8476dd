import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { GroupCommit } from '../../src/server/db/group-commit.ts'
import type { Sql } from '../../src/server/db/sql.ts'
import { SqliteSql } from '../../src/server/db/sqlite-sql.ts'

let dir: string
let db: Database.Database
let sql: SqliteSql
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yuncai-group-'))
  db = new Database(join(dir, 'g.sqlite'))
  db.pragma('journal_mode = WAL')
  db.exec('CREATE TABLE t (v TEXT NOT NULL)')
  sql = new SqliteSql(db)
})
afterEach(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

const insert = (v: string) => (tx: Sql) => tx.run('INSERT INTO t (v) VALUES (?)', [v])
const values = () => (db.prepare('SELECT v FROM t ORDER BY rowid').all() as { v: string }[]).map((r) => r.v)

describe('group commit (SQLite)', () => {
  it('commits work queued together, rolling back and rejecting only the piece that failed', async () => {
    const commits = new GroupCommit(sql)
    const results = await Promise.allSettled([
      commits.run(insert('a')),
      commits.run(async (tx) => {
        await insert('b')(tx)
        throw new Error('no b')
      }),
      commits.run(insert('c')),
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect(values()).toEqual(['a', 'c'])
  })

  it('runs pieces in the order they were queued, each seeing the ones before it', async () => {
    const commits = new GroupCommit(sql)
    const counts = await Promise.all(
      [1, 2, 3].map((n) =>
        commits.run(async (tx) => {
          await insert(String(n))(tx)
          return tx.get('SELECT count(*) AS n FROM t')
        }),
      ),
    )
    expect(counts).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }])
  })

  it('keeps other queries out of an open transaction until it ends', async () => {
    const commits = new GroupCommit(sql)
    let release = (): void => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    const writing = commits.run(async (tx) => {
      await insert('pending')(tx)
      await held
      throw new Error('rolled back')
    })
    await new Promise((resolve) => setImmediate(resolve))
    const reading = sql.all<{ v: string }>('SELECT v FROM t')
    release()
    await expect(writing).rejects.toThrow('rolled back')
    expect(await reading).toEqual([])
  })

  it('rejects every piece, and writes nothing, when the write lock cannot be had', async () => {
    db.pragma('busy_timeout = 0')
    const other = new Database(join(dir, 'g.sqlite'))
    other.exec('BEGIN IMMEDIATE')
    const commits = new GroupCommit(sql)
    const results = await Promise.allSettled([commits.run(insert('x')), commits.run(insert('y'))])
    other.exec('ROLLBACK')
    other.close()
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected'])
    expect(values()).toEqual([])
  })
})
