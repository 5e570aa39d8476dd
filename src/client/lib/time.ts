/**
 * Dates and durations for order pages, by hand rather than Intl for the same reason as format.ts:
 * the first Intl call costs a phone tens of milliseconds.
 */
const pad = (n: number): string => String(n).padStart(2, '0')

/** "2026-05-01 14:03" in the device's time zone. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

export const HOUR_MS = 3_600_000
export const DAY_MS = 24 * HOUR_MS

/** A wait split into whole days, hours and minutes, for "等待 1 天 3 小时". */
export function splitDuration(ms: number): { days: number; hours: number; minutes: number } {
  const minutes = Math.max(0, Math.floor(ms / 60_000))
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 }
}
