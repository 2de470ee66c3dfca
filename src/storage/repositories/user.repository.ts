import type { Db } from '../database.js';
import type { TokenRow, UserRow } from '../tables.js';

export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
}

const toUser = (r: UserRow): User => ({ id: r.id, name: r.name, role: r.role as Role, createdAt: r.created_at });

/** Accounts and API tokens. Tokens are stored as hashes only. */
export class UserRepository {
  constructor(private readonly db: Db) {}

  async byName(name: string): Promise<User | undefined> {
    const r = await this.db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
    return r ? toUser(r) : undefined;
  }

  async list(): Promise<User[]> {
    return (await this.db.selectFrom('users').selectAll().orderBy('name').execute()).map(toUser);
  }

  async add(user: User): Promise<void> {
    await this.db.insertInto('users').values({ id: user.id, name: user.name, role: user.role, created_at: user.createdAt }).execute();
  }

  /** A new token of a user, by its hash (the token itself is never stored). */
  async addToken(token: { id: string; userId: string; hash: string; createdAt: string }): Promise<void> {
    const row: TokenRow = { id: token.id, user_id: token.userId, hash: token.hash, created_at: token.createdAt, revoked_at: null };
    await this.db.insertInto('tokens').values(row).execute();
  }

  /** The user a live (unrevoked) token hash belongs to. */
  async byTokenHash(hash: string): Promise<User | undefined> {
    const r = await this.db
      .selectFrom('tokens')
      .innerJoin('users', 'users.id', 'tokens.user_id')
      .select(['users.id', 'users.name', 'users.role', 'users.created_at'])
      .where('tokens.hash', '=', hash)
      .where('tokens.revoked_at', 'is', null)
      .executeTakeFirst();
    return r ? toUser(r) : undefined;
  }

  async revokeTokens(userId: string, at: string): Promise<number> {
    const r = await this.db.updateTable('tokens').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst();
    return Number(r.numUpdatedRows);
  }
}
