import type { ReconcileStatus } from '../reconcile.js';

/** A difference between a source's table and the dated records, as every face words it (CLI and web alike). */
export interface ReconciliationLike {
  column: string;
  status: ReconcileStatus;
  source: { title: string };
  sourceNames: string[];
  derived: string[];
  shiftedFrom?: string;
}

export const reconciliationText = (r: ReconciliationLike): string => {
  const table = `${r.source.title}'s table`;
  if (r.status === 'lost') return `${table} has no ${r.column} for this row (the cell was merged with a row above)`;
  if (r.status === 'unreadable') return `${table} gives ${r.column} as ${r.sourceNames.join(', ') || '—'}; some of it names no one recorded`;
  const shifted = r.shiftedFrom ? ` (in its ${r.shiftedFrom} column)` : '';
  return `${table} gives ${r.column} as ${r.sourceNames.join(', ') || '—'}${shifted}; the dated records give ${r.derived.join(', ') || 'no one'}`;
};
