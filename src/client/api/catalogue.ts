import type {
  Category,
  ProductDetail,
  ProductList,
  ProductQuery,
  Region,
  Suggestion,
  Supplier,
} from '../../shared/contract/catalogue.ts'
import { http } from './http.ts'

/** GET /api/regions: Zhejiang's cities (parentCode null) and their counties. */
export async function fetchRegions(): Promise<Region[]> {
  return (await http.get<{ items: Region[] }>('/regions')).items
}

/** GET /api/categories: the three-level category tree as a flat list. */
export async function fetchCategories(): Promise<Category[]> {
  return (await http.get<{ items: Category[] }>('/categories')).items
}

/** GET /api/products: one page of a search, with the total and facets. */
export async function fetchProducts(query: ProductQuery, signal?: AbortSignal): Promise<ProductList> {
  return http.get<ProductList>('/products', { params: { ...query }, signal })
}

/** GET /api/products/:id */
export async function fetchProduct(id: number, signal?: AbortSignal): Promise<ProductDetail> {
  return http.get<ProductDetail>(`/products/${id}`, { signal })
}

/** GET /api/suppliers/:id */
export async function fetchSupplier(id: number, signal?: AbortSignal): Promise<Supplier> {
  return http.get<Supplier>(`/suppliers/${id}`, { signal })
}

/** GET /api/search/suggest: completions for Chinese or pinyin input; popular terms for an empty q. */
export async function fetchSuggestions(q: string, signal?: AbortSignal): Promise<Suggestion[]> {
  return (await http.get<{ items: Suggestion[] }>('/search/suggest', { params: { q }, signal })).items
}
