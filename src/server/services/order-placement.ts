import type { PlaceOrderInput } from '../../shared/contract/orders.ts'
import type { Plan } from '../../shared/contract/session.ts'
import { formatFen } from '../../shared/money.ts'
import type { Purchaser } from '../auth/guards.ts'
import { DomainError, notFound } from '../errors.ts'
import type { EventRow, OrderRow } from '../db/repositories/orders.ts'
import type { OrderDeps } from './order-deps.ts'

/** A new order as stored, or the id of the one its key placed before (a replay creates nothing). */
export type Placed = { replayed: false; row: OrderRow; events: EventRow[] } | { replayed: true; orderId: number }

const fingerprintOf = (input: PlaceOrderInput): string =>
  [input.productId, input.quantity, input.expectedPriceFen, input.planId ?? '', input.addressId ?? ''].join(':')

function choosePlan(plans: Plan[], named: Plan | undefined, totalFen: number): Plan {
  if (named) {
    if (named.remainingFen < totalFen) {
      throw new DomainError(422, 'BUDGET_EXCEEDED', `采购计划「${named.name}」可用余额 ${formatFen(named.remainingFen)}，不足本单 ${formatFen(totalFen)}`)
    }
    return named
  }
  const plan = plans.find((p) => p.remainingFen >= totalFen)
  if (!plan) {
    const best = Math.max(0, ...plans.map((p) => p.remainingFen))
    throw new DomainError(422, 'BUDGET_EXCEEDED', `没有余额足够的采购计划：本单 ${formatFen(totalFen)}，计划可用余额最多 ${formatFen(best)}`)
  }
  return plan
}

/**
 * Places an order with the unit's defaults, or replays the one the key already placed. Every check
 * and every write (stock, budget, order, timeline, key) happens in one BEGIN IMMEDIATE transaction
 * (shared with the orders placed at the same moment, see GroupCommit): it takes the write lock before
 * the first read, so no other connection or process can sell the same stock or spend the same budget
 * between the check and the update.
 */
export async function placeOrder(deps: OrderDeps, user: Purchaser, key: string, input: PlaceOrderInput, now: number): Promise<Placed> {
  const { ledger, units, orders, keys } = deps
  const fingerprint = fingerprintOf(input)
  const outcome = await deps.commits.run((): { placed: Placed; soldOut: boolean } => {
    const prior = keys.find(user.id, key)
    if (prior) {
      if (prior.fingerprint !== fingerprint) {
        throw new DomainError(422, 'IDEMPOTENCY_KEY_REUSED', '这个幂等键已用于另一笔不同内容的订单，请重新下单')
      }
      return { placed: { replayed: true, orderId: prior.orderId }, soldOut: false }
    }
    const product = ledger.product(input.productId)
    if (!product) throw notFound('PRODUCT_NOT_FOUND', '商品不存在或已下架')
    const buyer = ledger.buyer(user.unitId)
    if (!buyer) throw new DomainError(403, 'FORBIDDEN_ROLE', '账号未关联采购单位')
    const address = input.addressId === undefined ? units.defaultAddress(user.unitId) : units.address(user.unitId, input.addressId)
    if (input.addressId !== undefined && !address) throw notFound('ADDRESS_NOT_FOUND', '收货地址不存在')
    if (!address) throw new DomainError(422, 'ADDRESS_REQUIRED', '请先在“我的”里添加收货地址')
    const plans = units.plans(user.unitId)
    const named = input.planId === undefined ? undefined : plans.find((p) => p.id === input.planId)
    if (input.planId !== undefined && !named) throw notFound('PLAN_NOT_FOUND', '采购计划不存在')

    if (product.priceFen !== input.expectedPriceFen) {
      throw new DomainError(409, 'PRICE_CHANGED', `价格已变为 ${formatFen(product.priceFen)}，请确认后重新下单`, {
        currentPriceFen: product.priceFen,
      })
    }
    if ((product.deliveryMask & (1 << buyer.cityIndex)) === 0) {
      throw new DomainError(422, 'NOT_DELIVERABLE', '该商品的供应商不配送到本单位所在地区')
    }
    const totalFen = product.priceFen * input.quantity
    if (totalFen > deps.orderLimitFen) {
      throw new DomainError(422, 'LIMIT_EXCEEDED', `网上超市单笔订单不能超过 ${formatFen(deps.orderLimitFen)}，本单 ${formatFen(totalFen)}`)
    }
    if (product.stock < input.quantity) {
      throw new DomainError(409, 'OUT_OF_STOCK', product.stock === 0 ? '该商品已售罄' : `库存不足，仅剩 ${product.stock} ${product.unit}`)
    }
    const plan = choosePlan(plans, named, totalFen)
    // The checks above ran under the write lock, so these guarded updates cannot fail; they stay
    // guarded so a future change to the checks cannot oversell or overspend silently.
    if (!ledger.takeStock(product.id, input.quantity)) throw new DomainError(409, 'OUT_OF_STOCK', '库存不足')
    if (!ledger.reserveBudget(plan.id, totalFen)) throw new DomainError(422, 'BUDGET_EXCEEDED', '采购计划余额不足')

    const orderId = orders.insert({
      unitId: user.unitId,
      supplierId: product.supplierId,
      userId: user.id,
      productId: product.id,
      productTitle: product.title,
      productImage: product.image,
      productModel: product.model,
      productUnit: product.unit,
      quantity: input.quantity,
      unitPriceFen: product.priceFen,
      totalFen,
      planId: plan.id,
      addressContact: address.contact,
      addressPhone: address.phone,
      addressRegionCode: address.regionCode,
      addressDetail: address.detail,
      invoiceTitle: buyer.invoiceTitle,
      now,
    })
    const event = { action: 'place', status: 'pending', at: now, note: null } as const
    const eventId = orders.addEvent({ ...event, orderId, unitId: user.unitId, supplierId: product.supplierId, actorUserId: user.id })
    keys.save(user.id, key, fingerprint, orderId, now)
    // Everything the answer shows is in hand, so the new order is not read back.
    const row: OrderRow = {
      id: orderId,
      status: 'pending',
      unit_id: user.unitId,
      unit_name: buyer.name,
      supplier_id: product.supplierId,
      supplier_name: product.supplierName,
      product_id: product.id,
      product_title: product.title,
      product_image: product.image,
      product_model: product.model,
      product_unit: product.unit,
      quantity: input.quantity,
      unit_price_fen: product.priceFen,
      total_fen: totalFen,
      plan_id: plan.id,
      plan_code: plan.code,
      plan_name: plan.name,
      address_contact: address.contact,
      address_phone: address.phone,
      address_region_code: address.regionCode,
      address_region_name: address.regionName,
      address_detail: address.detail,
      invoice_title: buyer.invoiceTitle,
      reject_reason: null,
      carrier: null,
      tracking_no: null,
      rating_score: null,
      rating_comment: null,
      rated_at: null,
      created_at: now,
      updated_at: now,
    }
    return { placed: { replayed: false, row, events: [{ ...event, id: eventId }] }, soldOut: product.stock === input.quantity }
  })
  // Stock numbers in cached product pages may lag by the cache's TTL; selling out may not.
  if (!outcome.placed.replayed) deps.onCommit({ productId: input.productId, catalogueChanged: outcome.soldOut })
  return outcome.placed
}
