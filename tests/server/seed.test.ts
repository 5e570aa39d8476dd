import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/server/db/database.ts'
import { seedDatabase } from '../../src/server/seed/index.ts'
import { seedDigest } from '../../src/server/seed/digest.ts'
import { parseSeedScale } from '../../src/server/seed/scale.ts'

function seededDigest(scale: string): string {
  const db = openDatabase('file::memory:')
  seedDatabase(db, parseSeedScale(scale))
  const digest = seedDigest(db)
  db.close()
  return digest
}

describe('the seed generator', () => {
  it('produces identical data for the same scale', () => {
    expect(seededDigest('1500')).toBe(seededDigest('1500'))
  })

  it('produces different data for a different scale', () => {
    expect(seededDigest('1500')).not.toBe(seededDigest('1600'))
  })

  it('scales suppliers and units with the product count, full scale at the 2017 launch figures', () => {
    expect(parseSeedScale('full')).toMatchObject({ products: 480_000, suppliers: 27_698, units: 7_886 })
    expect(parseSeedScale('demo')).toMatchObject({ products: 20_000, demoAccounts: true })
    expect(() => parseSeedScale('lots')).toThrow(/SEED_SCALE/)
  })

  it('seeds the demo accounts in two units of different cities, suppliers delivering to both', () => {
    const db = openDatabase('file::memory:')
    seedDatabase(db, parseSeedScale('1500'))
    const users = db.prepare('SELECT username, role FROM users ORDER BY username').all()
    expect(users).toEqual([
      { username: 'buyer1', role: 'purchaser' },
      { username: 'buyer2', role: 'purchaser' },
      { username: 'supplier1', role: 'supplier' },
      { username: 'supplier2', role: 'supplier' },
    ])
    const cities = db
      .prepare('SELECT r.parent_code AS city FROM units u JOIN regions r ON r.code = u.region_code WHERE u.id IN (1, 2)')
      .all() as { city: string }[]
    expect(new Set(cities.map((c) => c.city)).size).toBe(2)
    const demoProducts = db.prepare('SELECT count(*) AS n FROM products WHERE supplier_id IN (1, 2) AND delivery_mask = 2047').get() as { n: number }
    expect(demoProducts.n).toBeGreaterThanOrEqual(40)
    db.close()
  })
})
