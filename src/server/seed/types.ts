import type { Badge } from '../../shared/badges.ts'

/** A region of Zhejiang with its real administrative code. Cities have parentCode null. */
export interface RegionSeed {
  code: string
  name: string
  parentCode: string | null
}

/** A first-level category (e.g. 办公设备) and its second levels. */
export interface TopCategorySeed {
  name: string
  children: readonly MidCategorySeed[]
}

/** A second-level category (e.g. 打印设备) and its leaves. */
export interface MidCategorySeed {
  name: string
  children: readonly LeafCategorySeed[]
}

/** A leaf (third-level) category and everything the generator needs to make its products. */
export interface LeafCategorySeed {
  name: string
  /** Short ASCII key used for image names, e.g. "laser-printer". */
  slug: string
  brands: readonly string[]
  unit: string
  /** Price range of the listed price, in fen. */
  priceFen: readonly [number, number]
  warrantyMonths: number
  /** Badges this kind of product can carry, each with its probability. */
  badgeOdds: Partial<Record<Badge, number>>
  /** Relative share of the catalogue. */
  weight: number
  /** Makes a believable product of this leaf for the given brand. */
  make: (rng: Rng, brand: string) => ProductContent
}

export interface ProductContent {
  title: string
  model: string
  specs: { name: string; value: string }[]
  description: string
}

/** Deterministic random source. */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number
  /** Integer in [min, max], inclusive. */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  chance(p: number): boolean
}
