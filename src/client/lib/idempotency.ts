/**
 * A fresh Idempotency-Key for one order intent. randomUUID exists only in secure contexts, so a
 * phone testing the app over the LAN (plain http) gets the same 122 random bits another way.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}
