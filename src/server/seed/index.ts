import { hashPasswordSync } from '../auth/password.ts'
import type { Db } from '../db/database.ts'
import { createProductIndexes, setMeta } from '../db/database.ts'
import { CATALOGUE } from './data/categories.ts'
import { createRng } from './rng.ts'
import type { SeedScale } from './scale.ts'
import { seedCategories, seedPavilions, seedRegions } from './tree.ts'
import { seedSuppliers, seedUnits, type SupplierOverride, type UnitOverride } from './parties.ts'
import { seedProducts } from './products.ts'
import { seedSuggestTerms } from './suggest-terms.ts'

export const DEMO_PASSWORD = 'demo123'

export const DEMO_ACCOUNTS = [
  { username: 'buyer1', role: 'purchaser', displayName: '王敏', unitId: 1 },
  { username: 'buyer2', role: 'purchaser', displayName: '李建国', unitId: 2 },
  { username: 'supplier1', role: 'supplier', displayName: '张伟', supplierId: 1 },
  { username: 'supplier2', role: 'supplier', displayName: '陈静', supplierId: 2 },
] as const

const topIndex = (word: string): number => Math.max(0, CATALOGUE.findIndex((t) => t.name.includes(word)))

/** Demo parties sit at fixed ids in two different cities; the demo suppliers deliver province-wide. */
const DEMO_SUPPLIERS: SupplierOverride[] = [
  { name: '杭州云采办公设备制造有限公司', regionCode: '330106', kind: 'manufacturer', size: 'medium', topIndex: topIndex('办公') },
  { name: '宁波甬信办公用品商贸有限公司', regionCode: '330212', kind: 'reseller', size: 'small', topIndex: topIndex('耗材') },
]
const DEMO_UNITS: UnitOverride[] = [
  { name: '杭州市西湖区教育局', regionCode: '330106' },
  { name: '宁波市鄞州区第一医院', regionCode: '330212' },
]

function rollUpCounts(db: Db): void {
  db.exec(`
    UPDATE categories SET product_count = (
      SELECT count(*) FROM products p
      WHERE (categories.level = 3 AND p.category_id = categories.id)
         OR (categories.level = 2 AND p.cat2_id = categories.id)
         OR (categories.level = 1 AND p.cat1_id = categories.id));
    UPDATE suppliers SET product_count = (SELECT count(*) FROM products p WHERE p.supplier_id = suppliers.id);
  `)
}

/** Fills an empty, migrated database. The same scale always produces the same rows. */
export function seedDatabase(db: Db, scale: SeedScale): void {
  const rng = createRng(20170331)
  db.transaction(() => {
    const counties = seedRegions(db)
    const leaves = seedCategories(db)
    seedPavilions(db)
    const names = new Map((db.prepare('SELECT id, name FROM categories').all() as { id: number; name: string }[]).map((c) => [c.id, c.name]))
    const suppliers = seedSuppliers(db, rng, scale.suppliers, counties, scale.demoAccounts ? DEMO_SUPPLIERS : [])
    seedUnits(db, rng, scale.units, counties, scale.demoAccounts ? DEMO_UNITS : [])
    seedProducts(db, rng, scale.products, leaves, suppliers, (id) => names.get(id) ?? '')
  })()
  createProductIndexes(db)
  db.transaction(() => {
    rollUpCounts(db)
    seedSuggestTerms(db)
    if (scale.demoAccounts) {
      const insert = db.prepare(
        'INSERT INTO users (username, password_hash, display_name, role, unit_id, supplier_id) VALUES (?, ?, ?, ?, ?, ?)',
      )
      for (const a of DEMO_ACCOUNTS) {
        insert.run(a.username, hashPasswordSync(DEMO_PASSWORD), a.displayName, a.role, 'unitId' in a ? a.unitId : null, 'supplierId' in a ? a.supplierId : null)
      }
    }
    setMeta(db, 'seed_scale', scale.name)
  })()
  db.exec("INSERT INTO product_search (product_search) VALUES ('optimize')")
}
