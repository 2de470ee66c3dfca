import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one command line in-process, as the entry point would, with today fixed. */
export const runCli = async (argv: string[], today = '2026-11-28', terminal: Partial<Io> = {}): Promise<CliResult> => {
  let stdout = '';
  let stderr = '';
  const io: Io = { out: (t) => (stdout += t.endsWith('\n') ? t : `${t}\n`), err: (t) => (stderr += t.endsWith('\n') ? t : `${t}\n`), today, env: {}, ...terminal };
  const code = await main(argv, io);
  return { code, stdout, stderr };
};

export const runJson = async <T>(argv: string[]): Promise<T> => {
  const r = await runCli([...argv, '--json']);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
};
