/** A seeded generator: every run builds the same requests (the interleaving still varies with timing). */
export interface Rng {
  next(): number
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  shuffle<T>(items: T[]): T[]
}

/** mulberry32: tiny, fast and good enough to pick test inputs. */
export function rng(seed: number): Rng {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)] as (typeof items)[number],
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = int(0, i)
        ;[items[i], items[j]] = [items[j] as (typeof items)[number], items[i] as (typeof items)[number]]
      }
      return items
    },
  }
}

/** Runs the tasks with at most `limit` in flight; resolves when all have settled. */
export async function inPool(tasks: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < tasks.length) await (tasks[next++] as () => Promise<void>)()
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker))
}
