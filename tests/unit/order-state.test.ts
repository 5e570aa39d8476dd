import { describe, expect, it } from 'vitest'
import { allowedActions, canApply, FINAL_STATUSES, isOrderStatus, ORDER_ACTIONS, ORDER_RULES, ORDER_STATUSES } from '../../src/shared/order-state.ts'

const unrated = (status: (typeof ORDER_STATUSES)[number]) => ({ status, rating: null })

describe('order state machine', () => {
  it('walks the happy path from pending to accepted', () => {
    const path = ['confirm', 'ship', 'receive', 'accept'] as const
    let status: (typeof ORDER_STATUSES)[number] = 'pending'
    for (const action of path) {
      expect(canApply(unrated(status), action)).toBe(true)
      status = ORDER_RULES[action].to
    }
    expect(status).toBe('accepted')
  })

  it('offers the purchaser withdraw only until the order ships', () => {
    expect(allowedActions(unrated('pending'), 'purchaser')).toEqual(['withdraw'])
    expect(allowedActions(unrated('confirmed'), 'purchaser')).toEqual(['withdraw'])
    expect(allowedActions(unrated('shipped'), 'purchaser')).toEqual(['receive'])
    expect(allowedActions(unrated('received'), 'purchaser')).toEqual(['accept'])
  })

  it('offers the supplier confirm or reject on a pending order, then ship', () => {
    expect(allowedActions(unrated('pending'), 'supplier')).toEqual(['confirm', 'reject'])
    expect(allowedActions(unrated('confirmed'), 'supplier')).toEqual(['ship'])
    expect(allowedActions(unrated('shipped'), 'supplier')).toEqual([])
  })

  it('allows rating once, after acceptance', () => {
    expect(allowedActions(unrated('accepted'), 'purchaser')).toEqual(['rate'])
    expect(allowedActions({ status: 'accepted', rating: { score: 5 } }, 'purchaser')).toEqual([])
    expect(canApply(unrated('received'), 'rate')).toBe(false)
    expect(ORDER_RULES.rate.to).toBe('accepted')
  })

  it('lets nobody do anything with a rejected or withdrawn order', () => {
    for (const status of ['rejected', 'withdrawn'] as const) {
      expect(allowedActions(unrated(status), 'purchaser')).toEqual([])
      expect(allowedActions(unrated(status), 'supplier')).toEqual([])
    }
  })

  it('gives each action to exactly one role, and never offers a role the other side’s steps', () => {
    for (const status of ORDER_STATUSES) {
      for (const action of allowedActions(unrated(status), 'purchaser')) expect(ORDER_RULES[action].role).toBe('purchaser')
      for (const action of allowedActions(unrated(status), 'supplier')) expect(ORDER_RULES[action].role).toBe('supplier')
    }
  })

  it('has no step out of a final state except rating an accepted order', () => {
    for (const status of FINAL_STATUSES) {
      const steps = ORDER_ACTIONS.filter((action) => canApply(unrated(status), action))
      expect(steps).toEqual(status === 'accepted' ? ['rate'] : [])
    }
  })

  it('recognises status names', () => {
    expect(isOrderStatus('shipped')).toBe(true)
    expect(isOrderStatus('lost')).toBe(false)
  })
})
