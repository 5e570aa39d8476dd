import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Region } from '../../shared/contract/catalogue.ts'
import { fetchRegions } from '../api/catalogue.ts'
import { load, save } from '../lib/persistence.ts'
import { cityCodeOf } from '../lib/format.ts'

interface ChosenRegion {
  code: string
  name: string
}

/** Until sign-in exists (/api/me), the purchaser's region is chosen here and kept on the device. */
export const DEFAULT_REGION: ChosenRegion = { code: '330100', name: '杭州市' }

const parseChosen = (raw: unknown): ChosenRegion | undefined => {
  const r = raw as Partial<ChosenRegion> | null
  return r && typeof r.code === 'string' && /^\d{6}$/.test(r.code) && typeof r.name === 'string' ? { code: r.code, name: r.name } : undefined
}

export const useRegionStore = defineStore('region', () => {
  const chosen = ref<ChosenRegion>(load('region', parseChosen) ?? DEFAULT_REGION)
  const regions = ref<Region[]>([])
  const error = ref<unknown>(null)
  let pending: Promise<void> | null = null

  const code = computed(() => chosen.value.code)
  const name = computed(() => chosen.value.name)
  /** Products list the cities they deliver to; a county is served when its city is. */
  const cityCode = computed(() => cityCodeOf(chosen.value.code))
  const cities = computed(() => regions.value.filter((r) => r.parentCode === null))

  function countiesOf(cityCode: string): Region[] {
    return regions.value.filter((r) => r.parentCode === cityCode)
  }

  /** Loads the region tree once; later calls share the same request. */
  function loadRegions(): Promise<void> {
    if (regions.value.length) return Promise.resolve()
    pending ??= fetchRegions()
      .then((items) => {
        regions.value = items
        error.value = null
      })
      .catch((e: unknown) => {
        error.value = e
      })
      .finally(() => {
        pending = null
      })
    return pending
  }

  /** Chooses the purchaser's region and remembers it on this device. */
  function choose(region: ChosenRegion): void {
    chosen.value = { code: region.code, name: region.name }
    save('region', chosen.value)
  }

  function delivers(deliveryRegionCodes: readonly string[]): boolean {
    return deliveryRegionCodes.includes(cityCode.value)
  }

  return { chosen, code, name, cityCode, regions, cities, error, countiesOf, loadRegions, choose, delivers }
})
