/** Who is signed in: the 经办人 of a purchasing unit, or a supplier's staff. */
export const ROLES = ['purchaser', 'supplier'] as const
export type Role = (typeof ROLES)[number]
