import { hashPassword, verifyPassword } from '../auth/password.ts'
import type { SessionRepository } from '../db/repositories/sessions.ts'
import type { UserRepository } from '../db/repositories/users.ts'
import { DomainError } from '../errors.ts'

let dummyHash: Promise<string> | undefined

/**
 * Checks the password and starts a session; returns its token. An unknown username is checked
 * against a dummy hash, so the answer takes as long as for a wrong password and names stay private.
 */
export async function logIn(
  users: UserRepository,
  sessions: SessionRepository,
  username: string,
  password: string,
  ttlMs: number,
): Promise<string> {
  const credentials = await users.credentials(username)
  dummyHash ??= hashPassword('not-a-real-password')
  const ok = await verifyPassword(password, credentials?.passwordHash ?? (await dummyHash))
  if (!credentials || !ok) throw new DomainError(401, 'INVALID_CREDENTIALS', '用户名或密码错误')
  const now = Date.now()
  await sessions.deleteExpired(now)
  return sessions.create(credentials.id, now + ttlMs, now)
}
