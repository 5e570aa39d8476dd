import { createHash } from 'node:crypto'
import { brotliCompressSync, gzipSync, constants } from 'node:zlib'

export interface CachedBody {
  body: string
  etag: string
  /** Every header of a reply with this body but its encoding, set in one call. */
  headers: Record<string, string>
  /** Compressed on first demand and kept, so later hits cost no CPU for compression. */
  gzip?: Buffer
  brotli?: Buffer
  expires: number
}

const COMPRESS_OVER = 1024

/**
 * Serialized JSON responses of catalogue reads, by request URL. Popular searches repeat
 * (the first screens of 打印机 or 复印纸 are asked for over and over), so a hit skips the search, the
 * serialization and the compression. Entries expire after ttlMs, so a change made through another
 * instance shows within that time; `clear()` drops everything when this instance changes the catalogue.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedBody>()

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
  ) {}

  get(key: string, now = Date.now()): CachedBody | undefined {
    if (this.ttlMs <= 0) return undefined
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    if (entry.expires <= now) return undefined
    this.entries.set(key, entry) // most recently used moves to the end
    return entry
  }

  set(key: string, value: unknown, cacheControl: string, now = Date.now()): CachedBody {
    const body = JSON.stringify(value)
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`
    const entry: CachedBody = {
      body,
      etag,
      headers: { etag, 'cache-control': cacheControl, vary: 'accept-encoding', 'content-type': 'application/json; charset=utf-8' },
      expires: now + this.ttlMs,
    }
    if (this.ttlMs <= 0) return entry
    this.entries.delete(key)
    this.entries.set(key, entry)
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string)
    return entry
  }

  clear(): void {
    this.entries.clear()
  }
}

/** The body in the best encoding the client accepts: brotli, then gzip, else plain. */
export function encodedBody(entry: CachedBody, acceptEncoding: string): { body: string | Buffer; encoding?: 'br' | 'gzip' } {
  if (entry.body.length < COMPRESS_OVER) return { body: entry.body }
  if (acceptEncoding.includes('br')) {
    entry.brotli ??= brotliCompressSync(entry.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
    return { body: entry.brotli, encoding: 'br' }
  }
  if (acceptEncoding.includes('gzip')) {
    entry.gzip ??= gzipSync(entry.body, { level: 6 })
    return { body: entry.gzip, encoding: 'gzip' }
  }
  return { body: entry.body }
}
