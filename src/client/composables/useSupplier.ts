import type { WatchSource } from 'vue'
import { fetchSupplier } from '../api/catalogue.ts'
import { useResource } from './useResource.ts'

/** A supplier's public profile for its page. */
export function useSupplier(id: WatchSource<number>) {
  return useResource(id, (key, signal) => fetchSupplier(key, signal))
}
