import { canApply, ORDER_RULES, type OrderAction, type OrderStatus } from '../../shared/order-state.ts'
import type { SessionUser } from '../db/repositories/sessions.ts'
import type { OrderChange } from '../db/repositories/orders.ts'
import { DomainError, notFound } from '../errors.ts'
import type { OrderDeps } from './order-deps.ts'
import { isVisibleTo } from './order-view.ts'
import { ledger } from '../db/repositories/ledger.ts'
import { announce } from '../lib/order-feed.ts'

/** What a step carries: ship a carrier and tracking number, reject a reason, rate a score and comment. */
export interface StepInput {
  reason?: string
  carrier?: string
  trackingNo?: string
  score?: number
  comment?: string
}

const STATUS_TEXT: Record<OrderStatus, string> = {
  pending: '待确认',
  confirmed: '已确认',
  shipped: '已发货',
  received: '已收货',
  accepted: '已验收',
  rejected: '已拒绝',
  withdrawn: '已撤销',
}

const ACTION_TEXT: Record<OrderAction, string> = {
  withdraw: '撤销',
  confirm: '确认',
  reject: '拒绝',
  ship: '发货',
  receive: '确认收货',
  accept: '验收',
  rate: '评价',
}

function changeFor(action: OrderAction, status: OrderStatus, input: StepInput, now: number): { change: OrderChange; note: string | null } {
  switch (action) {
    case 'reject': {
      const reason = input.reason?.trim() ?? ''
      return { change: { status, now, rejectReason: reason }, note: reason }
    }
    case 'ship': {
      const carrier = input.carrier?.trim() ?? ''
      const trackingNo = input.trackingNo ?? ''
      return { change: { status, now, carrier, trackingNo }, note: `${carrier} ${trackingNo}` }
    }
    case 'rate': {
      const comment = input.comment?.trim() ?? ''
      const score = input.score ?? 5
      return { change: { status, now, ratingScore: score, ratingComment: comment }, note: comment ? `${score} 星：${comment}` : `${score} 星` }
    }
    default:
      return { change: { status, now }, note: null }
  }
}

/**
 * Takes one lifecycle step. The role is checked first (403, whatever the id), then whether the
 * caller may see the order at all (404 for anyone else's, so ids reveal nothing), then the state
 * machine (409). Withdrawal and rejection give back stock and budget; acceptance spends the budget
 * and counts the sale, so sales only ever count procurements that were delivered and accepted.
 */
export async function applyStep(deps: OrderDeps, user: SessionUser, orderId: number, action: OrderAction, input: StepInput, now: number): Promise<void> {
  const rule = ORDER_RULES[action]
  if (user.role !== rule.role) {
    throw new DomainError(403, 'FORBIDDEN_ROLE', `只有${rule.role === 'supplier' ? '供应商' : '采购人'}可以${ACTION_TEXT[action]}订单`)
  }
  const { orders } = deps
  const { productId, catalogueChanged } = await deps.sql.transaction(async (tx) => {
    const row = await orders.row(orderId, tx, true)
    if (!row || !isVisibleTo(row, user)) throw notFound('ORDER_NOT_FOUND', '订单不存在')
    if (!canApply({ status: row.status, rating: row.rating_score }, action)) {
      const why = action === 'rate' && row.rating_score !== null ? '订单已评价，不能重复评价' : `订单${STATUS_TEXT[row.status]}，不能${ACTION_TEXT[action]}`
      throw new DomainError(409, 'INVALID_TRANSITION', why)
    }
    let changed = false
    if (action === 'withdraw' || action === 'reject') {
      changed = (await ledger.returnStock(tx, row.product_id, row.quantity)) === row.quantity
      await ledger.releaseBudget(tx, row.plan_id, row.total_fen)
    } else if (action === 'accept') {
      await ledger.spendBudget(tx, row.plan_id, row.total_fen)
      await ledger.addSales(tx, row.product_id, row.quantity)
      changed = true
    }
    const { change, note } = changeFor(action, rule.to, input, now)
    await orders.update(tx, orderId, change)
    const event = { orderId, unitId: row.unit_id, supplierId: row.supplier_id, action, status: rule.to, actorUserId: user.id, at: now, note }
    const id = await orders.addEvent(tx, event)
    await announce(tx, { ...event, id, productId: row.product_id }, changed)
    return { productId: row.product_id, catalogueChanged: changed }
  })
  deps.onCommit({ productId, catalogueChanged })
}
