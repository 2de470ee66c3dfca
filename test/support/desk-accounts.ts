import { addUser } from '../../src/services/auth.service.js';
import { addMembership, type DeskCaller } from '../../src/services/matters/desk.service.js';
import type { User } from '../../src/storage/repositories/user.repository.js';
import type { Store } from '../../src/storage/store.js';

const NOW = '2025-01-15T09:00:00.000Z';

/** Desk accounts on the bundled registry: an admin, a clerk, a desk officer of each unit named, a supervisor of the ministry. */
export const deskAccounts = async (store: Store, officers: Record<string, string>): Promise<Record<string, User>> => {
  const out: Record<string, User> = {};
  const admin = (await addUser(store, 'admin', 'admin', NOW)).user;
  out['admin'] = admin;
  const a: DeskCaller = { user: admin, now: NOW };
  for (const [name, role, unit] of [['clerk', 'clerk', undefined], ['auditor', 'auditor', undefined], ['supervisor', 'supervisor', 'mfa'], ...Object.entries(officers).map(([n, u]) => [n, 'desk-officer', u])] as [string, string, string | undefined][]) {
    out[name] = (await addUser(store, name, 'reader', NOW)).user;
    await addMembership(store, a, { user: name, role, ...(unit ? { unit } : {}), from: '2000-01-01' });
  }
  return out;
};

