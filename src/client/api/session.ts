import type { LoginInput, Me } from '../../shared/contract/session.ts'
import { http } from './http.ts'

/** POST /api/session: signs in and answers with who the user is (the cookie is HttpOnly). */
export async function logIn(input: LoginInput): Promise<Me> {
  return http.post<Me>('/session', input)
}

/** DELETE /api/session */
export async function logOut(): Promise<void> {
  await http.delete<void>('/session')
}

/** GET /api/me: the signed-in user; a 401 means nobody is. */
export async function fetchMe(): Promise<Me> {
  return http.get<Me>('/me')
}
