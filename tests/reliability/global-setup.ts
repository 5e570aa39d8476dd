import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { FIGURE_NAMES, type Figures } from './support/figures.ts'
import { SCALE } from './support/scale.ts'

const ROWS: { label: string; figure: keyof Figures; expected: (f: Figures) => string }[] = [
  { label: 'requests tried', figure: 'requests', expected: () => '' },
  { label: 'orders acknowledged (201, distinct)', figure: 'ordersAcknowledged', expected: () => '' },
  { label: 'orders acknowledged before kill -9', figure: 'acknowledgedBeforeCrash', expected: () => '' },
  {
    label: 'orders found after restart',
    figure: 'foundAfterCrash',
    expected: (f) => String(f.acknowledgedBeforeCrash),
  },
  { label: 'orders cut off by kill -9, then retried', figure: 'cutOffByCrash', expected: () => '' },
  { label: '… of which had committed (retry replayed)', figure: 'cutOffButCommitted', expected: () => '' },
  { label: 'duplicate orders', figure: 'duplicates', expected: () => '0' },
  { label: 'oversells', figure: 'oversells', expected: () => '0' },
  { label: 'overspends', figure: 'overspends', expected: () => '0' },
  { label: 'stock/budget ledger mismatches', figure: 'ledgerMismatches', expected: () => '0' },
  { label: 'hostile requests sent', figure: 'malformedSent', expected: () => '≥ 500' },
  {
    label: '… answered 4xx in the error shape',
    figure: 'malformedAnsweredWell',
    expected: (f) => String(f.malformedSent),
  },
  { label: '5xx responses (whole suite)', figure: 'status5xx', expected: () => '0' },
  { label: 'cross-party attempts', figure: 'crossPartyAttempts', expected: () => '' },
  { label: 'cross-party leaks', figure: 'crossPartyLeaks', expected: () => '0' },
]

function printSummary(totals: Figures, files: number): void {
  const cells = ROWS.map((r) => [r.label, String(totals[r.figure]), r.expected(totals)])
  const widths = [0, 1, 2].map((i) =>
    Math.max(...cells.map((c) => (c[i] ?? '').length), ['measure', 'value', 'expected'][i]?.length ?? 0),
  )
  const line = (c: string[]) =>
    `  ${(c[0] ?? '').padEnd(widths[0] ?? 0)}  ${(c[1] ?? '').padStart(widths[1] ?? 0)}  ${c[2] ?? ''}`
  console.log(`\nReliability summary (scale ${SCALE.name}, figures from ${files} test files)\n`)
  console.log(line(['measure', 'value', 'expected']))
  console.log(line(widths.map((w) => '-'.repeat(w))))
  for (const c of cells) console.log(line(c))
  console.log('')
}

/** Gives the test files a folder for their figures, and sums and prints them at the end. */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'yuncai-reliability-'))
  project.provide('reliabilityFiguresDir', dir)
  return () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'))
    const totals = Object.fromEntries(FIGURE_NAMES.map((name) => [name, 0])) as unknown as Figures
    for (const file of files) {
      const figures = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Figures
      for (const name of FIGURE_NAMES) totals[name] += figures[name]
    }
    printSummary(totals, files.length)
    rmSync(dir, { recursive: true, force: true })
  }
}
