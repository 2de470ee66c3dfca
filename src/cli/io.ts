/** Where commands write: the real streams in the entry point, buffers in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Today's date as YYYY-MM-DD: read from the clock at the edge only. */
  today: string;
  env: Record<string, string | undefined>;
  /** A status line redrawn in place (a terminal only): progress of a long command. `done` clears it. */
  progress?: (text: string, done?: boolean) => void;
}

export const processIo = (): Io => ({
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  today: new Date().toISOString().slice(0, 10),
  env: process.env,
  ...(process.stderr.isTTY ? { progress: (text: string, done?: boolean) => process.stderr.write(done ? '\r\u001b[2K' : `\r\u001b[2K${text.slice(0, (process.stderr.columns || 80) - 1)}`) } : {}),
});
