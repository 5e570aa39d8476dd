/** Money is integer fen everywhere; these turn it into what people read. */

export function fenToYuanString(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(Math.trunc(fen))
  const yuan = Math.floor(abs / 100)
  const cents = abs % 100
  // Grouped by hand: toLocaleString costs ~20 ms on its first call in a browser.
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}${grouped}.${cents.toString().padStart(2, '0')}`
}

/** "¥1,299.00" */
export function formatFen(fen: number): string {
  return `¥${fenToYuanString(fen)}`
}

/** What buying at priceFen saves against the e-commerce reference price, in fen and whole percent. */
export function saving(priceFen: number, referencePriceFen: number): { fen: number; percent: number } {
  if (referencePriceFen <= priceFen || referencePriceFen <= 0) return { fen: 0, percent: 0 }
  const fen = referencePriceFen - priceFen
  return { fen, percent: Math.round((fen * 100) / referencePriceFen) }
}
