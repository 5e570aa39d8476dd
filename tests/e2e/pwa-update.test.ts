import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchBrowser, phoneContext, screenshot, watchProblems } from './support/browser.ts'
import { appVersion, buildClient, controlled, startServerFor, type PwaServer } from './support/pwa.ts'

let work: string
let served: string
let server: PwaServer
let browser: Browser

// Two real builds of the same sources, told apart by their version; the server serves `served`,
// whose contents the test replaces with the second build, as a deploy would.
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'yuncai-update-'))
  served = join(work, 'served')
  buildClient(served, 'e2e-1')
  buildClient(join(work, 'next'), 'e2e-2')
  server = await startServerFor(served, '500')
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('updating the installed app', () => {
  it('offers 新版本可用 after a deploy and reloads into the new version when accepted', async () => {
    const context = await phoneContext(browser, server.url)
    const page = await context.newPage()
    const problems = watchProblems(page)
    await page.goto('/')
    await controlled(page)
    await page.reload()
    expect(await appVersion(page)).toBe('e2e-1')
    await page.locator('.rail__list li').first().waitFor()

    // The deploy: the new build replaces the old one on the server.
    rmSync(served, { recursive: true, force: true })
    cpSync(join(work, 'next'), served, { recursive: true })
    // What the hourly check does.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())

    const prompt = page.getByRole('dialog', { name: '新版本可用' })
    await prompt.waitFor()
    // The page still runs the old release until the person says so.
    expect(await appVersion(page)).toBe('e2e-1')
    await screenshot(page, 'pwa-update-prompt')

    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: '立即更新' }).click()])
    expect(await appVersion(page)).toBe('e2e-2')
    const script = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL)
    expect(script).toBe(`${server.url}/sw.js`)
    await page.locator('.rail__list li').first().waitFor()
    await expect(prompt.count()).resolves.toBe(0)
    expect(problems).toEqual([])
    await context.close()
  })
})
