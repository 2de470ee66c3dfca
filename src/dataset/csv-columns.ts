import * as s from './dataset.schema.js';

/**
 * The Chancery CSV format (docs/formats.md): one file per section, named after it (`people.csv`), its columns the
 * fields of a dataset record. A list or object field (`units`, `parts`, `fieldSources`) is JSON in its cell; an
 * empty cell is no value.
 */
const SHAPES: Record<s.Section, { shape: Record<string, unknown> }> = {
  sources: s.sourceSchema, subjects: s.subjectSchema, organizations: s.organizationSchema, relations: s.relationSchema, posts: s.postSchema,
  people: s.personSchema, names: s.nameRecordSchema, identifiers: s.identifierRecordSchema, appointments: s.appointmentSchema,
  responsibilities: s.responsibilitySchema, events: s.eventSchema, successions: s.successionSchema, claims: s.claimSchema, citations: s.citationSchema,
};

/** An entity's names and identifiers have files of their own in CSV (names.csv, identifiers.csv), not columns. */
const SEPARATE = new Set(['names', 'identifiers']);
export const CSV_COLUMNS = Object.fromEntries(Object.entries(SHAPES).map(([section, schema]) => [section, Object.keys(schema.shape).filter((k) => !SEPARATE.has(k))])) as Record<s.Section, string[]>;

const NUMBERS = new Set(['seats', 'rank']);
const BOOLEANS = new Set(['acting', 'exclusivePosts', 'apply']);
const JSON_FIELDS = new Set(['fieldSources', 'names', 'identifiers', 'units', 'parts', 'details']);
/** Fields where "no value" is written as null rather than left out (an appointment's unknown start). */
const NULLABLE: Partial<Record<s.Section, Set<string>>> = { appointments: new Set(['start']) };
/** Fields where an empty cell is an empty text (a claim that a cell was empty). */
const EMPTY_TEXT: Partial<Record<s.Section, Set<string>>> = { claims: new Set(['value']) };

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection": it begins with =, +, -, @, a tab or a carriage
 * return), or one that would read back as such a cell once its first quote is dropped (any run of ' before one).
 */
const FORMULA = /^'*[=+\-@\t\r]/;

/**
 * A cell as written: lists and objects as JSON, the rest as they are, and a formula-like cell behind a leading `'`,
 * which spreadsheets show as text. Reversible (`plainCell`): a value that itself begins with quotes before such a
 * character gets one more, so every value reads back exactly.
 */
export const cellOf = (v: unknown): string => {
  const text = v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return FORMULA.test(text) ? `'${text}` : text;
};

/** The value a cell written by `cellOf` stands for: one leading `'` dropped where `cellOf` added it. */
export const plainCell = (cell: string): string => (cell.startsWith("'") && FORMULA.test(cell) ? cell.slice(1) : cell);

/** One field for a CSV line: quoted when it holds a comma, a quote or a line break (or spaces at its ends). */
export const csvField = (v: string): string => (/[",\r\n]|^\s|\s$/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
export const csvLine = (values: readonly string[]): string => `${values.map(csvField).join(',')}\n`;

/** A row's cells as a dataset record: numbers, true/false and JSON read back; empty cells left out. */
export const recordOfRow = (section: s.Section, fields: Record<string, string>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [k, cell] of Object.entries(fields)) {
    const raw = plainCell(cell);
    const v = raw.trim() === '' ? '' : raw;
    if (v === '') {
      if (NULLABLE[section]?.has(k)) out[k] = null;
      else if (EMPTY_TEXT[section]?.has(k)) out[k] = '';
      continue;
    }
    if (NUMBERS.has(k) && /^-?\d+$/.test(v.trim())) out[k] = Number(v);
    else if (BOOLEANS.has(k) && /^(true|false)$/i.test(v.trim())) out[k] = v.trim().toLowerCase() === 'true';
    else if (JSON_FIELDS.has(k)) {
      try {
        out[k] = JSON.parse(v);
      } catch {
        out[k] = v;
      }
    } else out[k] = v;
  }
  return out;
};
