import { watch, type WatchSource } from 'vue'
import { fetchProduct } from '../api/catalogue.ts'
import { useRecentStore } from '../stores/recent.ts'
import { useResource } from './useResource.ts'

/** A product's detail for its page; every product that loads is added to "recently viewed". */
export function useProductDetail(id: WatchSource<number>) {
  const recent = useRecentStore()
  const resource = useResource(id, (key, signal) => fetchProduct(key, signal))
  watch(resource.data, (product) => product && recent.record(product))
  return resource
}
