import { describe, expect, it } from 'vitest'
import {
  countVisit,
  DISMISS_QUIET_MS,
  FIRST_MEMORY,
  installOffer,
  parseMemory,
  VISIT_GAP_MS,
  type InstallContext,
  type InstallMemory,
} from '../../../../src/client/pwa/install-policy.ts'

const NOW = Date.UTC(2025, 5, 1)
const chromium: InstallContext = { now: NOW, standalone: false, canPrompt: true, ios: false }
const memory = (m: Partial<InstallMemory>): InstallMemory => ({ ...FIRST_MEMORY, ...m })

describe('install offer policy', () => {
  it('does not ask on a first visit', () => {
    expect(installOffer(memory({ visits: 1 }), chromium)).toBeNull()
  })

  it('offers the browser prompt on the second visit', () => {
    expect(installOffer(memory({ visits: 2 }), chromium)).toBe('prompt')
  })

  it('offers after a first order even on the first visit', () => {
    expect(installOffer(memory({ visits: 1, ordered: true }), chromium)).toBe('prompt')
  })

  it('explains 分享 → 添加到主屏幕 on iOS, which has no install event', () => {
    expect(installOffer(memory({ visits: 2 }), { ...chromium, canPrompt: false, ios: true })).toBe('ios')
  })

  it('offers nothing where the browser cannot install and is not iOS', () => {
    expect(installOffer(memory({ visits: 5 }), { ...chromium, canPrompt: false })).toBeNull()
  })

  it('never asks an installed app', () => {
    expect(installOffer(memory({ visits: 3 }), { ...chromium, standalone: true })).toBeNull()
    expect(installOffer(memory({ visits: 3, installed: true }), chromium)).toBeNull()
  })

  it('stays quiet for a month after being turned down, then asks again', () => {
    const dismissed = memory({ visits: 4, dismissedAt: NOW - DISMISS_QUIET_MS + 1000 })
    expect(installOffer(dismissed, chromium)).toBeNull()
    expect(installOffer(dismissed, { ...chromium, now: NOW + 1000 })).toBe('prompt')
  })
})

describe('visit counting', () => {
  it('counts a start after half an hour away as a new visit', () => {
    const first = countVisit(FIRST_MEMORY, NOW)
    expect(first.visits).toBe(1)
    expect(countVisit(first, NOW + VISIT_GAP_MS).visits).toBe(2)
  })

  it('treats reloads within the half hour as the same visit', () => {
    const first = countVisit(FIRST_MEMORY, NOW)
    expect(countVisit(first, NOW + 60_000)).toBe(first)
  })
})

describe('stored memory', () => {
  it('reads back what was stored', () => {
    const stored = memory({ visits: 3, lastVisitAt: NOW, ordered: true, dismissedAt: NOW })
    expect(parseMemory(JSON.parse(JSON.stringify(stored)))).toEqual(stored)
  })

  it('falls back to defaults for a shape an older release stored', () => {
    expect(parseMemory({ visits: 'many', dismissedAt: 'yesterday' })).toEqual(FIRST_MEMORY)
    expect(parseMemory('nonsense')).toBeUndefined()
  })
})
