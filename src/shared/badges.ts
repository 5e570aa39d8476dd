/**
 * Policy badges: the government-procurement policies a product or supplier qualifies for.
 * Stored as a bitmask in the database; the order here fixes each badge's bit.
 */
export const BADGES = [
  'sme',
  'micro',
  'disabled_welfare',
  'prison',
  'energy_saving',
  'energy_mandatory',
  'eco_label',
  'zhejiang_made',
  'rural_revitalisation',
] as const

export type Badge = (typeof BADGES)[number]

export const BADGE_LABELS: Record<Badge, string> = {
  sme: '中小企业',
  micro: '小微企业',
  disabled_welfare: '残疾人福利性单位',
  prison: '监狱企业',
  energy_saving: '节能产品',
  energy_mandatory: '强制节能',
  eco_label: '环境标志',
  zhejiang_made: '浙江制造',
  rural_revitalisation: '832扶贫',
}

export function isBadge(value: string): value is Badge {
  return (BADGES as readonly string[]).includes(value)
}

export function badgeBit(badge: Badge): number {
  return 1 << BADGES.indexOf(badge)
}

export function badgesToMask(badges: readonly Badge[]): number {
  let mask = 0
  for (const b of badges) mask |= badgeBit(b)
  return mask
}

export function maskToBadges(mask: number): Badge[] {
  return BADGES.filter((_, i) => (mask & (1 << i)) !== 0)
}
