/**
 * Number formatting for the UI without Intl: the first toLocaleString() call costs ~20 ms of ICU
 * start-up on a phone, right in the first render. Output matches shared/money.ts exactly (a unit
 * test holds them together).
 */
export function groupDigits(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** "1,299.00" split so the yuan can be drawn larger than the fen, as malls do. */
export function priceParts(fen: number): { yuan: string; cents: string } {
  const abs = Math.abs(Math.trunc(fen))
  return { yuan: `${fen < 0 ? '-' : ''}${groupDigits(Math.floor(abs / 100))}`, cents: String(abs % 100).padStart(2, '0') }
}

/** "¥1,299.00", the same as shared formatFen. */
export function formatYuan(fen: number): string {
  const { yuan, cents } = priceParts(fen)
  return `¥${yuan}.${cents}`
}

/** Sales and stock counts at a glance: 9,999 then 1.2万 (or 12k in English). */
export function compactCount(n: number, locale: string): string {
  if (n < 10_000) return groupDigits(n)
  if (locale.startsWith('zh')) return `${trimZero((n / 10_000).toFixed(1))}万`
  return `${trimZero((n / 1_000).toFixed(n < 100_000 ? 1 : 0))}k`
}

function trimZero(s: string): string {
  return s.endsWith('.0') ? s.slice(0, -2) : s
}

/** Zhejiang's county codes share their city's first four digits, so delivery can be checked offline. */
export function cityCodeOf(regionCode: string): string {
  return `${regionCode.slice(0, 4)}00`
}
