import { afterEach, describe, expect, it } from 'vitest'
import { holdReload, isBusy, release, whenIdle, withReloadHeld } from '../../../../src/client/pwa/busy.ts'

/** Resolves with whether the promise settled within the current turn of microtasks. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false
  void promise.then(() => (done = true))
  await Promise.resolve()
  await Promise.resolve()
  return done
}

describe('reload holds', () => {
  afterEach(() => {
    while (isBusy()) release()
  })

  it('is idle at once when nothing holds a reload', async () => {
    expect(isBusy()).toBe(false)
    expect(await settled(whenIdle())).toBe(true)
  })

  it('waits for the last of nested holds', async () => {
    holdReload()
    holdReload()
    const idle = whenIdle()
    release()
    expect(isBusy()).toBe(true)
    expect(await settled(idle)).toBe(false)
    release()
    expect(await settled(idle)).toBe(true)
  })

  it('never counts below zero, so an extra release cannot unblock a later hold', async () => {
    release()
    holdReload()
    expect(isBusy()).toBe(true)
    expect(await settled(whenIdle())).toBe(false)
  })

  it('releases the hold when the held work fails', async () => {
    await expect(withReloadHeld(() => Promise.reject(new Error('network')))).rejects.toThrow('network')
    expect(isBusy()).toBe(false)
  })

  it('holds while the work runs', async () => {
    let during = false
    await withReloadHeld(async () => {
      during = isBusy()
    })
    expect(during).toBe(true)
    expect(isBusy()).toBe(false)
  })
})
