import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Address, Plan } from '../../src/shared/contract/session.ts'
import type { TestApp } from './helpers.ts'
import { createAppWith, logIn, type Caller } from './accounts.ts'

let t: TestApp
let buyer: Caller
beforeAll(async () => {
  t = await createAppWith({}, 200)
  buyer = await logIn(t.app, 'buyer1')
})
afterAll(() => t.close())

const input = { contact: '陈老师', phone: '0571-87654321', regionCode: '330106', detail: '天目山路 148 号' }
const addresses = async () => (await buyer.send<{ items: Address[] }>('GET', '/api/me/addresses')).body.items

describe('address book', () => {
  it('adds an address, and makes it the default when asked', async () => {
    const before = await addresses()
    const added = await buyer.send<Address>('POST', '/api/me/addresses', { ...input, isDefault: true })
    expect(added.status).toBe(201)
    expect(added.body).toMatchObject({ ...input, regionName: '西湖区', isDefault: true })
    const after = await addresses()
    expect(after).toHaveLength(before.length + 1)
    expect(after.filter((a) => a.isDefault).map((a) => a.id)).toEqual([added.body.id])
    expect(after[0]?.id).toBe(added.body.id)
  })

  it('edits an address and moves the default with POST …/default', async () => {
    const [first] = await addresses()
    const other = (await buyer.send<Address>('POST', '/api/me/addresses', input)).body
    expect(other.isDefault).toBe(false)
    const edited = await buyer.send<Address>('PUT', `/api/me/addresses/${other.id}`, { ...input, detail: '改过的地址 1 号' })
    expect(edited.body).toMatchObject({ id: other.id, detail: '改过的地址 1 号' })
    const moved = await buyer.send<Address>('POST', `/api/me/addresses/${other.id}/default`)
    expect(moved.body.isDefault).toBe(true)
    const list = await addresses()
    expect(list.find((a) => a.id === first?.id)?.isDefault).toBe(false)
    expect(list.filter((a) => a.isDefault)).toHaveLength(1)
  })

  it('treats another unit’s address as not found (404)', async () => {
    const theirs = ((await t.sql.get('SELECT id FROM addresses WHERE unit_id = 2')) as { id: number }).id
    for (const res of [
      await buyer.send('PUT', `/api/me/addresses/${theirs}`, input),
      await buyer.send('POST', `/api/me/addresses/${theirs}/default`),
    ]) {
      expect(res.status).toBe(404)
      expect(res.body).toMatchObject({ error: { code: 'ADDRESS_NOT_FOUND' } })
    }
  })

  it.each([
    ['a bad phone number', { ...input, phone: '12345' }, 'VALIDATION_FAILED'],
    ['a blank contact', { ...input, contact: '  ' }, 'VALIDATION_FAILED'],
    ['an unknown region', { ...input, regionCode: '999999' }, 'INVALID_REGION'],
  ])('refuses %s with 400', async (_label, body, code) => {
    const res = await buyer.send('POST', '/api/me/addresses', body)
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ error: { code } })
  })
})

describe('plans', () => {
  it('lists the unit’s plans with budget, reserved, used and remaining', async () => {
    const res = await buyer.send<{ items: Plan[] }>('GET', '/api/me/plans')
    expect(res.status).toBe(200)
    for (const p of res.body.items) expect(p.remainingFen).toBe(p.budgetFen - p.reservedFen - p.usedFen)
  })

  it('is for purchasers only: 403 FORBIDDEN_ROLE for a supplier', async () => {
    const supplier = await logIn(t.app, 'supplier1')
    for (const url of ['/api/me/plans', '/api/me/addresses']) {
      expect((await supplier.send('GET', url)).body).toMatchObject({ error: { code: 'FORBIDDEN_ROLE' } })
    }
    expect((await supplier.send('POST', '/api/me/addresses', input)).status).toBe(403)
  })
})
