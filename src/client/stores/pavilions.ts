import { defineStore } from 'pinia'
import { ref, shallowReactive, shallowRef } from 'vue'
import type { Supplier } from '../../shared/contract/catalogue.ts'
import type { PavilionDetail, PavilionSummary } from '../../shared/contract/pavilions.ts'
import { fetchPavilion, fetchPavilions } from '../api/pavilions.ts'

/**
 * A showcase changes when the catalogue does, not by the minute: within this window a return visit
 * (back from a manufacturer) shows the kept copy at once and asks nothing. After it, the kept copy
 * still shows while a fresh one loads, as the service worker's stale-while-revalidate does.
 */
const FRESH_MS = 5 * 60_000

interface Kept {
  detail: PavilionDetail
  at: number
}

/** 地方馆: the list for the tab and each opened pavilion, kept for the session. */
export const usePavilionsStore = defineStore('pavilions', () => {
  const items = shallowRef<PavilionSummary[]>([])
  const listError = ref<unknown>(null)
  const kept = shallowReactive(new Map<string, Kept>())
  const errors = shallowReactive(new Map<string, unknown>())
  let listPending: Promise<void> | null = null
  const pending = new Map<string, Promise<void>>()

  /** Loads the list unless it is here; concurrent callers share one request. */
  function loadList(): Promise<void> {
    if (items.value.length) return Promise.resolve()
    listPending ??= fetchPavilions()
      .then((list) => {
        items.value = list
        listError.value = null
      })
      .catch((e: unknown) => {
        listError.value = e
      })
      .finally(() => {
        listPending = null
      })
    return listPending
  }

  /** Loads one pavilion, unless a fresh copy is kept (force: the person asked to retry). */
  function loadDetail(id: string, options: { force?: boolean } = {}): Promise<void> {
    const held = kept.get(id)
    if (!options.force && held && Date.now() - held.at < FRESH_MS) return Promise.resolve()
    let request = pending.get(id)
    if (!request) {
      errors.delete(id)
      request = fetchPavilion(id)
        .then((detail) => {
          kept.set(id, { detail, at: Date.now() })
        })
        .catch((e: unknown) => {
          errors.set(id, e)
        })
        .finally(() => pending.delete(id))
      pending.set(id, request)
    }
    return request
  }

  const detail = (id: string): PavilionDetail | undefined => kept.get(id)?.detail
  /** Why the last load failed; a kept copy, if any, is still shown. */
  const detailError = (id: string): unknown => errors.get(id)
  /** What is known of a pavilion before its detail arrives (name, tagline, banner), for the page header. */
  const summary = (id: string): PavilionSummary | undefined => detail(id) ?? items.value.find((p) => p.id === id)

  /** A manufacturer shown in an opened pavilion, so its page can draw its header before its own request returns. */
  function manufacturer(id: number): Supplier | undefined {
    for (const { detail: d } of kept.values()) {
      const found = d.manufacturers.find((m) => m.id === id)
      if (found) return found
    }
    return undefined
  }

  return { items, listError, loadList, loadDetail, detail, detailError, summary, manufacturer }
})
