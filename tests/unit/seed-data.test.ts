import { describe, it, expect } from 'vitest'
import { BADGES } from '../../src/shared/badges.ts'
import { CATALOGUE } from '../../src/server/seed/data/categories.ts'
import {
  INDUSTRY_BY_CATEGORY,
  makePersonName,
  makePhone,
  makeStreetAddress,
  makeSupplierName,
  makeUnitName,
  pickIndustry,
} from '../../src/server/seed/data/names.ts'
import { REGIONS } from '../../src/server/seed/data/regions.ts'
import { isImageSlug, renderProductSvg } from '../../src/server/seed/images.ts'
import { createRng } from '../../src/server/seed/rng.ts'

const leaves = CATALOGUE.flatMap((top) => top.children.flatMap((mid) => mid.children))
const cities = REGIONS.filter((r) => r.parentCode === null)
const counties = REGIONS.filter((r) => r.parentCode !== null)
const cityName = (code: string | null): string => cities.find((c) => c.code === code)?.name ?? ''

describe('regions', () => {
  it('are Zhejiang: 11 cities and 90 county-level divisions', () => {
    expect(REGIONS).toHaveLength(101)
    expect(cities).toHaveLength(11)
    expect(counties).toHaveLength(90)
  })

  it('have unique 6-digit codes and unique names within a city', () => {
    const codes = REGIONS.map((r) => r.code)
    expect(new Set(codes).size).toBe(101)
    for (const code of codes) expect(code).toMatch(/^33\d{4}$/)
    for (const city of cities) {
      const names = counties.filter((c) => c.parentCode === city.code).map((c) => c.name)
      expect(new Set(names).size).toBe(names.length)
    }
  })

  it('nest every county under a city sharing its first 4 digits', () => {
    const cityCodes = new Set(cities.map((c) => c.code))
    for (const county of counties) {
      expect(cityCodes.has(county.parentCode ?? '')).toBe(true)
      expect(county.code.slice(0, 4)).toBe(county.parentCode?.slice(0, 4))
      expect(county.name).toMatch(/[区市县]$/)
    }
  })

  it('reflect the current divisions', () => {
    const byCode = new Map(REGIONS.map((r) => [r.code, r.name]))
    expect(byCode.get('330113')).toBe('临平区')
    expect(byCode.get('330114')).toBe('钱塘区')
    expect(byCode.get('330383')).toBe('龙港市')
    expect(byCode.get('330782')).toBe('义乌市')
    expect(byCode.has('330103')).toBe(false) // 下城区, merged into 上城区 in 2021
  })
})

describe('catalogue', () => {
  it('is a deep enough three-level tree', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(14)
    expect(CATALOGUE.flatMap((t) => t.children).length).toBeGreaterThanOrEqual(35)
    expect(leaves.length).toBeGreaterThanOrEqual(90)
    for (const top of CATALOGUE) {
      expect(top.children.length).toBeGreaterThan(0)
      for (const mid of top.children) expect(mid.children.length).toBeGreaterThan(0)
    }
  })

  it('has unique kebab-case slugs and unique leaf names', () => {
    const slugs = leaves.map((l) => l.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    expect(new Set(leaves.map((l) => l.name)).size).toBe(leaves.length)
  })

  it('includes the categories units buy most', () => {
    const names = new Set([...CATALOGUE.map((t) => t.name), ...CATALOGUE.flatMap((t) => t.children.map((m) => m.name)), ...leaves.map((l) => l.name)])
    for (const name of ['台式计算机', '便携式计算机', '激光打印机', '复印纸', '硒鼓', '壁挂式空调', '办公椅', '签字笔', '医用口罩', '西湖龙井', '大米', '交换机']) {
      expect(names.has(name), name).toBe(true)
    }
  })

  it('gives every leaf sane brands, prices, badges and weight', () => {
    for (const leaf of leaves) {
      expect(leaf.brands.length, leaf.slug).toBeGreaterThanOrEqual(3)
      expect(new Set(leaf.brands).size, leaf.slug).toBe(leaf.brands.length)
      const [min, max] = leaf.priceFen
      expect(Number.isInteger(min) && Number.isInteger(max), leaf.slug).toBe(true)
      expect(min, leaf.slug).toBeGreaterThanOrEqual(1)
      expect(min, leaf.slug).toBeLessThanOrEqual(max)
      expect(leaf.weight, leaf.slug).toBeGreaterThan(0)
      expect(leaf.warrantyMonths, leaf.slug).toBeGreaterThanOrEqual(0)
      for (const [badge, p] of Object.entries(leaf.badgeOdds)) {
        expect((BADGES as readonly string[]).includes(badge), `${leaf.slug} ${badge}`).toBe(true)
        expect(p, `${leaf.slug} ${badge}`).toBeGreaterThan(0)
        expect(p, `${leaf.slug} ${badge}`).toBeLessThanOrEqual(1)
      }
      const odds = leaf.badgeOdds
      expect(odds.energy_mandatory ?? 0, leaf.slug).toBeLessThanOrEqual(odds.energy_saving ?? 0)
      for (const supplierDriven of ['sme', 'micro', 'disabled_welfare', 'prison'] as const) {
        expect(odds[supplierDriven], leaf.slug).toBeUndefined()
      }
    }
  })

  it('keeps rural revitalisation to farm produce', () => {
    for (const top of CATALOGUE) {
      for (const mid of top.children) {
        for (const leaf of mid.children) {
          if (leaf.badgeOdds.rural_revitalisation) expect(top.name, leaf.slug).toBe('农副产品')
        }
      }
    }
  })

  it('makes deterministic, consistent products', () => {
    for (const leaf of leaves) {
      for (const brand of leaf.brands) {
        const a = leaf.make(createRng(11), brand)
        const b = leaf.make(createRng(11), brand)
        expect(a, leaf.slug).toEqual(b)
        expect(a.model.length, leaf.slug).toBeGreaterThan(0)
        expect(a.title, leaf.slug).toContain(brand)
        expect(a.title, leaf.slug).toContain(a.model)
        expect(a.title.length, a.title).toBeLessThanOrEqual(64)
        expect(a.specs.length, leaf.slug).toBeGreaterThanOrEqual(4)
        expect(a.specs.length, leaf.slug).toBeLessThanOrEqual(8)
        expect(a.specs[0]).toEqual({ name: '品牌', value: brand })
        expect(a.specs[1]).toEqual({ name: '型号', value: a.model })
        expect(a.description).not.toMatch(/[<>{}]/)
        expect(a.description.length, leaf.slug).toBeGreaterThan(10)
      }
    }
  })

  it('varies models and titles within a leaf', () => {
    const rng = createRng(5)
    for (const leaf of leaves) {
      const models = new Set<string>()
      const titles = new Set<string>()
      for (let i = 0; i < 200; i++) {
        const p = leaf.make(rng, rng.pick(leaf.brands))
        models.add(p.model)
        titles.add(p.title)
      }
      expect(models.size, leaf.slug).toBeGreaterThanOrEqual(15)
      expect(titles.size, leaf.slug).toBeGreaterThanOrEqual(40)
    }
  })
})

describe('images', () => {
  it('renders a small self-contained SVG for every leaf slug and variant', () => {
    for (const leaf of leaves) {
      expect(isImageSlug(leaf.slug), leaf.slug).toBe(true)
      for (let variant = 0; variant < 8; variant++) {
        const svg = renderProductSvg(leaf.slug, variant)
        expect(svg, leaf.slug).not.toBeNull()
        expect(svg?.startsWith('<svg'), leaf.slug).toBe(true)
        expect(svg?.endsWith('</svg>'), leaf.slug).toBe(true)
        expect(Buffer.byteLength(svg ?? ''), leaf.slug).toBeLessThanOrEqual(2048)
        expect(svg).toContain('viewBox="0 0 240 240"')
        expect(svg).not.toMatch(/<script|href=|url\(|<text/i)
      }
    }
  })

  it('varies the background with the variant and rejects unknown slugs', () => {
    const backgrounds = new Set<string>()
    for (let variant = 0; variant < 8; variant++) backgrounds.add(renderProductSvg('copy-paper', variant) ?? '')
    expect(backgrounds.size).toBe(8)
    expect(renderProductSvg('no-such-thing', 0)).toBeNull()
    expect(isImageSlug('no-such-thing')).toBe(false)
    expect(isImageSlug('toString')).toBe(false)
  })
})

describe('names', () => {
  it('makes many distinct supplier names', () => {
    const rng = createRng(1)
    const names = new Set<string>()
    for (let i = 0; i < 5000; i++) {
      const county = rng.pick(counties)
      const top = rng.pick(CATALOGUE).name
      const kind = rng.chance(0.4) ? 'manufacturer' : 'reseller'
      names.add(makeSupplierName(rng, cityName(county.parentCode), county.name, kind, pickIndustry(rng, top)))
    }
    expect(names.size).toBeGreaterThanOrEqual(4500)
    for (const name of names) expect(name).toMatch(/公司$/)
  })

  it('turns a top-level category name into an industry word', () => {
    const rng = createRng(6)
    for (const top of CATALOGUE) {
      expect(INDUSTRY_BY_CATEGORY[top.name]?.length, top.name).toBeGreaterThan(0)
      for (let i = 0; i < 20; i++) {
        const name = makeSupplierName(rng, '湖州市', '安吉县', 'manufacturer', top.name)
        expect(INDUSTRY_BY_CATEGORY[top.name]?.some((word) => name.includes(word)), name).toBe(true)
      }
    }
  })

  it('keeps supplier names distinct even within one county and industry', () => {
    const rng = createRng(2)
    const names = new Set<string>()
    for (let i = 0; i < 5000; i++) names.add(makeSupplierName(rng, '杭州市', '西湖区', 'manufacturer', '文具'))
    expect(names.size).toBeGreaterThanOrEqual(4500)
  })

  it('makes purchasing units of every kind, named after their region', () => {
    const rng = createRng(3)
    const kinds = new Set<string>()
    const names = new Set<string>()
    for (let i = 0; i < 3000; i++) {
      const county = rng.pick(counties)
      const city = cityName(county.parentCode)
      const unit = makeUnitName(rng, city, county.name)
      kinds.add(unit.kind)
      names.add(unit.name)
      expect(unit.name.startsWith(city) || unit.name.startsWith(county.name), unit.name).toBe(true)
    }
    expect([...kinds].sort()).toEqual(['bureau', 'hospital', 'other', 'school'])
    expect(names.size).toBeGreaterThanOrEqual(2500)
  })

  it('makes people, phones and street addresses', () => {
    const rng = createRng(4)
    const people = new Set<string>()
    for (let i = 0; i < 2000; i++) {
      const person = makePersonName(rng)
      expect(person).toMatch(/^\p{Script=Han}{2,3}$/u)
      people.add(person)
      expect(makePhone(rng)).toMatch(/^1[3-9]\d{9}$/)
      expect(makeStreetAddress(rng, '西湖区')).toMatch(/\d+ 号/)
    }
    expect(people.size).toBeGreaterThanOrEqual(1500)
  })

  it('is deterministic', () => {
    const run = (): string[] => {
      const rng = createRng(9)
      return [
        makeSupplierName(rng, '宁波市', '鄞州区', 'reseller', '办公用品'),
        makeUnitName(rng, '丽水市', '龙泉市').name,
        makePersonName(rng),
        makePhone(rng),
        makeStreetAddress(rng, '义乌市'),
      ]
    }
    expect(run()).toEqual(run())
  })
})
