/**
 * How hard the suite pushes. The default keeps `npm test` fast while still sending the 1,000 retried
 * keys and 500+ hostile requests the issue names; RELIABILITY_SCALE=full multiplies the load and
 * the number of kill -9 rounds.
 */
const full = process.env['RELIABILITY_SCALE'] === 'full'

export const SCALE = {
  name: full ? 'full' : 'default',
  /** Distinct idempotency keys, each sent 1–5 times. */
  idempotencyKeys: full ? 10_000 : 1_000,
  /** Requests in flight at once from the test process. */
  concurrency: 64,
  /** Orders thrown at one product or one plan in each contention round. */
  contentionOrders: full ? 3_000 : 400,
  /** kill -9 rounds, and how many orders must be acknowledged before each kill. */
  crashRounds: full ? 3 : 1,
  acksBeforeKill: full ? 1_500 : 250,
  /** Extra randomly mutated requests on top of the fixed hostile corpus. */
  fuzzedRequests: full ? 3_000 : 150,
}
