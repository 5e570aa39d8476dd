import type { Me } from '../../shared/contract/session.ts'
import type { CatalogueRepository } from '../db/repositories/catalogue.ts'
import type { SessionUser } from '../db/repositories/sessions.ts'
import type { UnitRepository } from '../db/repositories/units.ts'
import { DomainError } from '../errors.ts'

/** Who the user is and, for a purchaser, everything one-tap ordering defaults to. */
export function describeMe(user: SessionUser, units: UnitRepository, catalogue: CatalogueRepository, orderLimitFen: number): Me {
  const who = { id: user.id, username: user.username, displayName: user.displayName }
  if (user.role === 'supplier') {
    const supplier = user.supplierId === null ? undefined : catalogue.supplier(user.supplierId)
    if (!supplier) throw new DomainError(403, 'FORBIDDEN_ROLE', '账号未关联供应商')
    return { role: 'supplier', user: who, supplier }
  }
  const unit = user.unitId === null ? undefined : units.unit(user.unitId)
  if (!unit) throw new DomainError(403, 'FORBIDDEN_ROLE', '账号未关联采购单位')
  const addresses = units.addresses(unit.id)
  return {
    role: 'purchaser',
    user: who,
    unit,
    defaultAddress: addresses.find((a) => a.isDefault) ?? null,
    addresses,
    plans: units.plans(unit.id),
    orderLimitFen,
  }
}
