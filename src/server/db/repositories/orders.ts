import type { OrderAction, OrderStatus } from '../../../shared/order-state.ts'
import type { Sql } from '../sql.ts'
import { placeholders } from '../sql.ts'

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

/**
 * Orders and their timeline. Stock and budget bookkeeping is in LedgerRepository. Writes take the
 * transaction they belong to; reads run wherever they are asked to.
 */
export class OrderRepository {
  constructor(private readonly sql: Sql) {}

  /** One order; `lock` holds its row until the transaction ends (PostgreSQL; SQLite's writer lock covers it). */
  row(id: number, tx: Sql = this.sql, lock = false): Promise<OrderRow | undefined> {
    const forUpdate = lock && tx.engine === 'postgres' ? ' FOR UPDATE OF o' : ''
    return tx.get<OrderRow>(`${SELECT} WHERE o.id = ?${forUpdate}`, [id])
  }

  /** Newest first, before the given id; statuses narrow it when given. */
  list(party: Party, statuses: readonly OrderStatus[] | undefined, beforeId: number | undefined, limit: number): Promise<OrderRow[]> {
    const column = 'unitId' in party ? 'o.unit_id' : 'o.supplier_id'
    const partyId = 'unitId' in party ? party.unitId : party.supplierId
    const statusClause = statuses?.length ? `AND o.status IN (${placeholders(statuses.length)})` : ''
    return this.sql.all<OrderRow>(`${SELECT} WHERE ${column} = ? AND o.id < ? ${statusClause} ORDER BY o.id DESC LIMIT ?`, [
      partyId,
      beforeId ?? Number.MAX_SAFE_INTEGER,
      ...(statuses ?? []),
      limit,
    ])
  }

  /** Orders per status for one party. */
  counts(party: Party): Promise<{ status: OrderStatus; n: number }[]> {
    const column = 'unitId' in party ? 'unit_id' : 'supplier_id'
    const partyId = 'unitId' in party ? party.unitId : party.supplierId
    return this.sql.all(`SELECT status, count(*) AS n FROM orders WHERE ${column} = ? GROUP BY status`, [partyId])
  }

  events(orderId: number): Promise<EventRow[]> {
    return this.sql.all<EventRow>('SELECT id, action, status, at, note FROM order_events WHERE order_id = ? ORDER BY id', [orderId])
  }

  async insert(tx: Sql, o: NewOrder): Promise<number> {
    const row = await tx.get<{ id: number }>(
      `INSERT INTO orders (status, unit_id, supplier_id, user_id, product_id, product_title, product_image, product_model,
         product_unit, quantity, unit_price_fen, total_fen, plan_id, address_contact, address_phone, address_region_code,
         address_detail, invoice_title, created_at, updated_at)
       VALUES ('pending', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       RETURNING id`,
      [
        o.unitId, o.supplierId, o.userId, o.productId, o.productTitle, o.productImage, o.productModel, o.productUnit,
        o.quantity, o.unitPriceFen, o.totalFen, o.planId, o.addressContact, o.addressPhone, o.addressRegionCode,
        o.addressDetail, o.invoiceTitle, o.now, o.now,
      ],
    )
    return (row as { id: number }).id
  }

  async update(tx: Sql, id: number, change: OrderChange): Promise<void> {
    const set: [string, unknown][] = [
      ['status', change.status],
      ['updated_at', change.now],
    ]
    if (change.rejectReason !== undefined) set.push(['reject_reason', change.rejectReason])
    if (change.carrier !== undefined) set.push(['carrier', change.carrier])
    if (change.trackingNo !== undefined) set.push(['tracking_no', change.trackingNo])
    if (change.ratingScore !== undefined) set.push(['rating_score', change.ratingScore], ['rated_at', change.now])
    if (change.ratingComment !== undefined) set.push(['rating_comment', change.ratingComment])
    await tx.run(`UPDATE orders SET ${set.map(([column]) => `${column} = ?`).join(', ')} WHERE id = ?`, [...set.map(([, v]) => v), id])
  }

  async addEvent(tx: Sql, e: NewEvent): Promise<number> {
    const row = await tx.get<{ id: number }>(
      `INSERT INTO order_events (order_id, unit_id, supplier_id, action, status, actor_user_id, at, note)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      [e.orderId, e.unitId, e.supplierId, e.action, e.status, e.actorUserId, e.at, e.note],
    )
    return (row as { id: number }).id
  }
}
