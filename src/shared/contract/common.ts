import { Type, type Static, type TUnsafe } from 'typebox'

/** A string that is one of the given values: a plain JSON-Schema enum, typed as their union. */
export function literalUnion<const T extends string>(values: readonly T[]): TUnsafe<T> {
  return Type.Unsafe<T>({ type: 'string', enum: [...values] })
}

/** Every error the API returns has this shape, with an UPPER_SNAKE code and a message for people. */
export const ErrorSchema = Type.Object({
  error: Type.Object({
    code: Type.String({ pattern: '^[A-Z][A-Z0-9_]*$' }),
    message: Type.String(),
  }),
})
export type ApiError = Static<typeof ErrorSchema>

export const IdParamsSchema = Type.Object({
  id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
})

export const HealthSchema = Type.Object({ status: Type.Literal('ok') })
