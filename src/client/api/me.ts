import type { Address, AddressInput, Plan } from '../../shared/contract/session.ts'
import { http } from './http.ts'

/** GET /api/me/addresses: the unit's address book, default first. */
export async function fetchAddresses(): Promise<Address[]> {
  return (await http.get<{ items: Address[] }>('/me/addresses')).items
}

/** POST /api/me/addresses */
export async function addAddress(input: AddressInput): Promise<Address> {
  return http.post<Address>('/me/addresses', input)
}

/** PUT /api/me/addresses/:id */
export async function updateAddress(id: number, input: AddressInput): Promise<Address> {
  return http.put<Address>(`/me/addresses/${id}`, input)
}

/** POST /api/me/addresses/:id/default */
export async function setDefaultAddress(id: number): Promise<Address> {
  return http.post<Address>(`/me/addresses/${id}/default`)
}

/** GET /api/me/plans: procurement plans with budget, reserved, used and remaining fen. */
export async function fetchPlans(): Promise<Plan[]> {
  return (await http.get<{ items: Plan[] }>('/me/plans')).items
}
