import { DomainError, type ErrorPlace } from '../errors.js';
import { collapseSpaces, stripTrailingParenthesis } from '../names.js';
import { type Day, dayFromParts, daysInMonth, formatDay, isValidCalendarDate } from './day.js';

/**
 * A date known to a precision: a year (`1998`), a month (`2012-06`), a day (`2012-06-18`), or a range of days
 * (`1976-04-19..1976-04-29`) where sources only bound it. Every form stands for the set of days
 * [earliest, latest]; the text is kept so that the precision is never lost or invented.
 */
export interface PartialDate {
  readonly text: string;
  readonly precision: 'year' | 'month' | 'day' | 'range';
  readonly earliest: Day;
  readonly latest: Day;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const invalid = (text: string, place: ErrorPlace, why: string): DomainError =>
  new DomainError('INVALID_DATE', `invalid date "${text}": ${why} (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD)`, { ...place, value: place.value ?? text });

/** A reason the text is not a date; the parsers below return it rather than throw, so a probe costs no exception. */
interface NotADate {
  why: string;
}
const isDate = (x: PartialDate | NotADate): x is PartialDate => 'text' in x;

const readIso = (text: string): PartialDate | NotADate => {
  const m = ISO.exec(text);
  if (!m) return { why: 'not a date' };
  const year = Number(m[1]);
  if (m[2] === undefined) return { text, precision: 'year', earliest: dayFromParts(year, 1, 1), latest: dayFromParts(year, 12, 31) };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { why: `month ${m[2]} does not exist` };
  if (m[3] === undefined) {
    return { text, precision: 'month', earliest: dayFromParts(year, month, 1), latest: dayFromParts(year, month, daysInMonth(year, month)) };
  }
  const day = Number(m[3]);
  if (!isValidCalendarDate(year, month, day)) return { why: `day ${m[3]} does not exist in ${m[1]}-${m[2]}` };
  const d = dayFromParts(year, month, day);
  return { text, precision: 'day', earliest: d, latest: d };
};

const readPartialDate = (input: string): PartialDate | NotADate => {
  const text = input.trim();
  const range = text.split('..');
  if (range.length > 2) return { why: 'more than one ".."' };
  if (range.length === 1) return readIso(text);
  const from = readIso(range[0]!);
  if (!isDate(from)) return from;
  const to = readIso(range[1]!);
  if (!isDate(to)) return to;
  if (to.latest < from.earliest) return { why: 'range ends before it starts' };
  return { text, precision: 'range', earliest: from.earliest, latest: to.latest };
};

/** Parses the stored and typed forms. Throws INVALID_DATE naming `place`. */
export const parsePartialDate = (input: string, place: ErrorPlace = {}): PartialDate => {
  const d = readPartialDate(input);
  if (!isDate(d)) throw invalid(input.trim(), place, d.why);
  return d;
};

const storedCache = new Map<string, PartialDate>();

/**
 * A stored date's text as a partial date, parsed once per distinct text (a registry holds few distinct dates and
 * reads them over and over). The text was validated when it was written.
 */
export const storedDate = (text: string): PartialDate => {
  let d = storedCache.get(text);
  if (!d) {
    d = parsePartialDate(text);
    if (storedCache.size >= 200_000) storedCache.clear();
    storedCache.set(text, d);
  }
  return d;
};

/** The date, or undefined when the text is not one (no exception: importers probe many cells). */
export const tryParsePartialDate = (input: string): PartialDate | undefined => {
  const d = readPartialDate(input);
  return isDate(d) ? d : undefined;
};

export const partialDateFromDay = (day: Day): PartialDate => ({ text: formatDay(day), precision: 'day', earliest: day, latest: day });

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthIndex = (name: string): number => {
  const n = name.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.findIndex((m) => m === n || (n.length >= 3 && m.startsWith(n)));
  return i + 1;
};

/**
 * Reads dates as people and prose write them: "9 September 1948", "September 8, 1948", "May 2024", "Mar 2010",
 * "2010/03/01", "2010/3/1", "2010.3.1", "2010-3-1", "2010/03", Korean "2010년 3월 1일", "1948", or ISO. Always
 * year first when written in numbers (day-first and month-first numeric forms are ambiguous and refused). Returns
 * undefined for text that is not a date, so importers can report it.
 */
export const parseProseDate = (input: string): PartialDate | undefined => {
  const text = stripTrailingParenthesis(collapseSpaces(input));
  const iso = tryParsePartialDate(text);
  if (iso) return iso;
  const two = (n: number): string => String(n).padStart(2, '0');
  const build = (y: number, mo: number, d?: number): PartialDate | undefined => {
    if (mo < 1) return undefined;
    const t = d === undefined ? `${y}-${two(mo)}` : `${y}-${two(mo)}-${two(d)}`;
    return tryParsePartialDate(t);
  };
  let m = /^(\d{4})[/.-](\d{1,2})(?:[/.-](\d{1,2}))?$/.exec(text);
  if (m) return build(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  m = /^(\d{4})년(?: ?(\d{1,2})월(?: ?(\d{1,2})일)?)?$/.exec(text);
  if (m) return m[2] === undefined ? tryParsePartialDate(m[1]!) : build(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  m = /^(\d{1,2}) ([A-Za-z]+\.?),? (\d{4})$/.exec(text);
  if (m) return build(Number(m[3]), monthIndex(m[2]!), Number(m[1]));
  m = /^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$/.exec(text);
  if (m) return build(Number(m[3]), monthIndex(m[1]!), Number(m[2]));
  m = /^([A-Za-z]+) (\d{4})$/.exec(text);
  if (m) return build(Number(m[2]), monthIndex(m[1]!));
  return undefined;
};

/**
 * A date a user typed for a question (`--at`, `?at=`): every form `parseProseDate` reads, and `today`. Throws
 * INVALID_DATE naming `place`, with the forms that work.
 */
export const parseAskedDate = (input: string, today: string | (() => string), place: ErrorPlace = {}): PartialDate => {
  const text = input.trim();
  // The stored form, as most questions are asked, is read at once; the forms below explain what it gets wrong.
  const iso = readIso(text);
  if (isDate(iso)) return iso;
  if (/^today$/i.test(text)) return parsePartialDate(typeof today === 'function' ? today() : today, place);
  // Numbers year first that name no day (2010-02-30, 2010/13/1): the precise reason, not a list of forms.
  const numeric = /^(\d{4})[/.-](\d{1,2})(?:[/.-](\d{1,2}))?$/.exec(text);
  if (numeric) {
    const iso = [numeric[1], numeric[2]!.padStart(2, '0'), ...(numeric[3] ? [numeric[3].padStart(2, '0')] : [])].join('-');
    return parsePartialDate(iso, { ...place, value: place.value ?? input });
  }
  const d = parseProseDate(text);
  if (d) return d;
  throw new DomainError(
    'INVALID_DATE',
    `invalid date "${input}": write it as 2010-03-01, 2010/3/1, "1 March 2010", "March 2010", 2010, "2010년 3월 1일" or today`,
    { ...place, value: place.value ?? input },
  );
};

/**
 * The partial date that means exactly the days `[earliest, latest]`: a day, a whole month or year when the span is
 * one, else a range. Used where values are combined, so that no precision is invented.
 */
export const partialDateFromSpan = (earliest: Day, latest: Day): PartialDate => {
  if (earliest === latest) return partialDateFromDay(earliest);
  const a = formatDay(earliest);
  const b = formatDay(latest);
  const [ya, ma, da] = a.split('-');
  const [yb, mb] = b.split('-');
  if (ya === yb && da === '01') {
    if (ma === '01' && b.endsWith('-12-31')) return { text: ya!, precision: 'year', earliest, latest };
    if (ma === mb && dayFromParts(Number(ya), Number(ma), daysInMonth(Number(ya), Number(ma))) === latest) return { text: `${ya}-${ma}`, precision: 'month', earliest, latest };
  }
  return { text: `${a}..${b}`, precision: 'range', earliest, latest };
};

/** True when the two texts name the same set of days. */
export const samePartialDate = (a: PartialDate, b: PartialDate): boolean => a.earliest === b.earliest && a.latest === b.latest;
