import type { LocationQuery } from 'vue-router'
import { isBadge, type Badge } from '../../shared/badges.ts'
import type { ProductQuery, Sort } from '../../shared/contract/catalogue.ts'

/** Everything that decides a result list. It round-trips through the URL, so links restore results. */
export interface SearchParams {
  q: string
  categoryId?: number
  /** A 地方馆's goods only (its "see all" list); shown as a chip, not a filter-sheet choice. */
  pavilionId?: string
  badges: Badge[]
  brand?: string
  minPriceFen?: number
  maxPriceFen?: number
  /** Only items that deliver to the person's own region (which is theirs, so not in the URL). */
  deliverable: boolean
  /** Undefined is the server's default: relevance for a text query, sales otherwise. */
  sort?: Sort
}

// Not imported from the contract: that module builds TypeBox schemas, which would ship to the browser.
const SORTS = ['relevance', 'price_asc', 'price_desc', 'sales', 'newest'] as const satisfies readonly Sort[]

export function emptyParams(): SearchParams {
  return { q: '', badges: [], deliverable: false }
}

function first(value: LocationQuery[string] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined
}

function positiveInt(value: string | undefined): number | undefined {
  const n = Number(value)
  return value !== undefined && Number.isInteger(n) && n > 0 ? n : undefined
}

function yuanToFen(value: string | undefined): number | undefined {
  const n = Number(value)
  return value !== undefined && Number.isFinite(n) && n >= 0 ? Math.round(n * 100) : undefined
}

const fenToYuan = (fen: number): string => String(fen / 100)

const pavilionId = (value: string | undefined): string | undefined =>
  value !== undefined && /^[a-z0-9-]{1,40}$/.test(value) ? value : undefined

/** Reads a route query leniently: anything malformed is dropped rather than shown as an error. */
export function paramsFromQuery(query: LocationQuery): SearchParams {
  const sort = first(query['sort'])
  const badges = (first(query['badges']) ?? '').split(',').filter(isBadge)
  return {
    q: (first(query['q']) ?? '').slice(0, 64),
    categoryId: positiveInt(first(query['categoryId'])),
    pavilionId: pavilionId(first(query['pavilionId'])),
    badges: [...new Set(badges)],
    brand: first(query['brand'])?.slice(0, 40),
    minPriceFen: yuanToFen(first(query['minPrice'])),
    maxPriceFen: yuanToFen(first(query['maxPrice'])),
    deliverable: first(query['deliverable']) === '1',
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : undefined,
  }
}

/** The inverse of paramsFromQuery, leaving out defaults so URLs stay short and stable. */
export function queryFromParams(p: SearchParams): Record<string, string> {
  const query: Record<string, string> = {}
  if (p.q) query['q'] = p.q
  if (p.categoryId !== undefined) query['categoryId'] = String(p.categoryId)
  if (p.pavilionId) query['pavilionId'] = p.pavilionId
  if (p.badges.length) query['badges'] = [...p.badges].sort().join(',')
  if (p.brand) query['brand'] = p.brand
  if (p.minPriceFen !== undefined) query['minPrice'] = fenToYuan(p.minPriceFen)
  if (p.maxPriceFen !== undefined) query['maxPrice'] = fenToYuan(p.maxPriceFen)
  if (p.deliverable) query['deliverable'] = '1'
  if (p.sort) query['sort'] = p.sort
  return query
}

/** A stable identity for a result list: equal keys mean the same results. */
export function paramsKey(p: SearchParams): string {
  return new URLSearchParams(queryFromParams(p)).toString()
}

export function hasCriteria(p: SearchParams): boolean {
  return Boolean(p.q || p.categoryId !== undefined || p.pavilionId || p.badges.length || p.brand)
}

/** How many filter-sheet choices are active (the query text, category and sort are not filters). */
export function filterCount(p: SearchParams): number {
  const price = p.minPriceFen !== undefined || p.maxPriceFen !== undefined ? 1 : 0
  return p.badges.length + (p.brand ? 1 : 0) + price + (p.deliverable ? 1 : 0)
}

export function toProductQuery(p: SearchParams, regionCode: string, cursor?: string, limit = 20): ProductQuery {
  const [min, max] = [p.minPriceFen, p.maxPriceFen]
  const swap = min !== undefined && max !== undefined && min > max
  return {
    q: p.q || undefined,
    categoryId: p.categoryId,
    pavilionId: p.pavilionId,
    badges: p.badges.length ? [...p.badges].sort().join(',') : undefined,
    brand: p.brand,
    minPriceFen: swap ? max : min,
    maxPriceFen: swap ? min : max,
    regionCode: p.deliverable ? regionCode : undefined,
    sort: p.sort,
    cursor,
    limit,
  }
}
