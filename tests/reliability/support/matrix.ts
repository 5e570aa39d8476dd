import { figures } from './figures.ts'
import type { Answer } from './http.ts'
import type { Caller } from './parties.ts'

/** An id no object has: what another party's object must be indistinguishable from. */
const MISSING = 2_000_000_000

const same = (a: Answer, b: Answer): boolean => a.status === b.status && a.text === b.text

/** Compares an attempt on another party's object with the same attempt on an id that does not exist. */
export async function probe(
  caller: Caller,
  attempt: (id: number) => Promise<Answer>,
  id: number,
  label: string,
  leaks: string[],
): Promise<void> {
  const [real, missing] = [await attempt(id), await attempt(MISSING)]
  figures.crossPartyAttempts++
  const allowed = caller === 'anonymous' ? [401] : [403, 404]
  if (!allowed.includes(real.status) || !same(real, missing)) {
    figures.crossPartyLeaks++
    leaks.push(`${caller} ${label}: ${real.status} ${real.text.slice(0, 100)} (missing id: ${missing.status})`)
  }
}
