import { describe, expect, it } from 'vitest'
import { formatFen } from '../../../../src/shared/money.ts'
import { cityCodeOf, compactCount, formatYuan, groupDigits, priceParts } from '../../../../src/client/lib/format.ts'

describe('client number formatting', () => {
  it('formats money exactly as shared/money does', () => {
    for (const fen of [0, 1, 99, 100, 129_900, 1_000_000, 123_456_789, 100_000_000_000, -2_050]) {
      expect(formatYuan(fen)).toBe(formatFen(fen))
    }
  })

  it('splits a price into yuan and fen', () => {
    expect(priceParts(129_905)).toEqual({ yuan: '1,299', cents: '05' })
  })

  it('groups digits by thousands', () => {
    expect(groupDigits(999)).toBe('999')
    expect(groupDigits(1_234_567)).toBe('1,234,567')
  })

  it('shortens large counts the Chinese way, or in thousands in English', () => {
    expect(compactCount(9_999, 'zh-CN')).toBe('9,999')
    expect(compactCount(12_345, 'zh-CN')).toBe('1.2万')
    expect(compactCount(30_000, 'zh-CN')).toBe('3万')
    expect(compactCount(12_345, 'en')).toBe('12.3k')
    expect(compactCount(250_000, 'en')).toBe('250k')
  })

  it('finds the city of a county code', () => {
    expect(cityCodeOf('330282')).toBe('330200')
    expect(cityCodeOf('330100')).toBe('330100')
  })
})
