/** A failure the client caused or can act on; the error handler turns it into the contract's error shape. */
export class DomainError extends Error {
  readonly statusCode: number
  readonly code: string
  /** Extra fields for the error object, e.g. the current price on PRICE_CHANGED. */
  readonly details: Record<string, string | number> | undefined

  constructor(statusCode: number, code: string, message: string, details?: Record<string, string | number>) {
    super(message)
    this.statusCode = statusCode
    this.code = code
    this.details = details
  }
}

export const badRequest = (code: string, message: string): DomainError => new DomainError(400, code, message)
export const notFound = (code: string, message: string): DomainError => new DomainError(404, code, message)
