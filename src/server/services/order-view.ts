import type { Order, OrderSummary } from '../../shared/contract/orders.ts'
import { allowedActions } from '../../shared/order-state.ts'
import type { Role } from '../../shared/roles.ts'
import { imageUrl } from '../db/repositories/catalogue.ts'
import type { EventRow, OrderRow, Party } from '../db/repositories/orders.ts'
import type { SessionUser } from '../db/repositories/sessions.ts'

const iso = (ms: number): string => new Date(ms).toISOString()

/** The orders a user may see: their unit's, or their supplier's incoming ones. */
export function partyOf(user: SessionUser): Party {
  return user.role === 'purchaser' ? { unitId: user.unitId ?? 0 } : { supplierId: user.supplierId ?? 0 }
}

export function isVisibleTo(row: Pick<OrderRow, 'unit_id' | 'supplier_id'>, user: SessionUser): boolean {
  return user.role === 'purchaser' ? row.unit_id === user.unitId : row.supplier_id === user.supplierId
}

export function toOrderSummary(row: OrderRow, role: Role): OrderSummary {
  const rating =
    row.rating_score === null ? null : { score: row.rating_score, comment: row.rating_comment ?? '', at: iso(row.rated_at ?? row.updated_at) }
  return {
    id: row.id,
    status: row.status,
    unit: { id: row.unit_id, name: row.unit_name },
    supplier: { id: row.supplier_id, name: row.supplier_name },
    product: {
      id: row.product_id,
      title: row.product_title,
      image: imageUrl(row.product_image),
      model: row.product_model,
      unit: row.product_unit,
    },
    quantity: row.quantity,
    unitPriceFen: row.unit_price_fen,
    totalFen: row.total_fen,
    plan: { id: row.plan_id, code: row.plan_code, name: row.plan_name },
    address: {
      contact: row.address_contact,
      phone: row.address_phone,
      regionCode: row.address_region_code,
      regionName: row.address_region_name,
      detail: row.address_detail,
    },
    invoiceTitle: row.invoice_title,
    rejectReason: row.reject_reason,
    carrier: row.carrier,
    trackingNo: row.tracking_no,
    rating,
    allowedActions: allowedActions({ status: row.status, rating }, role),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  }
}

export function toOrder(row: OrderRow, events: EventRow[], role: Role): Order {
  return {
    ...toOrderSummary(row, role),
    timeline: events.map((e) => ({ id: e.id, action: e.action, status: e.status, at: iso(e.at), note: e.note })),
  }
}
