import type { WriteOutcome } from '../storage/repositories/table.repository.js';

/** One record an importer met: placed in the registry, cleaned on the way, or not placed (and why). */
export interface ReportEntry {
  status: 'placed' | 'cleaned' | 'not-placed';
  kind: string;
  message: string;
  file?: string;
  line?: number;
  field?: string;
  value?: string;
  id?: string;
}

export type WriteCounts = Record<string, Record<WriteOutcome, number>>;

export interface ImportReport {
  file: string;
  entries: ReportEntry[];
  written: WriteCounts;
}

export const notPlaced = (entries: readonly ReportEntry[]): ReportEntry[] => entries.filter((e) => e.status === 'not-placed');
