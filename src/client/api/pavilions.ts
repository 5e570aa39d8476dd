import type { PavilionDetail, PavilionSummary } from '../../shared/contract/pavilions.ts'
import { pavilionPath } from '../lib/pavilion.ts'
import { http } from './http.ts'

/** GET /api/pavilions: every 地方馆 (cities, counties, themed halls) with its product count. */
export async function fetchPavilions(signal?: AbortSignal): Promise<PavilionSummary[]> {
  return (await http.get<{ items: PavilionSummary[] }>('/pavilions', { signal })).items
}

/** GET /api/pavilions/:id: the showcase, with its featured manufacturers and a rail per category. */
export async function fetchPavilion(id: string, signal?: AbortSignal): Promise<PavilionDetail> {
  return http.get<PavilionDetail>(pavilionPath(id), { signal })
}
