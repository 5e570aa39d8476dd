import type { Db } from '../db/database.ts'
import { badgesToMask, type Badge } from '../../shared/badges.ts'
import { makePersonName, makePhone, makeStreetAddress, makeSupplierName, makeUnitName } from './data/names.ts'
import { CATALOGUE } from './data/categories.ts'
import type { SeededRegion } from './tree.ts'
import type { Rng } from './types.ts'

export const ALL_CITIES_MASK = (1 << 11) - 1

export interface SeededSupplier {
  id: number
  kind: 'manufacturer' | 'reseller'
  regionCode: string
  badges: number
  deliveryMask: number
  topIndex: number
}

/** Hangzhou and Ningbo hold more of the province's firms; the weights follow that. */
const CITY_WEIGHT = [22, 16, 12, 8, 6, 9, 11, 4, 3, 7, 4]

export function pickCounty(rng: Rng, counties: readonly SeededRegion[]): SeededRegion {
  const total = CITY_WEIGHT.reduce((a, b) => a + b, 0)
  let roll = rng.next() * total
  let city = 0
  for (; city < CITY_WEIGHT.length - 1; city++) {
    roll -= CITY_WEIGHT[city] ?? 0
    if (roll < 0) break
  }
  const inCity = counties.filter((c) => c.cityIndex === city)
  return rng.pick(inCity.length > 0 ? inCity : counties)
}

function pickSize(rng: Rng): 'large' | 'medium' | 'small' | 'micro' {
  const r = rng.next()
  return r < 0.05 ? 'large' : r < 0.25 ? 'medium' : r < 0.65 ? 'small' : 'micro'
}

function deliveryMask(rng: Rng, cityIndex: number): number {
  const r = rng.next()
  if (r < 0.4) return ALL_CITIES_MASK
  let mask = 1 << cityIndex
  if (r < 0.7) for (let i = 0; i < 3; i++) mask |= 1 << rng.int(0, 10)
  return mask
}

export interface SupplierOverride {
  name: string
  regionCode: string
  kind: 'manufacturer' | 'reseller'
  size: 'large' | 'medium' | 'small' | 'micro'
  topIndex: number
}

export function seedSuppliers(
  db: Db,
  rng: Rng,
  count: number,
  counties: readonly SeededRegion[],
  overrides: readonly SupplierOverride[],
): SeededSupplier[] {
  const insert = db.prepare(
    `INSERT INTO suppliers (id, name, region_code, kind, size, badges, delivery_mask, industry)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const names = new Set<string>()
  const suppliers: SeededSupplier[] = []
  for (let id = 1; id <= count; id++) {
    const override = overrides[id - 1]
    const county = override
      ? (counties.find((c) => c.code === override.regionCode) ?? pickCounty(rng, counties))
      : pickCounty(rng, counties)
    const kind = override?.kind ?? (rng.chance(0.4) ? 'manufacturer' : 'reseller')
    const size = override?.size ?? pickSize(rng)
    const topIndex = override?.topIndex ?? rng.int(0, CATALOGUE.length - 1)
    const industry = CATALOGUE[topIndex]?.name ?? ''
    let name = override?.name ?? makeSupplierName(rng, county.cityName, county.name, kind, industry)
    for (let n = 2; names.has(name); n++) name = name.replace(/(（\d+）)?$/, `（${n}）`)
    names.add(name)
    const badges: Badge[] = []
    if (size !== 'large') badges.push('sme')
    if (size === 'micro') badges.push('micro')
    if (rng.chance(0.02)) badges.push('disabled_welfare')
    if (rng.chance(0.005)) badges.push('prison')
    const mask = override ? ALL_CITIES_MASK : deliveryMask(rng, county.cityIndex)
    insert.run(id, name, county.code, kind, size, badgesToMask(badges), mask, industry)
    suppliers.push({ id, kind, regionCode: county.code, badges: badgesToMask(badges), deliveryMask: mask, topIndex })
  }
  return suppliers
}

export interface UnitOverride {
  name: string
  regionCode: string
}

/** Purchasing units, each with one or two addresses and a few 网上超市 procurement plans. */
export function seedUnits(
  db: Db,
  rng: Rng,
  count: number,
  counties: readonly SeededRegion[],
  overrides: readonly UnitOverride[],
): void {
  const unit = db.prepare('INSERT INTO units (id, name, kind, region_code, invoice_title, tax_no) VALUES (?, ?, ?, ?, ?, ?)')
  const address = db.prepare(
    'INSERT INTO addresses (unit_id, contact, phone, region_code, detail, is_default) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const plan = db.prepare(
    'INSERT INTO plans (unit_id, code, name, method, year, budget_fen) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const names = new Set<string>()
  for (let id = 1; id <= count; id++) {
    const override = overrides[id - 1]
    const county = override
      ? (counties.find((c) => c.code === override.regionCode) ?? pickCounty(rng, counties))
      : pickCounty(rng, counties)
    const made = makeUnitName(rng, county.cityName, county.name)
    let name = override?.name ?? made.name
    for (let n = 2; names.has(name); n++) name = name.replace(/(（\d+）)?$/, `（${n}）`)
    names.add(name)
    const taxNo = `12330${String(rng.int(100, 999))}${String(id).padStart(6, '0')}${'ABCDEFGHJK'[id % 10]}${rng.int(10, 99)}`
    unit.run(id, name, made.kind, county.code, name, taxNo)
    const addresses = rng.chance(0.3) ? 2 : 1
    for (let a = 0; a < addresses; a++) {
      address.run(id, makePersonName(rng), makePhone(rng), county.code, makeStreetAddress(rng, county.name), a === 0 ? 1 : 0)
    }
    const plans = rng.int(1, 3)
    for (let p = 1; p <= plans; p++) {
      const budgetYuan = rng.int(5, 200) * 10_000
      const purpose = rng.pick(['办公设备购置', '办公用品采购', '日常耗材采购', '后勤物资采购', '信息化设备更新'])
      plan.run(id, `ZJ2026-${String(id).padStart(5, '0')}-${p}`, `2026年${purpose}`, '网上超市', 2026, budgetYuan * 100)
    }
  }
}
