import type { PlaceOrderInput } from '../../shared/contract/orders.ts'
import type { Plan } from '../../shared/contract/session.ts'
import { formatFen } from '../../shared/money.ts'
import type { Purchaser } from '../auth/guards.ts'
import { DomainError, notFound } from '../errors.ts'
import type { EventRow, OrderRow } from '../db/repositories/orders.ts'
import { idempotencyKeys as keys } from '../db/repositories/idempotency.ts'
import { ledger } from '../db/repositories/ledger.ts'
import { announce } from '../lib/order-feed.ts'
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
 * and every write (stock, budget, order, timeline, key) happens in one transaction that holds what
 * it reads until it commits, so no other connection, process or instance can sell the same stock or
 * spend the same budget between the check and the update:
 * - SQLite: BEGIN IMMEDIATE takes the database's write lock before the first read (shared with the
 *   orders placed at the same moment, see GroupCommit);
 * - PostgreSQL (READ COMMITTED): an advisory lock on (user, key), then SELECT … FOR UPDATE on the
 *   product and the unit's plans, always in that order, so contending orders queue instead of deadlocking.
 */
export async function placeOrder(deps: OrderDeps, user: Purchaser, key: string, input: PlaceOrderInput, now: number): Promise<Placed> {
  const { units, orders } = deps
  const fingerprint = fingerprintOf(input)
  const outcome = await deps.commits.run(async (tx): Promise<{ placed: Placed; soldOut: boolean }> => {
    await keys.lock(tx, user.id, key)
    const prior = await keys.find(tx, user.id, key)
    if (prior) {
      if (prior.fingerprint !== fingerprint) {
        throw new DomainError(422, 'IDEMPOTENCY_KEY_REUSED', '这个幂等键已用于另一笔不同内容的订单，请重新下单')
      }
      return { placed: { replayed: true, orderId: prior.orderId }, soldOut: false }
    }
    const product = await ledger.product(tx, input.productId)
    if (!product) throw notFound('PRODUCT_NOT_FOUND', '商品不存在或已下架')
    const buyer = await ledger.buyer(tx, user.unitId)
    if (!buyer) throw new DomainError(403, 'FORBIDDEN_ROLE', '账号未关联采购单位')
    const address =
      input.addressId === undefined ? await units.defaultAddress(user.unitId, tx) : await units.address(user.unitId, input.addressId, tx)
    if (input.addressId !== undefined && !address) throw notFound('ADDRESS_NOT_FOUND', '收货地址不存在')
    if (!address) throw new DomainError(422, 'ADDRESS_REQUIRED', '请先在“我的”里添加收货地址')
    const plans = await units.plans(user.unitId, tx)
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
    if (!(await ledger.takeStock(tx, product.id, input.quantity))) throw new DomainError(409, 'OUT_OF_STOCK', '库存不足')
    if (!(await ledger.reserveBudget(tx, plan.id, totalFen))) throw new DomainError(422, 'BUDGET_EXCEEDED', '采购计划余额不足')

    const orderId = await orders.insert(tx, {
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
    const soldOut = product.stock === input.quantity
    const stored = { ...event, orderId, unitId: user.unitId, supplierId: product.supplierId, actorUserId: user.id }
    const eventId = await orders.addEvent(tx, stored)
    await announce(tx, { ...stored, id: eventId, productId: product.id }, soldOut)
    await keys.save(tx, user.id, key, fingerprint, orderId, now)
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
    return { placed: { replayed: false, row, events: [{ ...event, id: eventId }] }, soldOut }
  })
  // Stock numbers in cached product pages may lag by the cache's TTL; selling out may not.
  if (!outcome.placed.replayed) deps.onCommit({ productId: input.productId, catalogueChanged: outcome.soldOut })
  return outcome.placed
}
