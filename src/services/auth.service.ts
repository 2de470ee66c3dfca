import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DomainError } from '../domain/errors.js';
import type { Role, User } from '../storage/repositories/user.repository.js';
import type { Store } from '../storage/store.js';

export const ROLES: readonly Role[] = ['reader', 'editor', 'admin'];
const RANK: Record<Role, number> = { reader: 0, editor: 1, admin: 2 };

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Creates an account and its first token. The token is returned once; only its hash is kept. */
export const addUser = async (store: Store, name: string, role: string, now: string): Promise<{ user: User; token: string }> => {
  if (!ROLES.includes(role as Role)) throw new DomainError('INVALID_ARGUMENT', `role is one of ${ROLES.join(', ')}`, { field: 'role', value: role });
  if (!/^[\w.@-]{1,64}$/.test(name)) throw new DomainError('INVALID_ARGUMENT', 'a user name is 1 to 64 letters, digits, or . @ - _', { field: 'name', value: name });
  return store.transaction(async (tx) => {
    if (await tx.users.byName(name)) throw new DomainError('CONFLICT', `a user named "${name}" exists`, { field: 'name', value: name });
    const user: User = { id: randomUUID(), name, role: role as Role, createdAt: now };
    await tx.users.add(user);
    return { user, token: await issueToken(tx, user, now) };
  });
};

export const issueToken = async (store: Store, user: User, now: string): Promise<string> => {
  const token = `chy_${randomBytes(32).toString('base64url')}`;
  await store.users.addToken({ id: randomUUID(), userId: user.id, hash: hashToken(token), createdAt: now });
  return token;
};

/** The user a bearer token belongs to; undefined for no token. A bad or revoked token is an error, not anonymity. */
export const authenticate = async (store: Store, authorization: string | undefined): Promise<User | undefined> => {
  if (!authorization) return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!m) throw new DomainError('UNAUTHENTICATED', 'the Authorization header is "Bearer <token>"', { field: 'authorization' });
  const user = await store.users.byTokenHash(hashToken(m[1]!));
  if (!user) throw new DomainError('UNAUTHENTICATED', 'unknown or revoked token', { field: 'authorization' });
  return user;
};

/** Throws unless `user` holds at least `role`: anonymous readers may read, editors write data, admins manage users. */
export const requireRole = (user: User | undefined, role: Role): User => {
  if (!user) throw new DomainError('UNAUTHENTICATED', 'this needs an API token (Authorization: Bearer <token>)', { field: 'authorization' });
  if (RANK[user.role] < RANK[role]) throw new DomainError('FORBIDDEN', `this needs the ${role} role; ${user.name} is ${user.role}`, { field: 'authorization' });
  return user;
};

export const revokeUserTokens = async (store: Store, name: string, now: string): Promise<number> => {
  const user = await store.users.byName(name);
  if (!user) throw new DomainError('NOT_FOUND', `no user named "${name}"`, { field: 'name', value: name });
  return store.users.revokeTokens(user.id, now);
};
