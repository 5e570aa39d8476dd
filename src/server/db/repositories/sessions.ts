import { createHash, randomBytes } from 'node:crypto'
import type { Role } from '../../../shared/roles.ts'
import type { Sql } from '../sql.ts'

/** Who a request acts for, as the session plugin puts it on request.user. */
export interface SessionUser {
  id: number
  username: string
  displayName: string
  role: Role
  unitId: number | null
  supplierId: number | null
}

export interface FoundSession {
  user: SessionUser
  expiresAt: number
}

interface SessionRow {
  id: number
  username: string
  display_name: string
  role: Role
  unit_id: number | null
  supplier_id: number | null
  expires_at: number
}

/** Only a hash of the token is stored, so a copy of the database does not hand out live sessions. */
const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url')

export class SessionRepository {
  constructor(private readonly sql: Sql) {}

  /** Starts a session and returns the token that goes into the cookie. */
  async create(userId: number, expiresAt: number, now = Date.now()): Promise<string> {
    const token = randomBytes(32).toString('base64url')
    await this.sql.run('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)', [hashToken(token), userId, now, expiresAt])
    return token
  }

  async find(token: string, now = Date.now()): Promise<FoundSession | undefined> {
    const row = await this.sql.get<SessionRow>(
      `SELECT u.id, u.username, u.display_name, u.role, u.unit_id, u.supplier_id, s.expires_at
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = ? AND s.expires_at > ?`,
      [hashToken(token), now],
    )
    if (!row) return undefined
    return {
      user: {
        id: row.id,
        username: row.username,
        displayName: row.display_name,
        role: row.role,
        unitId: row.unit_id,
        supplierId: row.supplier_id,
      },
      expiresAt: row.expires_at,
    }
  }

  async extend(token: string, expiresAt: number): Promise<void> {
    await this.sql.run('UPDATE sessions SET expires_at = ? WHERE token_hash = ?', [expiresAt, hashToken(token)])
  }

  async delete(token: string): Promise<void> {
    await this.sql.run('DELETE FROM sessions WHERE token_hash = ?', [hashToken(token)])
  }

  async deleteExpired(now = Date.now()): Promise<void> {
    await this.sql.run('DELETE FROM sessions WHERE expires_at <= ?', [now])
  }
}
