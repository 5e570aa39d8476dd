import { describe, expect, it } from 'vitest'
import PavilionGrid from '../../../../src/client/components/pavilion/PavilionGrid.vue'
import { mountWithApp } from '../support/mount.ts'
import { PAVILIONS } from './fixtures.ts'

function grid(regionCode: string, regionName: string) {
  return mountWithApp(PavilionGrid, { props: { items: PAVILIONS, regionCode, regionName } })
}

const hrefs = (wrapper: ReturnType<typeof grid>): string[] => wrapper.findAll('a').map((a) => a.attributes('href') ?? '')

describe('PavilionGrid', () => {
  it('opens with the purchaser’s own region, named and linked', () => {
    const wrapper = grid('330100', '杭州市')
    const own = wrapper.get('[aria-labelledby="pavilions-own"]')
    expect(own.text()).toContain('我的地区')
    expect(own.text()).toContain('杭州市')
    expect(hrefs(wrapper)[0]).toBe('/pavilions/hangzhou')
    expect(own.get('a').text()).toContain('本地馆')
    expect(own.get('a').text()).toContain('918 件商品')
  })

  it('follows the chosen region: a county purchaser sees their county, then their city', () => {
    const wrapper = grid('330782', '义乌市')
    expect(hrefs(wrapper).slice(0, 2)).toEqual(['/pavilions/yiwu', '/pavilions/jinhua'])
    expect(wrapper.get('[aria-current="location"]').text()).toContain('金华馆')
  })

  it('then the themed halls, the map of cities and the counties', () => {
    const wrapper = grid('330100', '杭州市')
    expect(wrapper.findAll('h2').map((h) => h.text().replace(/按.*$/, ''))).toEqual(['我的地区', '主题馆', '城市馆', '县域特色馆'])
    expect(hrefs(wrapper).slice(1, 3)).toEqual(['/pavilions/zhizao', '/pavilions/fupin'])
    expect(hrefs(wrapper).slice(-4)).toEqual(['/pavilions/deqing', '/pavilions/yiwu', '/pavilions/yongkang', '/pavilions/anji'])
  })

  it('marks the purchaser’s city on the map and shows each city’s tagline and count', () => {
    const wrapper = grid('330100', '杭州市')
    const tiles = wrapper.findAll('.map-tile')
    expect(tiles).toHaveLength(11)
    expect(tiles[0]!.text()).toContain('湖州馆')
    const own = wrapper.get('.map-tile[aria-current="location"]')
    expect(own.classes()).toContain('is-own')
    expect(own.findAll('.map-tile__line').map((l) => l.text())).toEqual(['杭州馆标语', '特色产业'])
    expect(own.get('.map-tile__count').text()).toBe('918 件')
  })

  it('leaves out the own-region group where no pavilion covers the region', () => {
    const wrapper = grid('110100', '北京市')
    expect(wrapper.find('[aria-labelledby="pavilions-own"]').exists()).toBe(false)
    expect(wrapper.find('[aria-current="location"]').exists()).toBe(false)
  })
})
