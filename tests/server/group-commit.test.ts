import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { GroupCommit } from '../../src/server/db/group-commit.ts'

let dir: string
let db: Database.Database
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yuncai-group-'))
  db = new Database(join(dir, 'g.sqlite'))
  db.pragma('journal_mode = WAL')
  db.exec('CREATE TABLE t (v TEXT NOT NULL)')
})
afterEach(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

const insert = (v: string) => () => db.prepare('INSERT INTO t (v) VALUES (?)').run(v).lastInsertRowid
const values = () => (db.prepare('SELECT v FROM t ORDER BY rowid').all() as { v: string }[]).map((r) => r.v)

describe('group commit', () => {
  it('commits work queued together, rolling back and rejecting only the piece that failed', async () => {
    const commits = new GroupCommit(db)
    const results = await Promise.allSettled([
      commits.run(insert('a')),
      commits.run(() => {
        insert('b')()
        throw new Error('no b')
      }),
      commits.run(insert('c')),
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect(values()).toEqual(['a', 'c'])
  })

  it('runs pieces in the order they were queued, each seeing the ones before it', async () => {
    const commits = new GroupCommit(db)
    const counts = await Promise.all([1, 2, 3].map((n) => commits.run(() => (insert(String(n))(), db.prepare('SELECT count(*) AS n FROM t').get()))))
    expect(counts).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }])
  })

  it('rejects every piece, and writes nothing, when the write lock cannot be had', async () => {
    db.pragma('busy_timeout = 0')
    const other = new Database(join(dir, 'g.sqlite'))
    other.exec('BEGIN IMMEDIATE')
    const commits = new GroupCommit(db)
    const results = await Promise.allSettled([commits.run(insert('x')), commits.run(insert('y'))])
    other.exec('ROLLBACK')
    other.close()
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected'])
    expect(values()).toEqual([])
  })
})
