import { nameKey } from './names.js';
import { OFFICE_VACANT } from './reasons.js';

/** A token of a rendered cell: a known person, a vacancy, or words that matched no one. */
export type CellToken = { kind: 'person'; personId: string; text: string } | { kind: 'vacant'; text: string } | { kind: 'unknown'; text: string };

const VACANT = ['office vacant', 'vacant'];
/** No personal name in this field runs to more words than this. */
const MAX_NAME_WORDS = 5;

/**
 * Splits a cell whose names were run together ("Kim Il Sung Kim Il Pak Song-chol") by matching known names,
 * longest first, so that "Kim Il Sung" is never read as "Kim Il" followed by "Sung". Separators (commas, "and")
 * are honoured when present. `names` maps a name key (see nameKey) to a person id.
 */
export const splitCell = (cell: string, names: ReadonlyMap<string, string>): CellToken[] => {
  const words = cell.replace(/[,;]/g, ' ').split(/\s+/).filter((w) => w && w.toLowerCase() !== 'and');
  const tokens: CellToken[] = [];
  let unknown: string[] = [];
  const flush = (): void => {
    if (unknown.length) tokens.push({ kind: 'unknown', text: unknown.join(' ') });
    unknown = [];
  };
  for (let i = 0; i < words.length; ) {
    let matched = false;
    for (let len = Math.min(MAX_NAME_WORDS, words.length - i); len >= 1; len--) {
      const text = words.slice(i, i + len).join(' ');
      if (VACANT.includes(text.toLowerCase())) {
        flush();
        tokens.push({ kind: 'vacant', text });
      } else {
        const personId = names.get(nameKey(text));
        if (!personId) continue;
        flush();
        tokens.push({ kind: 'person', personId, text });
      }
      i += len;
      matched = true;
      break;
    }
    if (!matched) unknown.push(words[i++]!);
  }
  flush();
  return tokens;
};

export const RECONCILE_STATUSES = ['match', 'mismatch', 'lost', 'unreadable'] as const;
export type ReconcileStatus = (typeof RECONCILE_STATUSES)[number];

export interface ReconcileResult {
  status: ReconcileStatus;
  /** The source's names for this column after splitting (and, if shifted, taken from the column it landed in). */
  source: string[];
  derived: string[];
  missing: string[];
  extra: string[];
  unmatched: string[];
  /** The column whose cell held this column's names, when the rendering shifted it left. */
  shiftedFrom?: string;
}

export interface ColumnInput {
  column: string;
  cell: string | undefined;
  /** Who held the column's post during the term, in order, as person ids; `vacant` for gaps. */
  derived: string[];
  /** Every person who ever held the column's post. */
  everHeld: ReadonlySet<string>;
}

const score = (tokens: CellToken[], col: ColumnInput): number =>
  tokens.reduce((s, t) => s + (t.kind === 'person' ? (col.derived.includes(t.personId) ? 2 : col.everHeld.has(t.personId) ? 1 : 0) : t.kind === 'vacant' && col.derived.includes('vacant') ? 1 : 0), 0);

/**
 * Reconciles one row's related-post cells with what dated data derives. A cell may have shifted left when a cell
 * before it spanned rows in the original, so each cell is given to the column (its own or a later one) whose
 * derived holders it matches best; a column left without a cell was lost to a row span.
 */
export const reconcileRow = (columns: readonly ColumnInput[], names: ReadonlyMap<string, string>, label: (id: string) => string): Map<string, ReconcileResult> => {
  const assigned = new Map<number, { tokens: CellToken[]; from: number }>();
  columns.forEach((col, i) => {
    if (!col.cell?.trim()) return;
    const tokens = splitCell(col.cell, names);
    let best = i;
    let bestScore = score(tokens, col);
    for (let j = i + 1; j < columns.length; j++) {
      const s = score(tokens, columns[j]!);
      if (s > bestScore && !assigned.has(j)) {
        best = j;
        bestScore = s;
      }
    }
    if (!assigned.has(best)) assigned.set(best, { tokens, from: i });
  });
  const out = new Map<string, ReconcileResult>();
  columns.forEach((col, i) => {
    const derived = col.derived.map((d) => (d === 'vacant' ? OFFICE_VACANT : label(d)));
    const got = assigned.get(i);
    if (!got) {
      out.set(col.column, { status: 'lost', source: [], derived, missing: [], extra: [], unmatched: [] });
      return;
    }
    const source = got.tokens.map((t) => (t.kind === 'person' ? label(t.personId) : t.kind === 'vacant' ? OFFICE_VACANT : t.text));
    const unmatched = got.tokens.filter((t) => t.kind === 'unknown').map((t) => t.text);
    const sourceSet = new Set(source.filter((s) => !unmatched.includes(s)));
    const derivedSet = new Set(derived);
    const missing = [...derivedSet].filter((d) => !sourceSet.has(d));
    const extra = [...sourceSet].filter((s) => !derivedSet.has(s));
    const status: ReconcileStatus = unmatched.length ? 'unreadable' : missing.length || extra.length ? 'mismatch' : 'match';
    const r: ReconcileResult = { status, source, derived, missing, extra, unmatched };
    if (got.from !== i) r.shiftedFrom = columns[got.from]!.column;
    out.set(col.column, r);
  });
  return out;
};
