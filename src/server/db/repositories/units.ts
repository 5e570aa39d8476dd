import type { Address, AddressInput, Plan, Unit } from '../../../shared/contract/session.ts'
import { DomainError, badRequest } from '../../errors.ts'
import { stmt, type Db } from '../database.ts'

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
 * prepared plan is kept. Same index, same rows, a third of the time on the order path.
 */
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
  constructor(private readonly db: Db) {}

  unit(id: number): Unit | undefined {
    return stmt(
      this.db,
      `SELECT u.id, u.name, u.region_code AS regionCode, r.name AS regionName,
              coalesce(r.parent_code, r.code) AS cityCode, u.invoice_title AS invoiceTitle
       FROM units u JOIN regions r ON r.code = u.region_code WHERE u.id = ?`,
    ).get(id) as Unit | undefined
  }

  /** The default address first, then in the order they were added. */
  addresses(unitId: number): Address[] {
    const rows = stmt(this.db, `${ADDRESS_SELECT} WHERE a.unit_id = (SELECT ?) ORDER BY a.is_default DESC, a.id`).all(unitId) as AddressRow[]
    return rows.map(toAddress)
  }

  /** The default address, or the oldest one if none is marked. */
  defaultAddress(unitId: number): Address | undefined {
    const row = stmt(this.db, `${ADDRESS_SELECT} WHERE a.unit_id = (SELECT ?) ORDER BY a.is_default DESC, a.id LIMIT 1`).get(unitId) as
      | AddressRow
      | undefined
    return row && toAddress(row)
  }

  /** Only the unit's own address: another unit's id is indistinguishable from a missing one. */
  address(unitId: number, id: number): Address | undefined {
    const row = stmt(this.db, `${ADDRESS_SELECT} WHERE a.unit_id = (SELECT ?) AND a.id = ?`).get(unitId, id) as AddressRow | undefined
    return row && toAddress(row)
  }

  addAddress(unitId: number, input: AddressInput): Address {
    return this.db
      .transaction(() => {
        this.checkRegion(input.regionCode)
        const count = (stmt(this.db, 'SELECT count(*) AS n FROM addresses WHERE unit_id = (SELECT ?)').get(unitId) as { n: number }).n
        if (count >= MAX_ADDRESSES) throw new DomainError(422, 'ADDRESS_LIMIT', `最多保存 ${MAX_ADDRESSES} 个收货地址`)
        const { lastInsertRowid } = stmt(
          this.db,
          'INSERT INTO addresses (unit_id, contact, phone, region_code, detail, is_default) VALUES (?, ?, ?, ?, ?, 0)',
        ).run(unitId, input.contact.trim(), input.phone, input.regionCode, input.detail.trim())
        const id = Number(lastInsertRowid)
        // The first address is the default: one-tap ordering always has somewhere to deliver.
        if (input.isDefault || count === 0) this.markDefault(unitId, id)
        return this.address(unitId, id) as Address
      })
      .immediate()
  }

  updateAddress(unitId: number, id: number, input: AddressInput): Address | undefined {
    return this.db
      .transaction(() => {
        this.checkRegion(input.regionCode)
        const { changes } = stmt(
          this.db,
          'UPDATE addresses SET contact = ?, phone = ?, region_code = ?, detail = ? WHERE unit_id = ? AND id = ?',
        ).run(input.contact.trim(), input.phone, input.regionCode, input.detail.trim(), unitId, id)
        if (changes === 0) return undefined
        if (input.isDefault) this.markDefault(unitId, id)
        return this.address(unitId, id)
      })
      .immediate()
  }

  setDefaultAddress(unitId: number, id: number): Address | undefined {
    return this.db
      .transaction(() => {
        if (!this.address(unitId, id)) return undefined
        this.markDefault(unitId, id)
        return this.address(unitId, id)
      })
      .immediate()
  }

  plans(unitId: number): Plan[] {
    return stmt(
      this.db,
      `SELECT id, code, name, method, year, budget_fen AS budgetFen, reserved_fen AS reservedFen, used_fen AS usedFen,
              budget_fen - reserved_fen - used_fen AS remainingFen
       FROM plans WHERE unit_id = (SELECT ?) ORDER BY id`,
    ).all(unitId) as Plan[]
  }

  private markDefault(unitId: number, id: number): void {
    stmt(this.db, 'UPDATE addresses SET is_default = (id = ?) WHERE unit_id = ?').run(id, unitId)
  }

  private checkRegion(code: string): void {
    if (!stmt(this.db, 'SELECT 1 FROM regions WHERE code = ?').get(code)) {
      throw badRequest('INVALID_REGION', `未知的行政区划代码：${code}`)
    }
  }
}
