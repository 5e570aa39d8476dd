import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestApp } from './helpers.ts'
import { createAppWith, logIn, type Caller } from './accounts.ts'
import { orderWalker, type Action } from './order-walk.ts'

let t: TestApp
let buyer: Caller
let walker: ReturnType<typeof orderWalker>

beforeAll(async () => {
  t = await createAppWith({}, 200)
  buyer = await logIn(t.app, 'buyer1')
  walker = orderWalker(t, buyer, await logIn(t.app, 'supplier1'))
})
afterAll(() => t.close())

describe('step input', () => {
  it.each([
    ['ship', 'a tracking number under 6 characters', { carrier: '顺丰', trackingNo: 'SF12' }],
    ['ship', 'a tracking number with a dash', { carrier: '顺丰', trackingNo: 'SF-1234567' }],
    ['ship', 'a carrier over 20 characters', { carrier: '顺'.repeat(21), trackingNo: 'SF1234567' }],
    ['ship', 'a blank carrier', { carrier: '   ', trackingNo: 'SF1234567' }],
    ['ship', 'nothing', {}],
    ['reject', 'an empty reason', { reason: '' }],
    ['reject', 'a reason over 200 characters', { reason: 'x'.repeat(201) }],
  ] as [Action, string, object][])('answers %s with %s as 400', async (action, _label, body) => {
    const { order } = await walker.orderIn(action === 'ship' ? 'confirmed' : 'pending')
    const res = await walker.actorFor(action).send('POST', `/api/orders/${order.id}/${action}`, body)
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ error: { code: 'VALIDATION_FAILED' } })
  })

  it.each([
    ['score 0', { score: 0 }],
    ['score 6', { score: 6 }],
    ['score 2.5', { score: 2.5 }],
    ['a comment over 500 characters', { score: 5, comment: 'x'.repeat(501) }],
  ])('refuses a rating with %s', async (_label, body) => {
    const { order } = await walker.orderIn('accepted')
    expect((await buyer.send('POST', `/api/orders/${order.id}/rate`, body)).status).toBe(400)
  })
})
