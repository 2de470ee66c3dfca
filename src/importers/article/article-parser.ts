import { DomainError } from '../../domain/errors.js';
import { parseProseDate } from '../../domain/time/partial-date.js';
import type { ArticleDocument, ArticleSection, ArticleTable, InfoboxEntry, Located } from './article-document.js';

/** `= Title =` → "Title"; undefined for anything else (a heading, `==` on either side). Read by position, not a regex. */
const titleOf = (line: string): string | undefined => {
  if (!line.startsWith('=') || !line.endsWith('=') || line.startsWith('==') || line.endsWith('==') || line.length < 3) return undefined;
  return line.slice(1, -1).trim() || undefined;
};

/** `== Section ==` → level 2 and "Section" (2 to 6 marks, the same on both sides). */
const headingOf = (line: string): { level: number; title: string } | undefined => {
  let open = 0;
  while (line[open] === '=') open++;
  let close = 0;
  while (close < line.length - open && line[line.length - 1 - close] === '=') close++;
  if (open < 2 || open > 6 || close !== open) return undefined;
  const title = line.slice(open, line.length - close).trim();
  return title ? { level: open, title } : undefined;
};
const INFOBOX = /^- ([^:]{1,60}): (.*)$/;
const GROUPED_KEY = /^([A-Za-z][A-Za-z ]*?)(\d+) (.+)$/;

const splitRow = (line: string): string[] => {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').map((c) => c.trim());
};

const looksLikeHeaderContinuation = (cells: string[]): boolean => cells.some((c) => c !== '') && cells.every((c) => !/\d/.test(c));

const isDateLike = (cell: string): boolean => /^(incumbent|present)$/i.test(cell) || parseProseDate(cell) !== undefined;

/**
 * Merges a two-line header. The rendering drops colspans, so the line-1 label that spans the line-2 labels is
 * found by trying each one and keeping the placement under which the sub-columns hold the most dates (sub-headers
 * of office-holder tables are dates: took office, left office).
 */
const mergeHeader = (first: string[], second: string[], rows: string[][], width: number): string[] => {
  const subs = second.filter((c) => c !== '');
  const labels = first.slice();
  while (labels.length > 0 && labels[labels.length - 1] === '' && labels.length > width - subs.length + 1) labels.pop();
  const candidates = labels.map((l, i) => ({ l, i })).filter((c) => c.l !== '');
  // Dates per column, counted once, and summed over any run of columns in one step (prefix sums): linear in the
  // table's cells however many labels and sub-labels a malformed header has.
  const span = Math.max(width, labels.length + subs.length);
  const prefix = [0];
  for (let c = 0; c < span; c++) prefix.push(prefix[c]! + rows.filter((r) => isDateLike(r[c] ?? '')).length);
  let best: { i: number; l: string; score: number } | undefined;
  for (const { l, i } of candidates) {
    let score = prefix[Math.min(i + subs.length, span)]! - prefix[Math.min(i, span)]!;
    if (/term|tenure|office|period|service/i.test(l)) score += 0.5;
    if (!best || score > best.score) best = { i, l, score };
  }
  const columns = best ? [...labels.slice(0, best.i), ...subs.map((s) => `${best!.l} / ${s}`), ...labels.slice(best.i + 1)] : labels;
  while (columns.length < width) columns.push('');
  return columns.slice(0, Math.max(width, columns.length));
};

const buildTable = (lines: Located<string>[]): ArticleTable => {
  const parsed = lines.map((l) => ({ line: l.line, cells: splitRow(l.value) }));
  const width = Math.max(...parsed.map((p) => p.cells.length));
  const header = parsed[0]!;
  const continuation = parsed[1] && looksLikeHeaderContinuation(parsed[1].cells) ? parsed[1] : undefined;
  const body = parsed.slice(continuation ? 2 : 1);
  const rows = body.map((b) => ({ line: b.line, value: [...b.cells, ...Array<string>(Math.max(0, width - b.cells.length)).fill('')] }));
  const columns = continuation
    ? mergeHeader(header.cells, continuation.cells, rows.map((r) => r.value), width)
    : [...header.cells, ...Array<string>(Math.max(0, width - header.cells.length)).fill('')];
  return { line: header.line, columns, rows };
};

/** Reads the article format (docs/formats.md) into its structure. Throws PARSE_ERROR naming file:line. */
export const parseArticle = (text: string, file: string): ArticleDocument => {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const firstIndex = lines.findIndex((l) => l.trim() !== '');
  const title = firstIndex >= 0 ? titleOf(lines[firstIndex]!.trim()) : undefined;
  if (!title) {
    throw new DomainError('PARSE_ERROR', 'an article starts with its title as "= Title ="', { file, line: firstIndex + 1, value: lines[firstIndex] ?? '' });
  }
  const doc: ArticleDocument = { file, title, infobox: [], lead: [], sections: [] };
  let current: ArticleSection | undefined;
  let tableLines: Located<string>[] = [];
  const flushTable = (): void => {
    if (tableLines.length === 0) return;
    if (!current) throw new DomainError('PARSE_ERROR', 'a table must stand under a heading', { file, line: tableLines[0]!.line });
    current.tables.push(buildTable(tableLines));
    tableLines = [];
  };

  for (let i = firstIndex + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed.startsWith('|')) {
      tableLines.push({ value: trimmed, line });
      continue;
    }
    flushTable();
    if (trimmed === '') continue;
    const heading = headingOf(trimmed);
    if (heading && (heading.title.startsWith('=') || heading.title.endsWith('='))) throw new DomainError('PARSE_ERROR', 'unbalanced heading markers', { file, line, value: trimmed });
    if (heading) {
      current = { level: heading.level, title: heading.title, line, paragraphs: [], bullets: [], tables: [] };
      doc.sections.push(current);
      continue;
    }
    if (trimmed.startsWith('=')) throw new DomainError('PARSE_ERROR', 'unbalanced heading markers', { file, line, value: trimmed });
    const infobox = INFOBOX.exec(trimmed);
    if (!current && doc.lead.length === 0 && infobox) {
      const key = infobox[1]!.trim();
      const grouped = GROUPED_KEY.exec(key);
      const entry: InfoboxEntry = { key, value: infobox[2]!.trim(), line };
      if (grouped) entry.group = { name: grouped[1]!.trim(), index: Number(grouped[2]), field: grouped[3]!.trim() };
      doc.infobox.push(entry);
      continue;
    }
    if (!current && doc.infobox.length === 0 && doc.lead.length === 0 && !doc.formalName && !trimmed.startsWith('- ')) {
      doc.formalName = { value: trimmed, line };
      continue;
    }
    if (trimmed.startsWith('- ')) {
      if (!current) throw new DomainError('PARSE_ERROR', 'a list item must stand under a heading', { file, line, value: trimmed });
      current.bullets.push({ value: trimmed.slice(2).trim(), line });
      continue;
    }
    (current ? current.paragraphs : doc.lead).push({ value: trimmed, line });
  }
  flushTable();
  return doc;
};
