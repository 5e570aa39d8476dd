import { describe, expect, it } from 'vitest'
import zhCN from '../../../../src/client/i18n/locales/pwa-zh-CN.json'
import en from '../../../../src/client/i18n/locales/pwa-en.json'

function entries(tree: object, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([k, v]) => (v && typeof v === 'object' ? entries(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]]))
}

describe('PWA message files', () => {
  it('have the same keys in Chinese and English, all under "pwa"', () => {
    const keys = (file: object) => entries(file).map(([k]) => k).sort()
    expect(keys(en)).toEqual(keys(zhCN))
    expect(Object.keys(zhCN)).toEqual(['pwa'])
  })

  it('avoid the characters the precompiler would read as syntax', () => {
    for (const file of [zhCN, en]) for (const [, text] of entries(file)) expect(text).not.toMatch(/[@|$]/)
  })
})
