import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { inject } from 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where each test file leaves its figures for the summary table of the global teardown. */
    reliabilityFiguresDir: string
  }
}

/** The counters behind the summary table. Every request and answer of the suite goes through them. */
export interface Figures {
  requests: number
  status5xx: number
  ordersAcknowledged: number
  acknowledgedBeforeCrash: number
  foundAfterCrash: number
  cutOffByCrash: number
  cutOffButCommitted: number
  duplicates: number
  oversells: number
  overspends: number
  ledgerMismatches: number
  malformedSent: number
  malformedAnsweredWell: number
  crossPartyAttempts: number
  crossPartyLeaks: number
}

export const FIGURE_NAMES = [
  'requests',
  'status5xx',
  'ordersAcknowledged',
  'acknowledgedBeforeCrash',
  'foundAfterCrash',
  'cutOffByCrash',
  'cutOffButCommitted',
  'duplicates',
  'oversells',
  'overspends',
  'ledgerMismatches',
  'malformedSent',
  'malformedAnsweredWell',
  'crossPartyAttempts',
  'crossPartyLeaks',
] as const satisfies readonly (keyof Figures)[]

/** This test file's counters; vitest runs each file in its own module graph, so they never mix. */
export const figures: Figures = Object.fromEntries(FIGURE_NAMES.map((name) => [name, 0])) as unknown as Figures

/** Hands this file's counters to the teardown; call from afterAll so a failing test still reports. */
export function saveFigures(file: string): void {
  writeFileSync(join(inject('reliabilityFiguresDir'), `${file}.json`), JSON.stringify(figures))
}
