/** A stable key for a parsed query object: keys sorted, undefined values dropped. */
export function canonicalKey(prefix: string, query: Record<string, unknown>): string {
  const parts = Object.keys(query)
    .filter((k) => query[k] !== undefined)
    .sort()
    .map((k) => `${k}=${JSON.stringify(query[k])}`)
  return `${prefix}?${parts.join('&')}`
}
