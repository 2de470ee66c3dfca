import { createReadStream } from 'node:fs';
import { DomainError } from '../../domain/errors.js';

/** One row of a CSV file: its fields by header name, and the line it starts on (1-based; the header is line 1). */
export interface CsvRow {
  line: number;
  fields: Record<string, string>;
}

/**
 * An RFC 4180 parser as a state machine over characters: quoted fields with doubled quotes, commas and line breaks
 * inside quotes, CRLF or LF. Linear in the input, whatever it holds; fed chunk by chunk, it holds one row at a time.
 */
export class CsvParser {
  private field = '';
  private row: string[] = [];
  private quoted = false;
  private afterQuote = false;
  private line = 1;
  private rowLine = 1;
  private pendingCR = false;

  constructor(private readonly label: string) {}

  /** Parses a chunk; returns the rows it completed, each with the line it began on. */
  feed(chunk: string): { line: number; values: string[] }[] {
    const out: { line: number; values: string[] }[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (this.pendingCR) {
        this.pendingCR = false;
        if (c === '\n') continue;
      }
      if (this.quoted) {
        if (c === '"') {
          this.quoted = false;
          this.afterQuote = true;
        } else {
          if (c === '\n') this.line++;
          this.field += c;
        }
        continue;
      }
      if (c === '"') {
        if (this.afterQuote) {
          // A doubled quote inside a quoted field: one quote.
          this.field += '"';
          this.quoted = true;
          this.afterQuote = false;
        } else if (this.field === '') this.quoted = true;
        else throw new DomainError('PARSE_ERROR', `a quote inside an unquoted field (quote the whole field and double the quote)`, { file: this.label, line: this.line });
        continue;
      }
      if (c === ',') {
        this.row.push(this.field);
        this.field = '';
        this.afterQuote = false;
        continue;
      }
      if (c === '\n' || c === '\r') {
        this.row.push(this.field);
        out.push({ line: this.rowLine, values: this.row });
        this.row = [];
        this.field = '';
        this.afterQuote = false;
        this.line++;
        this.rowLine = this.line;
        this.pendingCR = c === '\r';
        continue;
      }
      if (this.afterQuote) throw new DomainError('PARSE_ERROR', 'text after a closing quote (a field is either quoted whole or not at all)', { file: this.label, line: this.line });
      this.field += c;
    }
    return out;
  }

  /** The last row, when the file does not end with a line break. */
  end(): { line: number; values: string[] }[] {
    if (this.quoted) throw new DomainError('PARSE_ERROR', 'a quoted field is not closed before the end of the file', { file: this.label, line: this.rowLine });
    if (this.field === '' && this.row.length === 0) return [];
    this.row.push(this.field);
    const last = { line: this.rowLine, values: this.row };
    this.row = [];
    this.field = '';
    return [last];
  }
}

/** Rows of a CSV text, for tests and small inputs. */
export const parseCsv = (text: string, label = 'input'): string[][] => {
  const p = new CsvParser(label);
  return [...p.feed(text), ...p.end()].map((r) => r.values);
};

/**
 * The rows of a CSV file with a header line, streamed: memory holds one row. A row with more fields than the header
 * is refused with its line; a blank line is skipped; a byte-order mark is dropped. A header without one of the
 * `required` columns is refused at line 1, before any row is read: a reader may then count on those columns.
 */
export async function* readCsvFile(file: string, label: string, required: readonly string[] = []): AsyncGenerator<CsvRow> {
  const parser = new CsvParser(label);
  let header: string[] | undefined;
  const rows = function* (parsed: { line: number; values: string[] }[]): Generator<CsvRow> {
    for (const r of parsed) {
      if (!header) {
        header = r.values.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
        const missing = required.filter((c) => !header!.includes(c));
        if (missing.length) {
          throw new DomainError('PARSE_ERROR', `missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')} ` +
            `(the header has ${header.map((h) => `"${h.slice(0, 40)}"`).slice(0, 20).join(', ')})`, { file: label, line: 1 });
        }
        continue;
      }
      if (r.values.length === 1 && r.values[0] === '') continue;
      if (r.values.length > header.length) throw new DomainError('PARSE_ERROR', `${r.values.length} fields where the header has ${header.length}`, { file: label, line: r.line });
      yield { line: r.line, fields: Object.fromEntries(header.map((h, i) => [h, r.values[i] ?? ''])) };
    }
  };
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 })) yield* rows(parser.feed(chunk as string));
  yield* rows(parser.end());
  if (!header && required.length) throw new DomainError('PARSE_ERROR', `an empty file: a header with ${required.map((c) => `"${c}"`).join(', ')} is needed`, { file: label, line: 1 });
}
