import type { Address, AddressInput, Plan, Unit } from '../../../shared/contract/session.ts'
import { DomainError, badRequest } from '../../errors.ts'
import type { Sql } from '../sql.ts'

interface AddressRow {
  id: number
  contact: string
  phone: string
  region_code: string
  region_name: string
  detail: string
  is_default: number
}

/*
 * Unit lookups compare unit_id with (SELECT ?) rather than a bare ?. The seed's ANALYZE leaves STAT4
 * samples on addresses_unit and plans_unit, and SQLite then re-plans a statement every time a parameter
 * compared against such an index is bound again; a subquery's value is not used for planning, so the
 * prepared plan is kept. Same index, same rows, a third of the time on the order path. PostgreSQL
 * gets a plain parameter.
 */
const unitIs = (sql: Sql): string => (sql.engine === 'sqlite' ? 'a.unit_id = (SELECT ?)' : 'a.unit_id = ?')
const ADDRESS_SELECT = `SELECT a.id, a.contact, a.phone, a.region_code, r.name AS region_name, a.detail, a.is_default
  FROM addresses a JOIN regions r ON r.code = a.region_code`

/** A unit keeps a short address book; more than this is a typo loop, not a real need. */
export const MAX_ADDRESSES = 20

function toAddress(row: AddressRow): Address {
  return {
    id: row.id,
    contact: row.contact,
    phone: row.phone,
    regionCode: row.region_code,
    regionName: row.region_name,
    detail: row.detail,
    isDefault: row.is_default === 1,
  }
}

/** A purchasing unit, its address book and its procurement plans. */
export class UnitRepository {
  constructor(private readonly sql: Sql) {}

  unit(id: number): Promise<Unit | undefined> {
    return this.sql.get<Unit>(
      `SELECT u.id, u.name, u.region_code AS "regionCode", r.name AS "regionName",
              coalesce(r.parent_code, r.code) AS "cityCode", u.invoice_title AS "invoiceTitle"
       FROM units u JOIN regions r ON r.code = u.region_code WHERE u.id = ?`,
      [id],
    )
  }

  /** The default address first, then in the order they were added. */
  async addresses(unitId: number): Promise<Address[]> {
    const rows = await this.sql.all<AddressRow>(`${ADDRESS_SELECT} WHERE ${unitIs(this.sql)} ORDER BY a.is_default DESC, a.id`, [unitId])
    return rows.map(toAddress)
  }

  /** The default address, or the oldest one if none is marked. */
  async defaultAddress(unitId: number, tx: Sql = this.sql): Promise<Address | undefined> {
    const row = await tx.get<AddressRow>(`${ADDRESS_SELECT} WHERE ${unitIs(tx)} ORDER BY a.is_default DESC, a.id LIMIT 1`, [unitId])
    return row && toAddress(row)
  }

  /** Only the unit's own address: another unit's id is indistinguishable from a missing one. */
  async address(unitId: number, id: number, tx: Sql = this.sql): Promise<Address | undefined> {
    const row = await tx.get<AddressRow>(`${ADDRESS_SELECT} WHERE ${unitIs(tx)} AND a.id = ?`, [unitId, id])
    return row && toAddress(row)
  }

  addAddress(unitId: number, input: AddressInput): Promise<Address> {
    return this.sql.transaction(async (tx) => {
      await this.checkRegion(tx, input.regionCode)
      // Locks the unit's row on PostgreSQL, so two additions at once cannot both pass the limit.
      if (tx.engine === 'postgres') await tx.get('SELECT id FROM units WHERE id = ? FOR UPDATE', [unitId])
      const count = (await tx.get<{ n: number }>('SELECT count(*) AS n FROM addresses WHERE unit_id = ?', [unitId]))?.n ?? 0
      if (count >= MAX_ADDRESSES) throw new DomainError(422, 'ADDRESS_LIMIT', `最多保存 ${MAX_ADDRESSES} 个收货地址`)
      const inserted = await tx.get<{ id: number }>(
        'INSERT INTO addresses (unit_id, contact, phone, region_code, detail, is_default) VALUES (?, ?, ?, ?, ?, 0) RETURNING id',
        [unitId, input.contact.trim(), input.phone, input.regionCode, input.detail.trim()],
      )
      const id = (inserted as { id: number }).id
      // The first address is the default: one-tap ordering always has somewhere to deliver.
      if (input.isDefault || count === 0) await this.markDefault(tx, unitId, id)
      return (await this.address(unitId, id, tx)) as Address
    })
  }

  updateAddress(unitId: number, id: number, input: AddressInput): Promise<Address | undefined> {
    return this.sql.transaction(async (tx) => {
      await this.checkRegion(tx, input.regionCode)
      const changes = await tx.run('UPDATE addresses SET contact = ?, phone = ?, region_code = ?, detail = ? WHERE unit_id = ? AND id = ?', [
        input.contact.trim(),
        input.phone,
        input.regionCode,
        input.detail.trim(),
        unitId,
        id,
      ])
      if (changes === 0) return undefined
      if (input.isDefault) await this.markDefault(tx, unitId, id)
      return this.address(unitId, id, tx)
    })
  }

  setDefaultAddress(unitId: number, id: number): Promise<Address | undefined> {
    return this.sql.transaction(async (tx) => {
      if (!(await this.address(unitId, id, tx))) return undefined
      await this.markDefault(tx, unitId, id)
      return this.address(unitId, id, tx)
    })
  }

  /** The unit's plans; inside an order's transaction on PostgreSQL their rows stay locked until it ends. */
  plans(unitId: number, tx: Sql = this.sql): Promise<Plan[]> {
    const lock = tx !== this.sql && tx.engine === 'postgres' ? ' FOR UPDATE' : ''
    return tx.all<Plan>(
      `SELECT id, code, name, method, year, budget_fen AS "budgetFen", reserved_fen AS "reservedFen", used_fen AS "usedFen",
              budget_fen - reserved_fen - used_fen AS "remainingFen"
       FROM plans WHERE unit_id = ${tx.engine === 'sqlite' ? '(SELECT ?)' : '?'} ORDER BY id${lock}`,
      [unitId],
    )
  }

  private async markDefault(tx: Sql, unitId: number, id: number): Promise<void> {
    await tx.run('UPDATE addresses SET is_default = CASE WHEN id = ? THEN 1 ELSE 0 END WHERE unit_id = ?', [id, unitId])
  }

  private async checkRegion(tx: Sql, code: string): Promise<void> {
    if (!(await tx.get('SELECT 1 AS found FROM regions WHERE code = ?', [code]))) {
      throw badRequest('INVALID_REGION', `未知的行政区划代码：${code}`)
    }
  }
}
