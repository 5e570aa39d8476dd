import type { PavilionSummary } from '../../../shared/contract/pavilions.ts'
import { cityCodeOf } from '../../lib/format.ts'

/** A city pavilion with its cell on the map grid: eight half-columns, each tile spans two. */
export interface PlacedPavilion {
  pavilion: PavilionSummary
  row: number
  col: number
}

export interface PavilionGroups {
  /** The purchaser's own pavilions, most specific first: their county's (if it has one), then their city's. */
  own: PavilionSummary[]
  themes: PavilionSummary[]
  cities: PlacedPavilion[]
  counties: PavilionSummary[]
}

/**
 * Zhejiang's eleven cities, roughly where they lie: 湖州 嘉兴 in the north, the 杭州–宁波 belt
 * with 舟山 offshore, then 衢州 金华 台州, and 丽水 温州 in the south. Tiles on alternate rows sit
 * half a tile apart, which reads as a map rather than a table.
 */
const MAP_CELLS: Record<string, readonly [row: number, col: number]> = {
  '330500': [1, 2], // 湖州
  '330400': [1, 4], // 嘉兴
  '330100': [2, 1], // 杭州
  '330600': [2, 3], // 绍兴
  '330200': [2, 5], // 宁波
  '330900': [2, 7], // 舟山
  '330800': [3, 1], // 衢州
  '330700': [3, 3], // 金华
  '331000': [3, 5], // 台州
  '331100': [4, 2], // 丽水
  '330300': [4, 4], // 温州
}
const MAP_COLUMNS = 8

/** Places city pavilions north to south, west to east; a city the map does not know goes below it. */
function placeCities(cities: readonly PavilionSummary[]): PlacedPavilion[] {
  const known: PlacedPavilion[] = []
  const unknown: PavilionSummary[] = []
  for (const pavilion of cities) {
    const cell = pavilion.regionCode ? MAP_CELLS[pavilion.regionCode] : undefined
    if (cell) known.push({ pavilion, row: cell[0], col: cell[1] })
    else unknown.push(pavilion)
  }
  known.sort((a, b) => a.row - b.row || a.col - b.col)
  const lastRow = known.reduce((max, p) => Math.max(max, p.row), 0)
  const perRow = MAP_COLUMNS / 2
  const extra = unknown.map((pavilion, i) => ({ pavilion, row: lastRow + 1 + Math.floor(i / perRow), col: 1 + (i % perRow) * 2 }))
  return [...known, ...extra]
}

/** Sorts the pavilions into the 地方馆 tab's groups for a purchaser in regionCode. */
export function groupPavilions(items: readonly PavilionSummary[], regionCode: string): PavilionGroups {
  const city = cityCodeOf(regionCode)
  const rank = (p: PavilionSummary): number => (p.regionCode === regionCode ? 0 : p.regionCode === city ? 1 : 2)
  const own = items.filter((p) => p.kind !== 'theme' && rank(p) < 2).sort((a, b) => rank(a) - rank(b))
  return {
    own,
    themes: items.filter((p) => p.kind === 'theme'),
    cities: placeCities(items.filter((p) => p.kind === 'city')),
    counties: items.filter((p) => p.kind === 'county'),
  }
}

/** A tagline such as "数字经济 · 智能办公" as its two halves, for tiles too narrow for one line. */
export function taglineParts(tagline: string): string[] {
  return tagline.split(/\s*·\s*/).filter(Boolean)
}
