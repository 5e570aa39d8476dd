/**
 * Runs queued work one piece per animation frame. Sections that scroll into view together would
 * otherwise render in one long task, which on a slow phone blocks the tap that follows.
 */
const queue: (() => void)[] = []
let scheduled = false

function drain(): void {
  queue.shift()?.()
  if (queue.length) requestAnimationFrame(drain)
  else scheduled = false
}

export function nextFrame(work: () => void): void {
  queue.push(work)
  if (scheduled) return
  scheduled = true
  requestAnimationFrame(drain)
}
