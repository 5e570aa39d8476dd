import { stmt, type Db } from '../database.ts'

export interface Credentials {
  id: number
  passwordHash: string
}

export class UserRepository {
  constructor(private readonly db: Db) {}

  /** Usernames are matched case-insensitively: people type "Buyer1" on phone keyboards. */
  credentials(username: string): Credentials | undefined {
    return stmt(this.db, 'SELECT id, password_hash AS passwordHash FROM users WHERE username = ? COLLATE NOCASE').get(
      username.trim(),
    ) as Credentials | undefined
  }
}
