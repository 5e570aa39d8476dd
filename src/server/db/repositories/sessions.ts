import { createHash, randomBytes } from 'node:crypto'
import type { Role } from '../../../shared/roles.ts'
import { stmt, type Db } from '../database.ts'

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
  constructor(private readonly db: Db) {}

  /** Starts a session and returns the token that goes into the cookie. */
  create(userId: number, expiresAt: number, now = Date.now()): string {
    const token = randomBytes(32).toString('base64url')
    stmt(this.db, 'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(
      hashToken(token),
      userId,
      now,
      expiresAt,
    )
    return token
  }

  find(token: string, now = Date.now()): FoundSession | undefined {
    const row = stmt(
      this.db,
      `SELECT u.id, u.username, u.display_name, u.role, u.unit_id, u.supplier_id, s.expires_at
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = ? AND s.expires_at > ?`,
    ).get(hashToken(token), now) as SessionRow | undefined
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

  extend(token: string, expiresAt: number): void {
    stmt(this.db, 'UPDATE sessions SET expires_at = ? WHERE token_hash = ?').run(expiresAt, hashToken(token))
  }

  delete(token: string): void {
    stmt(this.db, 'DELETE FROM sessions WHERE token_hash = ?').run(hashToken(token))
  }

  deleteExpired(now = Date.now()): void {
    stmt(this.db, 'DELETE FROM sessions WHERE expires_at <= ?').run(now)
  }
}
