import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ProductSummary } from '../../shared/contract/catalogue.ts'
import { load, save } from '../lib/persistence.ts'

const LIMIT = 12

function parseItems(raw: unknown): ProductSummary[] | undefined {
  if (!Array.isArray(raw)) return undefined
  return raw.filter(
    (p: Partial<ProductSummary> | null): p is ProductSummary =>
      !!p && typeof p.id === 'number' && typeof p.title === 'string' && typeof p.priceFen === 'number' &&
      typeof p.referencePriceFen === 'number' && typeof p.image === 'string' && Array.isArray(p.badges) &&
      typeof p.supplier?.id === 'number',
  )
}

/** Products the person opened lately, newest first, kept on this device. */
export const useRecentStore = defineStore('recent', () => {
  const items = ref<ProductSummary[]>(load('recentlyViewed', parseItems) ?? [])

  /** Puts a product at the front, keeping only the summary so the list stays small. */
  function record(product: ProductSummary): void {
    const { id, title, brand, model, priceFen, referencePriceFen, image, badges, sales, supplier } = product
    const summary: ProductSummary = {
      id, title, brand, model, priceFen, referencePriceFen, image, badges, sales,
      supplier: { id: supplier.id, name: supplier.name, regionCode: supplier.regionCode },
    }
    items.value = [summary, ...items.value.filter((p) => p.id !== id)].slice(0, LIMIT)
    save('recentlyViewed', items.value)
  }

  function clear(): void {
    items.value = []
    save('recentlyViewed', [])
  }

  return { items, record, clear }
})
