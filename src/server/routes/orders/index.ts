import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import type { TSchema } from 'typebox'
import { IdParamsSchema } from '../../../shared/contract/common.ts'
import {
  OrderCountsSchema,
  IDEMPOTENCY_KEY_PATTERN,
  OrderErrorSchema,
  OrderListSchema,
  OrderQuerySchema,
  OrderSchema,
  PlaceOrderSchema,
  RateSchema,
  RejectSchema,
  ShipSchema,
} from '../../../shared/contract/orders.ts'
import { ORDER_ACTIONS, ORDER_RULES, type OrderAction } from '../../../shared/order-state.ts'
import { authenticated, requirePurchaser, requireUser, roleOnly } from '../../auth/guards.ts'
import { badRequest } from '../../errors.ts'
import type { StepInput } from '../../services/order-lifecycle.ts'

const errors = { 400: OrderErrorSchema, 401: OrderErrorSchema, 403: OrderErrorSchema, 404: OrderErrorSchema, 409: OrderErrorSchema, 422: OrderErrorSchema }

/** Steps without an entry here take no body, and ignore one if a client sends it. */
const STEP_BODIES: Partial<Record<OrderAction, TSchema>> = { ship: ShipSchema, reject: RejectSchema, rate: RateSchema }

function idempotencyKey(request: FastifyRequest): string {
  const key = request.headers['idempotency-key']
  if (key === undefined || key === '') throw badRequest('IDEMPOTENCY_KEY_REQUIRED', '下单请求缺少 Idempotency-Key 请求头')
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw badRequest('IDEMPOTENCY_KEY_INVALID', 'Idempotency-Key 须为 8–100 位字母、数字、下划线或连字符')
  }
  return key
}

const orderRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { orders } = app

  app.post(
    '/orders',
    {
      onRequest: roleOnly('purchaser'),
      // Before body validation, so a retry without its key is told so rather than about a field.
      preValidation: async (request) => {
        idempotencyKey(request)
      },
      schema: { body: PlaceOrderSchema, response: { 201: OrderSchema, ...errors } },
    },
    async (request, reply) => {
      const { order, replayed } = await orders.place(requirePurchaser(request), idempotencyKey(request), request.body)
      // A replay answers exactly as the original did, and says that it is one.
      if (replayed) reply.header('idempotent-replayed', 'true')
      return reply.code(201).send(order)
    },
  )

  app.get(
    '/orders',
    { onRequest: authenticated, schema: { querystring: OrderQuerySchema, response: { 200: OrderListSchema, ...errors } } },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-cache')
      return orders.list(requireUser(request), request.query)
    },
  )

  app.get(
    '/orders/counts',
    { onRequest: authenticated, schema: { response: { 200: OrderCountsSchema, ...errors } } },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-cache')
      return orders.counts(requireUser(request))
    },
  )

  app.get(
    '/orders/:id',
    { onRequest: authenticated, schema: { params: IdParamsSchema, response: { 200: OrderSchema, ...errors } } },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-cache')
      return orders.get(requireUser(request), request.params.id)
    },
  )

  for (const action of ORDER_ACTIONS) {
    const body = STEP_BODIES[action]
    app.post(
      `/orders/:id/${action}`,
      {
        onRequest: roleOnly(ORDER_RULES[action].role),
        schema: { params: IdParamsSchema, ...(body && { body }), response: { 200: OrderSchema, ...errors } },
      },
      async (request) => orders.step(requireUser(request), request.params.id, action, (body ? request.body : {}) as StepInput),
    )
  }
}

export default orderRoutes
