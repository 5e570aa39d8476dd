/**
 * The one module that touches localStorage. Every value is JSON under a prefixed key and is
 * validated on the way out, because what a browser kept from an older release may not fit any more.
 */
export type StorageKey = 'region' | 'locale' | 'searchHistory' | 'recentlyViewed' | 'signedIn' | 'pwaInstall'

const PREFIX = 'yuncai:'

export function load<T>(key: StorageKey, parse: (raw: unknown) => T | undefined): T | undefined {
  try {
    const text = globalThis.localStorage?.getItem(PREFIX + key)
    return text == null ? undefined : parse(JSON.parse(text))
  } catch {
    return undefined
  }
}

export function save(key: StorageKey, value: unknown): void {
  try {
    globalThis.localStorage?.setItem(PREFIX + key, JSON.stringify(value))
  } catch {
    // Private mode or a full quota: the app keeps working with in-memory state.
  }
}

export function remove(key: StorageKey): void {
  try {
    globalThis.localStorage?.removeItem(PREFIX + key)
  } catch {
    // As above: nothing to clean up when storage is unavailable.
  }
}

/** Parsers for the stored shapes. */
export const isStringArray = (raw: unknown): string[] | undefined =>
  Array.isArray(raw) && raw.every((s) => typeof s === 'string') ? raw : undefined

export const isString = (raw: unknown): string | undefined => (typeof raw === 'string' ? raw : undefined)
