import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { buildApp } from '../../../src/server/app.ts'
import { SqliteSql } from '../../../src/server/db/sqlite-sql.ts'
import { ROOT_DIR } from '../../../src/server/client-build.ts'
import type { Db } from '../../../src/server/db/database.ts'
import { openSeededDatabase } from '../../../src/server/seed/bootstrap.ts'
import { parseSeedScale } from '../../../src/server/seed/scale.ts'
import { CHROME_FLAGS, chromePath } from '../../support/chromium.ts'

export interface PwaServer {
  url: string
  /** The server's database, to check what the server really holds (orders per idempotency key). */
  db: Db
  /**
   * Drops every API connection while true, as a dead network or server would. Playwright's
   * setOffline alone is not enough: a service worker that Chromium starts for a Background Sync
   * event can reach the network before the emulation applies to it.
   */
  unreachable: boolean
  close(): Promise<void>
}

/** The real app in this process serving the client from distDir, on a freshly seeded database. */
export async function startServerFor(distDir: string, scale = '3000'): Promise<PwaServer> {
  const dir = mkdtempSync(join(tmpdir(), 'yuncai-pwa-'))
  const db = openSeededDatabase(`file:${join(dir, 'mall.sqlite')}`, parseSeedScale(scale))
  const app = await buildApp({ sql: new SqliteSql(db), distDir })
  const server: PwaServer = {
    url: '',
    db,
    unreachable: false,
    async close() {
      await app.close()
      db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
  app.addHook('onRequest', async (request, reply) => {
    if (!server.unreachable || !request.url.startsWith('/api/')) return
    // The request never reaches a handler, and the client sees the connection drop.
    reply.hijack()
    request.raw.socket.destroy()
    return reply
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  server.url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  return server
}

/** The signal drops (or returns) for the page and its service worker alike. */
export async function setOffline(context: BrowserContext, server: PwaServer, offline: boolean): Promise<void> {
  server.unreachable = offline
  await context.setOffline(offline)
}

/**
 * Fires the worker's Background Sync event for tag, as Chromium does when the connection returns
 * (DevTools' "Sync" button does the same). Works with no page of the app open.
 */
export async function fireSync(context: BrowserContext, page: Page, origin: string, tag: string): Promise<void> {
  const cdp = await context.newCDPSession(page)
  const registration = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const own = registrations.find((r) => r.scopeURL === `${origin}/` && !r.isDeleted)
      if (own) resolve(own.registrationId)
    })
  })
  await cdp.send('ServiceWorker.enable')
  await cdp.send('ServiceWorker.dispatchSyncEvent', { origin, registrationId: await registration, tag, lastChance: false })
  await cdp.detach()
}

/** Builds the client into outDir as release `version` (VITE_APP_VERSION, see vite.pwa.ts). */
export function buildClient(outDir: string, version: string): void {
  const result = spawnSync(process.execPath, [join(ROOT_DIR, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: ROOT_DIR,
    stdio: 'pipe',
    env: { ...process.env, NODE_ENV: 'production', VITE_APP_VERSION: version },
  })
  if (result.status !== 0) throw new Error(`The client build failed:\n${result.stderr.toString()}`)
}

/**
 * A phone on a real (non-incognito) profile: Chromium reports every page of an incognito context
 * as not installable, so the installability check needs a persistent one. Close it to remove it.
 */
export async function persistentPhone(baseURL: string): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'yuncai-profile-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: true,
    args: CHROME_FLAGS,
    baseURL,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  return {
    context,
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** Waits until the service worker controls the page (on a first visit it claims the page itself). */
export async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
}

/** Waits until the worker holds a copy of each same-origin URL, in any of its caches. */
export async function cached(page: Page, urls: string[]): Promise<void> {
  await page.waitForFunction(
    async (list) => (await Promise.all(list.map((url) => caches.match(url, { ignoreVary: true })))).every(Boolean),
    urls,
    { polling: 100 },
  )
}

/** The catalogue data and pictures the page has loaded, as the worker caches them (path + query). */
export function loadedCatalogue(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.origin === location.origin && /^\/(?:api\/(?:categories|products)|images\/)/.test(url.pathname))
      .map((url) => url.pathname + url.search),
  )
}

/** The release the page runs, from the <meta name="app-version"> the build writes. */
export function appVersion(page: Page): Promise<string | null> {
  return page.locator('meta[name="app-version"]').getAttribute('content')
}
