import { MARKED, type Style } from './present.js';

/** Where commands write: the real streams in the entry point, buffers in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Today's date as YYYY-MM-DD: read from the clock at the edge only. */
  today: string;
  env: Record<string, string | undefined>;
  /** Output goes to a person at a terminal (not a pipe or a file): logs are written for reading, not parsing. */
  interactive?: boolean;
  /** Emphasis for text output: colour on a terminal (unless NO_COLOR is set), none otherwise. */
  style?: Style;
  /** A status line redrawn in place (a terminal only): progress of a long command. `done` clears it. */
  progress?: (text: string, done?: boolean) => void;
  /** The raw output stream, for a command that streams more than fits in one text (an export). */
  stdout?: NodeJS.WritableStream;
}

export const processIo = (): Io => ({
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  today: new Date().toISOString().slice(0, 10),
  env: process.env,
  interactive: process.stdout.isTTY === true,
  stdout: process.stdout,
  ...(process.stdout.isTTY && !process.env['NO_COLOR'] ? { style: MARKED } : {}),
  ...(process.stderr.isTTY ? { progress: (text: string, done?: boolean) => process.stderr.write(done ? '\r\u001b[2K' : `\r\u001b[2K${text.slice(0, (process.stderr.columns || 80) - 1)}`) } : {}),
});
