import type { Db } from '../db/database.ts'
import { REGIONS } from './data/regions.ts'
import { CATALOGUE } from './data/categories.ts'
import { PAVILIONS } from './data/pavilions.ts'
import { badgeBit } from '../../shared/badges.ts'
import type { LeafCategorySeed } from './types.ts'

export interface SeededLeaf {
  id: number
  cat2Id: number
  cat1Id: number
  /** Index of the top-level category, which doubles as a supplier's industry. */
  topIndex: number
  seed: LeafCategorySeed
}

export interface SeededRegion {
  code: string
  name: string
  cityCode: string
  cityName: string
  cityIndex: number
}

/** Writes the 101 regions; returns the county-level ones, which suppliers and units sit in. */
export function seedRegions(db: Db): SeededRegion[] {
  const cities = REGIONS.filter((r) => r.parentCode === null)
  const cityIndex = new Map(cities.map((c, i) => [c.code, i]))
  const insert = db.prepare('INSERT INTO regions (code, name, parent_code, city_index) VALUES (?, ?, ?, ?)')
  const counties: SeededRegion[] = []
  for (const r of REGIONS) {
    const cityCode = r.parentCode ?? r.code
    const index = cityIndex.get(cityCode)
    if (index === undefined) throw new Error(`region ${r.code} has an unknown city ${cityCode}`)
    insert.run(r.code, r.name, r.parentCode, index)
    if (r.parentCode !== null) {
      const city = cities[index]
      counties.push({ code: r.code, name: r.name, cityCode, cityName: city?.name ?? '', cityIndex: index })
    }
  }
  return counties
}

/** Writes the three-level category tree; returns its leaves with their ancestors' ids. */
export function seedCategories(db: Db): SeededLeaf[] {
  const insert = db.prepare(
    'INSERT INTO categories (id, name, parent_id, level, slug, position) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const leaves: SeededLeaf[] = []
  let id = 0
  CATALOGUE.forEach((top, topIndex) => {
    const cat1Id = ++id
    insert.run(cat1Id, top.name, null, 1, null, topIndex)
    top.children.forEach((mid, midIndex) => {
      const cat2Id = ++id
      insert.run(cat2Id, mid.name, cat1Id, 2, null, midIndex)
      mid.children.forEach((leaf, leafIndex) => {
        const leafId = ++id
        insert.run(leafId, leaf.name, cat2Id, 3, leaf.slug, leafIndex)
        leaves.push({ id: leafId, cat2Id, cat1Id, topIndex, seed: leaf })
      })
    })
  })
  return leaves
}

/** The local pavilions: a city's or county's own, or a themed hall defined by a badge. */
export function seedPavilions(db: Db): void {
  const insert = db.prepare(
    'INSERT INTO pavilions (id, name, kind, region_code, badge_mask, tagline, intro, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  )
  const isCity = new Set(REGIONS.filter((r) => r.parentCode === null).map((r) => r.code))
  PAVILIONS.forEach((p, position) => {
    const kind = p.badge ? 'theme' : isCity.has(p.regionCode ?? '') ? 'city' : 'county'
    insert.run(p.id, p.name, kind, p.regionCode ?? null, p.badge ? badgeBit(p.badge) : 0, p.tagline, p.intro, position)
  })
}
