import type { Me } from '../../shared/contract/session.ts'
import type { CatalogueRepository } from '../db/repositories/catalogue.ts'
import type { SessionUser } from '../db/repositories/sessions.ts'
import type { UnitRepository } from '../db/repositories/units.ts'
import { DomainError } from '../errors.ts'

/** Who the user is and, for a purchaser, everything one-tap ordering defaults to. */
export async function describeMe(user: SessionUser, units: UnitRepository, catalogue: CatalogueRepository, orderLimitFen: number): Promise<Me> {
  const who = { id: user.id, username: user.username, displayName: user.displayName }
  if (user.role === 'supplier') {
    const supplier = user.supplierId === null ? undefined : await catalogue.supplier(user.supplierId)
    if (!supplier) throw new DomainError(403, 'FORBIDDEN_ROLE', '账号未关联供应商')
    return { role: 'supplier', user: who, supplier }
  }
  const unit = user.unitId === null ? undefined : await units.unit(user.unitId)
  if (!unit) throw new DomainError(403, 'FORBIDDEN_ROLE', '账号未关联采购单位')
  const [addresses, plans] = await Promise.all([units.addresses(unit.id), units.plans(unit.id)])
  return {
    role: 'purchaser',
    user: who,
    unit,
    defaultAddress: addresses.find((a) => a.isDefault) ?? null,
    addresses,
    plans,
    orderLimitFen,
  }
}
