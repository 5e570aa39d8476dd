import { describe, expect, it } from 'vitest'
import { groupPavilions, taglineParts } from '../../../../src/client/components/pavilion/arrange.ts'
import { PAVILIONS, pavilion } from './fixtures.ts'

const names = (list: readonly { name: string }[]): string[] => list.map((p) => p.name)

describe('arranging the 地方馆 tab', () => {
  it('puts a city purchaser’s own city pavilion first', () => {
    expect(names(groupPavilions(PAVILIONS, '330100').own)).toEqual(['杭州馆'])
  })

  it('finds the city pavilion for a purchaser in a county without one', () => {
    expect(names(groupPavilions(PAVILIONS, '330106').own)).toEqual(['杭州馆'])
  })

  it('puts a county pavilion before its city for a purchaser in that county', () => {
    expect(names(groupPavilions(PAVILIONS, '330782').own)).toEqual(['义乌馆', '金华馆'])
  })

  it('shows no own pavilion outside the pavilions’ regions', () => {
    expect(groupPavilions(PAVILIONS, '110100').own).toEqual([])
  })

  it('lays the cities out north to south, west to east, half a tile apart', () => {
    const { cities } = groupPavilions(PAVILIONS, '330100')
    expect(cities.map((c) => c.pavilion.name)).toEqual([
      '湖州馆', '嘉兴馆', '杭州馆', '绍兴馆', '宁波馆', '舟山馆', '衢州馆', '金华馆', '台州馆', '丽水馆', '温州馆',
    ])
    expect(cities.find((c) => c.pavilion.id === 'huzhou')).toMatchObject({ row: 1, col: 2 })
    expect(cities.find((c) => c.pavilion.id === 'hangzhou')).toMatchObject({ row: 2, col: 1 })
    expect(cities.find((c) => c.pavilion.id === 'wenzhou')).toMatchObject({ row: 4, col: 4 })
  })

  it('places a city the map does not know below the map rather than dropping it', () => {
    const { cities } = groupPavilions([...PAVILIONS, pavilion('new', '新馆', 'city', '339900')], '330100')
    expect(cities.at(-1)).toMatchObject({ pavilion: { id: 'new' }, row: 5, col: 1 })
  })

  it('keeps the themed halls and the counties in their own groups', () => {
    const groups = groupPavilions(PAVILIONS, '330100')
    expect(names(groups.themes)).toEqual(['制造精品馆', '农业扶贫馆'])
    expect(names(groups.counties)).toEqual(['德清馆', '义乌馆', '永康馆', '安吉馆'])
  })

  it('splits a tagline into its halves for narrow tiles', () => {
    expect(taglineParts('数字经济 · 智能办公')).toEqual(['数字经济', '智能办公'])
    expect(taglineParts('世界小商品之都')).toEqual(['世界小商品之都'])
  })
})
