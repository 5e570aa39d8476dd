import type { OrderAction, OrderStatus } from '../../../shared/order-state.ts'
import { stmt, type Db } from '../database.ts'

/** An order as stored, with the names it is shown with. */
export interface OrderRow {
  id: number
  status: OrderStatus
  unit_id: number
  unit_name: string
  supplier_id: number
  supplier_name: string
  product_id: number
  product_title: string
  product_image: string
  product_model: string
  product_unit: string
  quantity: number
  unit_price_fen: number
  total_fen: number
  plan_id: number
  plan_code: string
  plan_name: string
  address_contact: string
  address_phone: string
  address_region_code: string
  address_region_name: string
  address_detail: string
  invoice_title: string
  reject_reason: string | null
  carrier: string | null
  tracking_no: string | null
  rating_score: number | null
  rating_comment: string | null
  rated_at: number | null
  created_at: number
  updated_at: number
}

export interface EventRow {
  id: number
  action: 'place' | OrderAction
  status: OrderStatus
  at: number
  note: string | null
}

export interface NewOrder {
  unitId: number
  supplierId: number
  userId: number
  productId: number
  productTitle: string
  productImage: string
  productModel: string
  productUnit: string
  quantity: number
  unitPriceFen: number
  totalFen: number
  planId: number
  addressContact: string
  addressPhone: string
  addressRegionCode: string
  addressDetail: string
  invoiceTitle: string
  now: number
}

/** What a step changes besides the status; absent fields keep their value. */
export interface OrderChange {
  status: OrderStatus
  now: number
  rejectReason?: string
  carrier?: string
  trackingNo?: string
  ratingScore?: number
  ratingComment?: string
}

export interface NewEvent {
  orderId: number
  unitId: number
  supplierId: number
  action: 'place' | OrderAction
  status: OrderStatus
  actorUserId: number
  at: number
  note: string | null
}

/** Whose orders: a purchasing unit's, or a supplier's incoming ones. */
export type Party = { unitId: number } | { supplierId: number }

const SELECT = `SELECT o.id, o.status, o.unit_id, un.name AS unit_name, o.supplier_id, s.name AS supplier_name,
    o.product_id, o.product_title, o.product_image, o.product_model, o.product_unit, o.quantity, o.unit_price_fen,
    o.total_fen, o.plan_id, pl.code AS plan_code, pl.name AS plan_name, o.address_contact, o.address_phone,
    o.address_region_code, r.name AS address_region_name, o.address_detail, o.invoice_title, o.reject_reason,
    o.carrier, o.tracking_no, o.rating_score, o.rating_comment, o.rated_at, o.created_at, o.updated_at
  FROM orders o
  JOIN units un ON un.id = o.unit_id
  JOIN suppliers s ON s.id = o.supplier_id
  JOIN plans pl ON pl.id = o.plan_id
  JOIN regions r ON r.code = o.address_region_code`

/** Orders and their timeline. Stock and budget bookkeeping is in LedgerRepository. */
export class OrderRepository {
  constructor(private readonly db: Db) {}

  row(id: number): OrderRow | undefined {
    return stmt(this.db, `${SELECT} WHERE o.id = ?`).get(id) as OrderRow | undefined
  }

  /** Newest first, before the given id; statuses narrow it when given. */
  list(party: Party, statuses: readonly OrderStatus[] | undefined, beforeId: number | undefined, limit: number): OrderRow[] {
    const column = 'unitId' in party ? 'o.unit_id' : 'o.supplier_id'
    const partyId = 'unitId' in party ? party.unitId : party.supplierId
    const statusClause = statuses ? 'AND o.status IN (SELECT value FROM json_each(@statuses))' : ''
    const sql = `${SELECT} WHERE ${column} = @partyId AND o.id < @beforeId ${statusClause} ORDER BY o.id DESC LIMIT @limit`
    return stmt(this.db, sql).all({
      partyId,
      beforeId: beforeId ?? Number.MAX_SAFE_INTEGER,
      limit,
      statuses: JSON.stringify(statuses ?? []),
    }) as OrderRow[]
  }

  /** Orders per status for one party. */
  counts(party: Party): { status: OrderStatus; n: number }[] {
    const column = 'unitId' in party ? 'unit_id' : 'supplier_id'
    const partyId = 'unitId' in party ? party.unitId : party.supplierId
    return stmt(this.db, `SELECT status, count(*) AS n FROM orders WHERE ${column} = ? GROUP BY status`).all(partyId) as {
      status: OrderStatus
      n: number
    }[]
  }

  events(orderId: number): EventRow[] {
    return stmt(this.db, 'SELECT id, action, status, at, note FROM order_events WHERE order_id = ? ORDER BY id').all(orderId) as EventRow[]
  }

  insert(order: NewOrder): number {
    const { lastInsertRowid } = stmt(
      this.db,
      `INSERT INTO orders (status, unit_id, supplier_id, user_id, product_id, product_title, product_image, product_model,
         product_unit, quantity, unit_price_fen, total_fen, plan_id, address_contact, address_phone, address_region_code,
         address_detail, invoice_title, created_at, updated_at)
       VALUES ('pending', @unitId, @supplierId, @userId, @productId, @productTitle, @productImage, @productModel,
         @productUnit, @quantity, @unitPriceFen, @totalFen, @planId, @addressContact, @addressPhone, @addressRegionCode,
         @addressDetail, @invoiceTitle, @now, @now)`,
    ).run(order)
    return Number(lastInsertRowid)
  }

  update(id: number, change: OrderChange): void {
    stmt(
      this.db,
      `UPDATE orders SET status = @status, updated_at = @now,
         reject_reason = coalesce(@rejectReason, reject_reason),
         carrier = coalesce(@carrier, carrier),
         tracking_no = coalesce(@trackingNo, tracking_no),
         rating_score = coalesce(@ratingScore, rating_score),
         rating_comment = coalesce(@ratingComment, rating_comment),
         rated_at = CASE WHEN @ratingScore IS NULL THEN rated_at ELSE @now END
       WHERE id = @id`,
    ).run({ rejectReason: null, carrier: null, trackingNo: null, ratingScore: null, ratingComment: null, ...change, id })
  }

  addEvent(event: NewEvent): number {
    const { lastInsertRowid } = stmt(
      this.db,
      `INSERT INTO order_events (order_id, unit_id, supplier_id, action, status, actor_user_id, at, note)
       VALUES (@orderId, @unitId, @supplierId, @action, @status, @actorUserId, @at, @note)`,
    ).run(event)
    return Number(lastInsertRowid)
  }
}
