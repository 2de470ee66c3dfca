/** Where commands write: the real streams in the entry point, buffers in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Today's date as YYYY-MM-DD: read from the clock at the edge only. */
  today: string;
  env: Record<string, string | undefined>;
}

export const processIo = (): Io => ({
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  today: new Date().toISOString().slice(0, 10),
  env: process.env,
});
