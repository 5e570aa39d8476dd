import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ErrorSchema, IdParamsSchema } from '../../../shared/contract/common.ts'
import { AddressInputSchema, AddressListSchema, AddressSchema, PlanListSchema } from '../../../shared/contract/session.ts'
import { requirePurchaser, roleOnly } from '../../auth/guards.ts'
import { notFound } from '../../errors.ts'

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 422: ErrorSchema }
const addressNotFound = () => notFound('ADDRESS_NOT_FOUND', '收货地址不存在')

/** A purchaser's address book and procurement plans. */
const meRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { units } = app
  const purchaserOnly = roleOnly('purchaser')

  app.get('/me/addresses', { onRequest: purchaserOnly, schema: { response: { 200: AddressListSchema, ...errors } } }, async (request) => ({
    items: await units.addresses(requirePurchaser(request).unitId),
  }))

  app.post(
    '/me/addresses',
    { onRequest: purchaserOnly, schema: { body: AddressInputSchema, response: { 201: AddressSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await units.addAddress(requirePurchaser(request).unitId, request.body)),
  )

  app.put(
    '/me/addresses/:id',
    { onRequest: purchaserOnly, schema: { params: IdParamsSchema, body: AddressInputSchema, response: { 200: AddressSchema, ...errors } } },
    async (request) => {
      const address = await units.updateAddress(requirePurchaser(request).unitId, request.params.id, request.body)
      if (!address) throw addressNotFound()
      return address
    },
  )

  app.post(
    '/me/addresses/:id/default',
    { onRequest: purchaserOnly, schema: { params: IdParamsSchema, response: { 200: AddressSchema, ...errors } } },
    async (request) => {
      const address = await units.setDefaultAddress(requirePurchaser(request).unitId, request.params.id)
      if (!address) throw addressNotFound()
      return address
    },
  )

  app.get('/me/plans', { onRequest: purchaserOnly, schema: { response: { 200: PlanListSchema, ...errors } } }, async (request, reply) => {
    reply.header('cache-control', 'private, no-cache')
    return { items: await units.plans(requirePurchaser(request).unitId) }
  })
}

export default meRoutes
