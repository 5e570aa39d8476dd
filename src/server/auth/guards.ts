import type { FastifyRequest } from 'fastify'
import type { Role } from '../../shared/roles.ts'
import type { SessionUser } from '../db/repositories/sessions.ts'
import { DomainError } from '../errors.ts'

export interface Purchaser extends SessionUser {
  role: 'purchaser'
  unitId: number
}

export interface SupplierUser extends SessionUser {
  role: 'supplier'
  supplierId: number
}

const ROLE_NAMES: Record<Role, string> = { purchaser: '采购人', supplier: '供应商' }

export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new DomainError(401, 'UNAUTHENTICATED', '请先登录')
  return request.user
}

export function requireRole(request: FastifyRequest, role: Role): SessionUser {
  const user = requireUser(request)
  if (user.role !== role) throw new DomainError(403, 'FORBIDDEN_ROLE', `只有${ROLE_NAMES[role]}账号可以执行此操作`)
  return user
}

export function requirePurchaser(request: FastifyRequest): Purchaser {
  const user = requireRole(request, 'purchaser')
  if (user.unitId === null) throw new DomainError(403, 'FORBIDDEN_ROLE', '账号未关联采购单位')
  return user as Purchaser
}

/**
 * Route hooks (onRequest), so a missing login or the wrong role is reported before the body is
 * even validated: a supplier posting a malformed order learns it is the wrong role, not a field error.
 */
export const authenticated = async (request: FastifyRequest): Promise<void> => {
  requireUser(request)
}

export const roleOnly =
  (role: Role) =>
  async (request: FastifyRequest): Promise<void> => {
    requireRole(request, role)
  }
