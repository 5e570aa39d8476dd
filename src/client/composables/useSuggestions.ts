import { onBeforeUnmount, ref, shallowRef, watch, type WatchSource } from 'vue'
import type { Suggestion } from '../../shared/contract/catalogue.ts'
import { fetchSuggestions } from '../api/catalogue.ts'

const DELAY_MS = 150
const cache = new Map<string, Suggestion[]>()

/**
 * Suggestions for what is being typed (Chinese, pinyin or initials such as "dyj"), debounced and
 * cached; an empty input gives the popular terms, and null asks for nothing. A slow answer for
 * old text is dropped.
 */
export function useSuggestions(text: WatchSource<string | null>) {
  const items = shallowRef<Suggestion[]>([])
  const loading = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  let controller: AbortController | null = null
  let wanted: string | null = null

  async function load(q: string): Promise<void> {
    const hit = cache.get(q)
    if (hit) {
      items.value = hit
      return
    }
    controller?.abort()
    const own = (controller = new AbortController())
    loading.value = true
    try {
      const result = await fetchSuggestions(q, own.signal)
      cache.set(q, result)
      if (wanted === q) items.value = result
    } catch {
      // Suggestions are a convenience: on failure the person just types and searches.
    } finally {
      if (controller === own) loading.value = false
    }
  }

  watch(
    text,
    (value) => {
      clearTimeout(timer)
      if (value === null) return
      const q = (wanted = value.trim().slice(0, 64))
      if (cache.has(q) || q === '') void load(q)
      else timer = setTimeout(() => void load(q), DELAY_MS)
    },
    { immediate: true },
  )
  onBeforeUnmount(() => {
    clearTimeout(timer)
    controller?.abort()
  })
  return { items, loading }
}
