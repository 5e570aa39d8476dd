/** How big a seeded catalogue is. "full" is the 2017 Zhejiang launch figures. */
export interface SeedScale {
  name: string
  products: number
  suppliers: number
  units: number
  /** Demo accounts are only seeded into demo-sized catalogues. */
  demoAccounts: boolean
}

const FULL = { products: 480_000, suppliers: 27_698, units: 7_886 }

export function parseSeedScale(value: string | undefined): SeedScale {
  const raw = (value ?? 'demo').trim().toLowerCase()
  if (raw === 'full') return { name: 'full', ...FULL, demoAccounts: false }
  const products = raw === 'demo' ? 20_000 : Number(raw)
  if (!Number.isInteger(products) || products < 200 || products > 5_000_000) {
    throw new Error(`SEED_SCALE must be "demo", "full" or a product count from 200 to 5000000, not "${value}"`)
  }
  return {
    name: raw === 'demo' ? 'demo' : String(products),
    products,
    suppliers: Math.max(24, Math.round((products * FULL.suppliers) / FULL.products)),
    units: Math.max(12, Math.round((products * FULL.units) / FULL.products)),
    demoAccounts: products <= 100_000,
  }
}
