import type { Sql } from '../sql.ts'

export interface Credentials {
  id: number
  passwordHash: string
}

export class UserRepository {
  constructor(private readonly sql: Sql) {}

  /** Usernames are matched case-insensitively: people type "Buyer1" on phone keyboards. */
  credentials(username: string): Promise<Credentials | undefined> {
    const match = this.sql.engine === 'sqlite' ? 'username = ? COLLATE NOCASE' : 'lower(username) = lower(?)'
    return this.sql.get<Credentials>(`SELECT id, password_hash AS "passwordHash" FROM users WHERE ${match}`, [username.trim()])
  }
}
