import { onBeforeUnmount, ref, shallowRef, watch, type Ref, type ShallowRef, type WatchSource } from 'vue'
import { isAborted } from '../api/http.ts'

export interface Resource<T> {
  data: ShallowRef<T | undefined>
  error: Ref<unknown>
  loading: Ref<boolean>
  reload: () => Promise<void>
}

/**
 * Loads one thing for a page (a product, a supplier) and reloads it whenever source changes.
 * A newer load cancels an older one, so a fast back-and-forth never shows the wrong item.
 */
export function useResource<T, K>(
  source: WatchSource<K>,
  loader: (key: K, signal: AbortSignal) => Promise<T>,
): Resource<T> {
  const data = shallowRef<T>()
  const error = ref<unknown>(null)
  const loading = ref(false)
  let controller: AbortController | null = null
  let key: K

  async function run(): Promise<void> {
    controller?.abort()
    const own = (controller = new AbortController())
    loading.value = true
    error.value = null
    try {
      data.value = await loader(key, own.signal)
    } catch (e) {
      if (!isAborted(e)) error.value = e
    } finally {
      if (controller === own) loading.value = false
    }
  }

  watch(
    source,
    (k) => {
      key = k
      data.value = undefined
      void run()
    },
    { immediate: true },
  )
  onBeforeUnmount(() => controller?.abort())
  return { data, error, loading, reload: run }
}
