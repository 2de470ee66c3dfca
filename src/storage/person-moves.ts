import type { PersonMerge } from './repositories/person.repository.js';
import type { Store } from './store.js';

/**
 * Moves the listed appointments, names and claims to the person `toId` (a merge, or a split undoing one): each move
 * is a new version of the row, the old one kept. Here, not in the person service, because it rewrites rows by column.
 */
export const moveToPerson = async (tx: Store, moved: PersonMerge['moved'], toId: string): Promise<void> => {
  const appointments = await tx.appointments.rows(moved.appointments);
  await tx.appointments.updateRows(appointments.map(({ sys_seq: _a, sys_from: _b, sys_user: _c, sys_source: _d, sys_op: _e, ...r }) => ({ ...r, person_id: toId })));
  const names = await tx.names.rows(moved.names);
  await tx.names.updateRows(names.map(({ sys_seq: _a, sys_from: _b, sys_user: _c, sys_source: _d, sys_op: _e, ...r }) => ({ ...r, entity_id: toId })));
  const claims = await tx.claims.rows(moved.claims);
  await tx.claims.updateRows(claims.map(({ sys_seq: _a, sys_from: _b, sys_user: _c, sys_source: _d, sys_op: _e, ...r }) => ({ ...r, entity_id: toId })));
};
