import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Category } from '../../shared/contract/catalogue.ts'
import { fetchCategories } from '../api/catalogue.ts'

/** The category tree, loaded once and shared by home, the category browser and search. */
export const useCatalogueStore = defineStore('catalogue', () => {
  const categories = ref<Category[]>([])
  const loading = ref(false)
  const error = ref<unknown>(null)
  let pending: Promise<void> | null = null

  const byParent = computed(() => {
    const map = new Map<number | null, Category[]>()
    for (const c of categories.value) {
      const siblings = map.get(c.parentId)
      if (siblings) siblings.push(c)
      else map.set(c.parentId, [c])
    }
    return map
  })
  const byId = computed(() => new Map(categories.value.map((c) => [c.id, c])))
  const topLevel = computed(() => byParent.value.get(null) ?? [])

  function childrenOf(id: number): Category[] {
    return byParent.value.get(id) ?? []
  }

  function category(id: number | undefined): Category | undefined {
    return id === undefined ? undefined : byId.value.get(id)
  }

  /** Loads the tree unless it is already here; concurrent callers share one request. */
  function loadCategories(): Promise<void> {
    if (categories.value.length) return Promise.resolve()
    loading.value = true
    pending ??= fetchCategories()
      .then((items) => {
        categories.value = items
        error.value = null
      })
      .catch((e: unknown) => {
        error.value = e
      })
      .finally(() => {
        loading.value = false
        pending = null
      })
    return pending
  }

  return { categories, loading, error, topLevel, childrenOf, category, loadCategories }
})
