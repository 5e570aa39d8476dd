import { describe, expect, it } from 'vitest'
import zhCN from '../../../../src/client/i18n/locales/ordering-zh-CN.json'
import en from '../../../../src/client/i18n/locales/ordering-en.json'
import main from '../../../../src/client/i18n/locales/zh-CN.json'
import { ORDER_ACTIONS, ORDER_STATUSES } from '../../../../src/shared/order-state.ts'
import { ORDER_TABS } from '../../../../src/client/lib/order-tabs.ts'

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
}

const texts = (tree: object): string[] =>
  keys(tree).map((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], tree) as string)

describe('ordering message files', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort())
  })

  it('use top-level sections of their own, so merging them never overwrites the main messages', () => {
    for (const section of Object.keys(zhCN)) expect(Object.keys(main)).not.toContain(section)
  })

  it('name every status, step and tab of the shared state machine', () => {
    for (const status of ORDER_STATUSES) expect(zhCN.order.status[status]).toBeTruthy()
    for (const action of ORDER_ACTIONS) expect(zhCN.order.action[action]).toBeTruthy()
    for (const action of ['place', ...ORDER_ACTIONS] as const) expect(zhCN.order.timeline[action]).toBeTruthy()
    for (const tab of ORDER_TABS) expect(zhCN.order.tabs[tab.key]).toBeTruthy()
  })

  it('avoid the characters the precompiler would read as syntax', () => {
    for (const file of [zhCN, en]) for (const text of texts(file)) expect(text).not.toMatch(/[@|$]/)
  })
})
