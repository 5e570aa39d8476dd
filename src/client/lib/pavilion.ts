/** A pavilion's banner picture, known from its id alone (the server draws one per pavilion there). */
export const pavilionBanner = (id: string): string => `/images/pavilions/${encodeURIComponent(id)}.svg`

/** Where a pavilion's showcase is, under the API's base (/api). */
export const pavilionPath = (id: string): string => `/pavilions/${encodeURIComponent(id)}`
