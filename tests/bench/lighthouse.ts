import { fileURLToPath } from 'node:url'
import lighthouse from 'lighthouse'
import * as chromeLauncher from 'chrome-launcher'
import { CHROME_FLAGS, chromePath } from '../support/chromium.ts'

export interface LighthouseFigures {
  performance: number
  accessibility: number
  bestPractices: number
  lcpMs: number
  tbtMs: number
  cls: number
}

const score = (value: number | null | undefined): number => Math.round((value ?? 0) * 100)

/** One Lighthouse run on a fresh Chromium; undefined when the trace came back broken. */
async function runOnce(url: string): Promise<LighthouseFigures | undefined> {
  const chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    })
    const lhr = result?.lhr
    // Chromium now and then loses the navigation start in the trace (NO_NAVSTART); that is a
    // failed measurement, not a score, so the caller runs again.
    if (!lhr || lhr.runtimeError || lhr.categories['performance']?.score == null) return undefined
    const { categories, audits } = lhr
    return {
      performance: score(categories['performance']?.score),
      accessibility: score(categories['accessibility']?.score),
      bestPractices: score(categories['best-practices']?.score),
      lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
      tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? Number.NaN),
      cls: Number((audits['cumulative-layout-shift']?.numericValue ?? Number.NaN).toFixed(3)),
    }
  } finally {
    await chrome.kill()
  }
}

/**
 * Lighthouse's default run: mobile form factor, simulated slow-4G and 4× CPU throttling, on a
 * fresh Chromium profile each time. Simulated TBT varies from run to run, so this takes the
 * median of `runs` good runs by performance score, as Lighthouse's own docs advise.
 */
export async function lighthouseReport(url: string, runs = 3): Promise<LighthouseFigures> {
  const results: LighthouseFigures[] = []
  for (let attempt = 0; results.length < runs && attempt < runs * 2; attempt++) {
    const figures = await runOnce(url)
    if (figures) results.push(figures)
  }
  if (!results.length) throw new Error(`Lighthouse could not measure ${url}`)
  results.sort((a, b) => a.performance - b.performance)
  return results[Math.floor(results.length / 2)] as LighthouseFigures
}

async function main(): Promise<void> {
  const urls = process.argv.slice(2)
  if (!urls.length) {
    console.error('usage: node --import tsx tests/bench/lighthouse.ts <url> [<url> …]')
    process.exit(2)
  }
  const rows: Record<string, LighthouseFigures> = {}
  for (const url of urls) rows[url] = await lighthouseReport(url)
  console.table(rows)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
