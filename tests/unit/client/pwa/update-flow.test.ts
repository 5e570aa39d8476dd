import { afterEach, describe, expect, it, vi } from 'vitest'
import { createUpdateFlow } from '../../../../src/client/pwa/update-flow.ts'
import { holdReload, isBusy, release, whenIdle } from '../../../../src/client/pwa/busy.ts'

function flowWithSpies() {
  const deps = { skipWaiting: vi.fn(), reload: vi.fn(), isBusy, whenIdle }
  return { flow: createUpdateFlow(deps), ...deps }
}

const tick = () => new Promise((resolve) => setTimeout(resolve))

describe('update prompt flow', () => {
  afterEach(() => {
    while (isBusy()) release()
  })

  it('offers a waiting version and asks it to take over when accepted', async () => {
    const { flow, skipWaiting, reload } = flowWithSpies()
    expect(flow.state.value).toBe('none')
    flow.found()
    expect(flow.state.value).toBe('available')
    await flow.accept()
    expect(skipWaiting).toHaveBeenCalledOnce()
    expect(flow.state.value).toBe('applying')
    // Not before the new worker controls the page: the old one still serves it.
    expect(reload).not.toHaveBeenCalled()
    flow.controlling()
    await tick()
    expect(reload).toHaveBeenCalledOnce()
  })

  it('does nothing when accepted with no update waiting', async () => {
    const { flow, skipWaiting } = flowWithSpies()
    await flow.accept()
    expect(skipWaiting).not.toHaveBeenCalled()
    expect(flow.state.value).toBe('none')
  })

  it('hides on 稍后 and never reloads by itself', async () => {
    const { flow, skipWaiting, reload } = flowWithSpies()
    flow.found()
    flow.dismiss()
    expect(flow.state.value).toBe('none')
    await tick()
    expect(skipWaiting).not.toHaveBeenCalled()
    expect(reload).not.toHaveBeenCalled()
  })

  it('waits until an order being placed is through before updating', async () => {
    const { flow, skipWaiting, reload } = flowWithSpies()
    flow.found()
    holdReload()
    const accepting = flow.accept()
    await tick()
    expect(flow.state.value).toBe('deferred')
    expect(skipWaiting).not.toHaveBeenCalled()
    release()
    await accepting
    expect(skipWaiting).toHaveBeenCalledOnce()
    flow.controlling()
    await tick()
    expect(reload).toHaveBeenCalledOnce()
  })

  it('does not reload while a new order starts between taking over and reloading', async () => {
    const { flow, reload } = flowWithSpies()
    flow.found()
    await flow.accept()
    holdReload()
    flow.controlling()
    await tick()
    expect(reload).not.toHaveBeenCalled()
    release()
    await tick()
    expect(reload).toHaveBeenCalledOnce()
  })

  it('offers a reload when another tab already switched to the new version', async () => {
    const { flow, skipWaiting, reload } = flowWithSpies()
    flow.controlling()
    expect(flow.state.value).toBe('available')
    expect(reload).not.toHaveBeenCalled()
    await flow.accept()
    expect(skipWaiting).not.toHaveBeenCalled()
    expect(reload).toHaveBeenCalledOnce()
  })

  it('offers the update once however often the worker reports it', () => {
    const { flow } = flowWithSpies()
    flow.found()
    flow.found()
    expect(flow.state.value).toBe('available')
  })
})
