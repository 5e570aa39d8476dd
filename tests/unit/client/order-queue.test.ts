import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { enqueue, list, remove, replay, type NewQueuedOrder, type QueuedOrder, type SendOutcome } from '../../../src/client/pwa/order-queue.ts'

const entry = (key: string, createdAt = 1_000): NewQueuedOrder => ({
  key,
  productId: 42,
  quantity: 2,
  expectedPriceFen: 129_900,
  title: '惠普 M203dw 黑白激光打印机',
  image: '/images/p/laser-printer-3.svg',
  createdAt,
})

/** A sender that records what it was asked to send and answers as told. */
function sender(answer: SendOutcome | ((e: QueuedOrder) => SendOutcome)) {
  const sent: string[] = []
  const send = async (e: QueuedOrder): Promise<SendOutcome> => {
    sent.push(e.key)
    // A real request takes a while; let the other replay call run meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 5))
    return typeof answer === 'function' ? answer(e) : answer
  }
  return { sent, send }
}

beforeEach(async () => {
  for (const e of await list()) await remove(e.key)
})

describe('offline order queue', () => {
  it('stores an order under its idempotency key with the price the purchaser saw, waiting', async () => {
    await enqueue(entry('key-aaaaaaaa'))
    const [stored] = await list()
    expect(stored).toMatchObject({ key: 'key-aaaaaaaa', productId: 42, quantity: 2, expectedPriceFen: 129_900, state: 'waiting' })
  })

  it('keeps the first entry when the same key is enqueued again', async () => {
    await enqueue(entry('key-aaaaaaaa'))
    await enqueue({ ...entry('key-aaaaaaaa'), quantity: 5 })
    expect((await list()).map((e) => e.quantity)).toEqual([2])
  })

  it('lists the oldest tap first', async () => {
    await enqueue(entry('key-later-1', 2_000))
    await enqueue(entry('key-first-1', 1_000))
    expect((await list()).map((e) => e.key)).toEqual(['key-first-1', 'key-later-1'])
  })

  it('sends each entry once even when two replays start at the same moment', async () => {
    await enqueue(entry('key-aaaaaaaa'))
    await enqueue(entry('key-bbbbbbbb', 2_000))
    const { sent, send } = sender('placed')
    const [first, second] = await Promise.all([replay(send), replay(send)])
    expect(sent).toEqual(['key-aaaaaaaa', 'key-bbbbbbbb'])
    expect(first.map((r) => r.outcome)).toEqual(['placed', 'placed'])
    expect(second).toBe(first)
    expect(await list()).toEqual([])
  })

  it('sends each entry once when the page and the service worker replay at the same moment', async () => {
    await enqueue(entry('key-aaaaaaaa'))
    await enqueue(entry('key-bbbbbbbb', 2_000))
    // A second copy of the module stands for the other context: its own in-memory flag, the same
    // database, so only the 'sending' claim in IndexedDB keeps the two apart.
    vi.resetModules()
    const other = await import('../../../src/client/pwa/order-queue.ts')
    const page = sender('placed')
    const worker = sender('placed')
    await Promise.all([replay(page.send), other.replay(worker.send)])
    expect([...page.sent, ...worker.sent].sort()).toEqual(['key-aaaaaaaa', 'key-bbbbbbbb'])
    expect(await list()).toEqual([])
  })

  it('keeps an entry when there was no answer, and sends it again on the next replay', async () => {
    await enqueue(entry('key-aaaaaaaa'))
    const offline = sender('network')
    const reports = await replay(offline.send)
    expect(reports.map((r) => r.outcome)).toEqual(['network'])
    expect(await list()).toMatchObject([{ key: 'key-aaaaaaaa', state: 'waiting' }])

    const online = sender('placed')
    await replay(online.send)
    expect(online.sent).toEqual(['key-aaaaaaaa'])
    expect(await list()).toEqual([])
  })

  it('removes an entry on a definite answer, placed or refused, and reports which', async () => {
    await enqueue(entry('key-placed-1'))
    await enqueue(entry('key-refused-1', 2_000))
    const { send } = sender((e) => (e.key === 'key-placed-1' ? 'placed' : 'rejected'))
    const reports = await replay(send)
    expect(reports.map((r) => [r.entry.key, r.outcome])).toEqual([
      ['key-placed-1', 'placed'],
      ['key-refused-1', 'rejected'],
    ])
    expect(await list()).toEqual([])
  })

  it('treats a sender that throws as no answer', async () => {
    await enqueue(entry('key-aaaaaaaa'))
    const reports = await replay(async () => {
      throw new TypeError('Failed to fetch')
    })
    expect(reports.map((r) => r.outcome)).toEqual(['network'])
    expect(await list()).toHaveLength(1)
  })

  it('does not let the purchaser cancel an entry that is being sent', async () => {
    await enqueue(entry('key-aaaaaaaa'))
    let cancelled: boolean | undefined
    await replay(async () => {
      cancelled = await remove('key-aaaaaaaa')
      return 'placed'
    })
    expect(cancelled).toBe(false)
    expect(await remove('key-missing-1')).toBe(false)
  })

  it('cancels a waiting entry', async () => {
    await enqueue(entry('key-aaaaaaaa'))
    expect(await remove('key-aaaaaaaa')).toBe(true)
    expect(await list()).toEqual([])
  })
})
