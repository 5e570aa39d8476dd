import { Type, type Static } from 'typebox'
import { ORDER_ACTIONS, ORDER_STATUSES, type OrderStatus } from '../order-state.ts'
import { literalUnion } from './common.ts'

/** Sent as the Idempotency-Key header of POST /api/orders; the client makes one per order attempt. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/

/** The online-supermarket single-order limit (¥200,000) unless the deployment sets another. */
export const DEFAULT_ORDER_LIMIT_FEN = 20_000_000

/** Every code order placement and the lifecycle steps can answer with, for the UI to explain. */
export const ORDER_ERROR_CODES = [
  'IDEMPOTENCY_KEY_REQUIRED',
  'IDEMPOTENCY_KEY_INVALID',
  'IDEMPOTENCY_KEY_REUSED',
  'PRODUCT_NOT_FOUND',
  'PLAN_NOT_FOUND',
  'ADDRESS_NOT_FOUND',
  'ADDRESS_REQUIRED',
  'PRICE_CHANGED',
  'OUT_OF_STOCK',
  'BUDGET_EXCEEDED',
  'LIMIT_EXCEEDED',
  'NOT_DELIVERABLE',
  'ORDER_NOT_FOUND',
  'INVALID_TRANSITION',
  'UNAUTHENTICATED',
  'FORBIDDEN_ROLE',
] as const
export type OrderErrorCode = (typeof ORDER_ERROR_CODES)[number]

const Id = Type.Integer({ minimum: 1, maximum: 2_147_483_647 })

export const OrderStatusSchema = literalUnion(ORDER_STATUSES)
export const OrderActionSchema = literalUnion(ORDER_ACTIONS)

export const PlaceOrderSchema = Type.Object(
  {
    productId: Id,
    quantity: Type.Integer({ minimum: 1, maximum: 9999 }),
    /** The price the purchaser saw; a different current price is a PRICE_CHANGED, never a silent charge. */
    expectedPriceFen: Type.Integer({ minimum: 0, maximum: 100_000_000_000 }),
    planId: Type.Optional(Id),
    addressId: Type.Optional(Id),
  },
  { additionalProperties: false },
)
export type PlaceOrderInput = Static<typeof PlaceOrderSchema>

export const ShipSchema = Type.Object(
  {
    carrier: Type.String({ minLength: 1, maxLength: 20, pattern: '\\S' }),
    trackingNo: Type.String({ pattern: '^[A-Za-z0-9]{6,30}$' }),
  },
  { additionalProperties: false },
)
export type ShipInput = Static<typeof ShipSchema>

export const RejectSchema = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }) },
  { additionalProperties: false },
)
export type RejectInput = Static<typeof RejectSchema>

export const RateSchema = Type.Object(
  {
    score: Type.Integer({ minimum: 1, maximum: 5 }),
    comment: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
)
export type RateInput = Static<typeof RateSchema>

export const TimelineEntrySchema = Type.Object({
  id: Type.Integer(),
  action: Type.Union([Type.Literal('place'), OrderActionSchema]),
  /** The order's status after this step. */
  status: OrderStatusSchema,
  at: Type.String(),
  note: Type.Union([Type.String(), Type.Null()]),
})
export type TimelineEntry = Static<typeof TimelineEntrySchema>

const OrderFields = {
  id: Type.Integer(),
  status: OrderStatusSchema,
  unit: Type.Object({ id: Type.Integer(), name: Type.String() }),
  supplier: Type.Object({ id: Type.Integer(), name: Type.String() }),
  /** As it was when ordered: a later edit of the listing does not rewrite the order. */
  product: Type.Object({
    id: Type.Integer(),
    title: Type.String(),
    image: Type.String(),
    model: Type.String(),
    unit: Type.String(),
  }),
  quantity: Type.Integer(),
  unitPriceFen: Type.Integer(),
  totalFen: Type.Integer(),
  plan: Type.Object({ id: Type.Integer(), code: Type.String(), name: Type.String() }),
  address: Type.Object({
    contact: Type.String(),
    phone: Type.String(),
    regionCode: Type.String(),
    regionName: Type.String(),
    detail: Type.String(),
  }),
  invoiceTitle: Type.String(),
  rejectReason: Type.Union([Type.String(), Type.Null()]),
  carrier: Type.Union([Type.String(), Type.Null()]),
  trackingNo: Type.Union([Type.String(), Type.Null()]),
  rating: Type.Union([
    Type.Object({ score: Type.Integer(), comment: Type.String(), at: Type.String() }),
    Type.Null(),
  ]),
  /** What the caller may do next, from the shared state machine. */
  allowedActions: Type.Array(OrderActionSchema),
  createdAt: Type.String(),
  updatedAt: Type.String(),
}

export const OrderSummarySchema = Type.Object(OrderFields)
export type OrderSummary = Static<typeof OrderSummarySchema>

export const OrderSchema = Type.Object({ ...OrderFields, timeline: Type.Array(TimelineEntrySchema) })
export type Order = Static<typeof OrderSchema>

export const OrderQuerySchema = Type.Object(
  {
    /** One status or a comma list (pending,confirmed), for the UI's status tabs. */
    status: Type.Optional(Type.String({ pattern: '^[a-z]+(,[a-z]+){0,6}$' })),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
  },
  { additionalProperties: false },
)
export type OrderQuery = Static<typeof OrderQuerySchema>

export const OrderListSchema = Type.Object({
  items: Type.Array(OrderSummarySchema),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
})
export type OrderList = Static<typeof OrderListSchema>

/** How many of the caller's orders are in each status. */
const Count = Type.Integer({ minimum: 0 })
export const OrderCountsSchema = Type.Object({
  pending: Count,
  confirmed: Count,
  shipped: Count,
  received: Count,
  accepted: Count,
  rejected: Count,
  withdrawn: Count,
})
export type OrderCounts = Static<typeof OrderCountsSchema> & Record<OrderStatus, number>

/** The error shape, plus the current price on PRICE_CHANGED so the UI can re-confirm at once. */
export const OrderErrorSchema = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    currentPriceFen: Type.Optional(Type.Integer()),
  }),
})
