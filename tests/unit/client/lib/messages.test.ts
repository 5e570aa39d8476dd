import { describe, expect, it } from 'vitest'
import zhCN from '../../../../src/client/i18n/locales/zh-CN.json'
import en from '../../../../src/client/i18n/locales/en.json'
import { BADGES, BADGE_LABELS } from '../../../../src/shared/badges.ts'

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
}

describe('message files', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort())
  })

  it('name every policy badge as shared/badges does, and explain it', () => {
    for (const badge of BADGES) {
      expect(zhCN.badge[badge]).toBe(BADGE_LABELS[badge])
      expect(zhCN.badgeInfo[badge].length).toBeGreaterThan(20)
      expect(en.badgeInfo[badge].length).toBeGreaterThan(20)
    }
  })

  it('avoid the characters the precompiler would read as syntax', () => {
    for (const file of [zhCN, en]) {
      const texts = keys(file).map((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], file) as string)
      for (const text of texts) expect(text).not.toMatch(/[@|$]/)
    }
  })
})
