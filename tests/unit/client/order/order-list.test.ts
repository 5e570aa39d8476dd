import { describe, expect, it } from 'vitest'
import { patchOrderList } from '../../../../src/client/lib/order-list.ts'
import { statusesOf, tabHolds } from '../../../../src/client/lib/order-tabs.ts'

const o = (id: number, status = 'pending') => ({ id, status })
const ids = (list: { id: number }[]) => list.map((x) => x.id)

describe('patchOrderList', () => {
  it('replaces an order where it is', () => {
    const list = patchOrderList([o(9), o(7), o(5)], o(7, 'confirmed'), true, false)
    expect(list).toEqual([o(9), o(7, 'confirmed'), o(5)])
  })

  it('drops an order that left the tab', () => {
    expect(ids(patchOrderList([o(9), o(7), o(5)], o(7), false, false))).toEqual([9, 5])
  })

  it('puts a new order at the top, and a joining one in its place by id', () => {
    expect(ids(patchOrderList([o(9), o(5)], o(12), true, false))).toEqual([12, 9, 5])
    expect(ids(patchOrderList([o(9), o(5)], o(7), true, false))).toEqual([9, 7, 5])
  })

  it('leaves an order older than the loaded page to paging, unless the list is complete', () => {
    expect(ids(patchOrderList([o(9), o(5)], o(2), true, false))).toEqual([9, 5])
    expect(ids(patchOrderList([o(9), o(5)], o(2), true, true))).toEqual([9, 5, 2])
  })
})

describe('order tabs', () => {
  it('map the UI tabs to the server statuses', () => {
    expect(statusesOf('received')).toEqual(['received'])
    expect(statusesOf('cancelled')).toEqual(['rejected', 'withdrawn'])
    expect(tabHolds('cancelled', 'rejected')).toBe(true)
    expect(tabHolds('all', 'withdrawn')).toBe(true)
    expect(tabHolds('received', 'accepted')).toBe(false)
  })
})
