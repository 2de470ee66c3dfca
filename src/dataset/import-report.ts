/** Where a record came from, so that a user can go and look: a file and line, or a path inside a JSON file. */
export interface Place {
  file: string;
  line?: number;
  /** `appointments[3]`, a CSV column, an XML element. */
  path?: string;
}

export type Outcome = 'created' | 'unchanged' | 'merged' | 'rejected';

/** One record an importer met, when there is something to say about it: why it was rejected, what it merged into. */
export interface ReportEntry {
  status: Outcome | 'cleaned' | 'note';
  kind: string;
  message: string;
  file?: string;
  line?: number;
  field?: string;
  value?: string;
  id?: string;
}

export interface OutcomeCounts {
  read: number;
  created: number;
  unchanged: number;
  merged: number;
  rejected: number;
}

export const zeroCounts = (): OutcomeCounts => ({ read: 0, created: 0, unchanged: 0, merged: 0, rejected: 0 });

/**
 * What an import did: for every kind of record, how many were read and what became of each (read = created +
 * unchanged + merged + rejected, always), with an entry for each rejection and merge. `derived` counts records the
 * registry made itself (romanizations of Hangul names), which were not read.
 */
export interface ImportReport {
  file: string;
  format: string;
  counts: Record<string, OutcomeCounts>;
  totals: OutcomeCounts;
  derived: number;
  entries: ReportEntry[];
  /** When an import stopped at a failure: the records before this one were saved; running it again completes it. */
  stoppedAt?: { record: number; place: string; message: string };
}

export const emptyReport = (file: string, format: string): ImportReport => ({ file, format, counts: {}, totals: zeroCounts(), derived: 0, entries: [] });

export const count = (report: ImportReport, kind: string, outcome: Outcome | 'read'): void => {
  const c = (report.counts[kind] ??= zeroCounts());
  c[outcome]++;
  report.totals[outcome]++;
};

export const placeText = (p: Place): string => (p.line ? `${p.file}:${p.line}` : p.file) + (p.path ? `: ${p.path}` : '');

/** Records an outcome for a record that was read, with an entry when there is something to say. */
export const record = (report: ImportReport, kind: string, outcome: Outcome, place: Place, entry?: Omit<ReportEntry, 'status' | 'kind' | 'file' | 'line'>): void => {
  count(report, kind, 'read');
  count(report, kind, outcome);
  if (entry) report.entries.push({ status: outcome, kind, file: place.file, ...(place.line ? { line: place.line } : {}), ...(place.path && !entry.field ? { field: place.path } : {}), ...entry });
};

/** Whether the counts add up, for every kind and in total: the invariant a report must keep. */
export const balanced = (report: ImportReport): boolean =>
  [...Object.values(report.counts), report.totals].every((c) => c.read === c.created + c.unchanged + c.merged + c.rejected);

export const rejected = (entries: readonly ReportEntry[]): ReportEntry[] => entries.filter((e) => e.status === 'rejected');

export const mergeReports = (into: ImportReport, from: ImportReport): void => {
  for (const [kind, c] of Object.entries(from.counts)) {
    const t = (into.counts[kind] ??= zeroCounts());
    for (const k of Object.keys(c) as (keyof OutcomeCounts)[]) t[k] += c[k];
  }
  for (const k of Object.keys(from.totals) as (keyof OutcomeCounts)[]) into.totals[k] += from.totals[k];
  into.derived += from.derived;
  into.entries.push(...from.entries);
};
