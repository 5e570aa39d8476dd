import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { CHROME_FLAGS, chromePath } from '../../support/chromium.ts'

/** Where screenshots go (git-ignored): `screenshots/` at the repository root. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../../screenshots/', import.meta.url))

/** The system Chromium (CHROME_PATH overrides); no browser is downloaded. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), headless: true, args: CHROME_FLAGS })
}

/** A 390×844 phone: 2× pixels, touch, mobile viewport rules, Chinese locale. */
export function phoneContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
}

/**
 * Collects what would be a bug on a real phone: uncaught errors, console errors (a CSP violation
 * is one) and failed requests. Assert it is empty at the end of a flow.
 */
export function watchProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    // A failed resource is reported with its URL by the response listener below.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`http ${response.status()}: ${response.url()}`)
  })
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? ''
    // A request the app cancels on purpose (a newer search replaced it) is not a failure.
    if (reason !== 'net::ERR_ABORTED') problems.push(`requestfailed: ${request.url()} ${reason}`)
  })
  return problems
}

/** Saves what the phone shows now as screenshots/<name>.png (the whole page with fullPage). */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path, fullPage: options.fullPage ?? false, animations: 'disabled' })
  return path
}
