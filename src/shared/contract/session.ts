import { Type, type Static } from 'typebox'
import { SupplierSchema } from './catalogue.ts'

export const LoginSchema = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 40 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
)
export type LoginInput = Static<typeof LoginSchema>

export const UserSchema = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
})

export const UnitSchema = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  /** The unit's city, which is what a supplier's delivery area is drawn in. */
  cityCode: Type.String(),
  invoiceTitle: Type.String(),
})
export type Unit = Static<typeof UnitSchema>

export const AddressSchema = Type.Object({
  id: Type.Integer(),
  contact: Type.String(),
  phone: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  detail: Type.String(),
  isDefault: Type.Boolean(),
})
export type Address = Static<typeof AddressSchema>

/** Mobile (13812345678) or landline with area code (0571-87654321). */
export const PHONE_PATTERN = '^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$'
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' })

export const AddressInputSchema = Type.Object(
  {
    contact: Text(20),
    phone: Type.String({ pattern: PHONE_PATTERN }),
    regionCode: Type.String({ pattern: '^[0-9]{6}$' }),
    detail: Text(120),
    isDefault: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
)
export type AddressInput = Static<typeof AddressInputSchema>
export const AddressListSchema = Type.Object({ items: Type.Array(AddressSchema) })

export const PlanSchema = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  method: Type.String(),
  year: Type.Integer(),
  budgetFen: Type.Integer(),
  /** Held by orders placed but not yet accepted. */
  reservedFen: Type.Integer(),
  /** Spent on accepted orders. */
  usedFen: Type.Integer(),
  remainingFen: Type.Integer(),
})
export type Plan = Static<typeof PlanSchema>
export const PlanListSchema = Type.Object({ items: Type.Array(PlanSchema) })

export const PurchaserMeSchema = Type.Object({
  role: Type.Literal('purchaser'),
  user: UserSchema,
  unit: UnitSchema,
  defaultAddress: Type.Union([AddressSchema, Type.Null()]),
  addresses: Type.Array(AddressSchema),
  plans: Type.Array(PlanSchema),
  /** The online-supermarket single-order limit, so the UI can warn before the tap. */
  orderLimitFen: Type.Integer(),
})
export type PurchaserMe = Static<typeof PurchaserMeSchema>

export const SupplierMeSchema = Type.Object({
  role: Type.Literal('supplier'),
  user: UserSchema,
  supplier: SupplierSchema,
})
export type SupplierMe = Static<typeof SupplierMeSchema>

export const MeSchema = Type.Union([PurchaserMeSchema, SupplierMeSchema])
export type Me = Static<typeof MeSchema>
