import type { Badge } from '../../../shared/badges.ts'

/** Badges are coloured by the policy family they belong to: enterprise, energy/eco, local, rural. */
export const BADGE_TONE: Record<Badge, 'firm' | 'green' | 'local' | 'rural'> = {
  sme: 'firm',
  micro: 'firm',
  disabled_welfare: 'firm',
  prison: 'firm',
  energy_saving: 'green',
  energy_mandatory: 'green',
  eco_label: 'green',
  zhejiang_made: 'local',
  rural_revitalisation: 'rural',
}
