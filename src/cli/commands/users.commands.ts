import { addUser, revokeUserTokens } from '../../services/auth.service.js';
import { type GlobalOptions, withStore } from '../context.js';
import type { Io } from '../io.js';
import { json } from '../present.js';

export const usersAddCommand = async (name: string, opts: GlobalOptions & { role?: string }, io: Io): Promise<number> => {
  const { user, token } = await withStore(opts, io, (store) => addUser(store, name, opts.role ?? 'editor', new Date().toISOString()), false);
  io.out(opts.json ? json({ user, token }) : `created ${user.name} (${user.role}); token, shown this once:\n${token}`);
  return 0;
};

export const usersListCommand = async (opts: GlobalOptions, io: Io): Promise<number> => {
  const users = await withStore(opts, io, (store) => store.users.list(), false);
  io.out(opts.json ? json({ users }) : users.map((u) => `${u.name}\t${u.role}\t${u.createdAt}`).join('\n') || 'no users');
  return 0;
};

export const usersRevokeCommand = async (name: string, opts: GlobalOptions, io: Io): Promise<number> => {
  const n = await withStore(opts, io, (store) => revokeUserTokens(store, name, new Date().toISOString()), false);
  io.out(opts.json ? json({ revoked: n }) : `revoked ${n} token(s) of ${name}`);
  return 0;
};
