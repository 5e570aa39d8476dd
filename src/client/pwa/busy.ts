/**
 * Work that a reload must not cut short (placing an order, mostly). An accepted update waits for
 * whenIdle() before it reloads the page. Holds nest: the page is idle when every hold is released.
 * No Vue and no DOM, so the ordering code can import it without pulling in the PWA code.
 */
let holds = 0
let waiters: (() => void)[] = []

/** Marks the start of work a reload must wait for; pair with release(). */
export function holdReload(): void {
  holds++
}

/** Ends one holdReload(); the last release lets a waiting update go ahead. */
export function release(): void {
  holds = Math.max(0, holds - 1)
  if (holds > 0) return
  const ready = waiters
  waiters = []
  for (const resolve of ready) resolve()
}

export function isBusy(): boolean {
  return holds > 0
}

/** Resolves at once when nothing is held, else when the last hold is released. */
export function whenIdle(): Promise<void> {
  return holds === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))
}

/** Runs work under a hold, released however it ends. */
export async function withReloadHeld<T>(work: () => Promise<T>): Promise<T> {
  holdReload()
  try {
    return await work()
  } finally {
    release()
  }
}
