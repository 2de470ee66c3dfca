import { CommanderError } from 'commander';
import { isDomainError } from '../domain/errors.js';
import { escapeControlCharacters } from '../domain/text.js';
import { EXIT_CODES, EXIT_UNEXPECTED } from './exit-codes.js';
import { MARKS } from './present.js';

const ANSI: Record<string, string> = { [MARKS.strong]: '\u001b[1m', [MARKS.dim]: '\u001b[2m', [MARKS.warn]: '\u001b[33m', [MARKS.error]: '\u001b[31m', [MARKS.end]: '\u001b[0m' };
const markedToAnsi = (t: string): string => t.replace(/[\ue000-\ue003\ue00f]/g, (c) => ANSI[c] ?? c);
import type { Io } from './io.js';
import { buildProgram } from './program.js';

/** Runs one command line and returns its exit code; never exits the process (tests call this directly). */
export const main = async (argv: readonly string[], raw: Io): Promise<number> => {
  // Every line printed passes here: control characters from the data can never reach the terminal as such.
  // Marks of emphasis become terminal codes only after the data is escaped (and only on a terminal).
  const render = (t: string) => (raw.style ? markedToAnsi(escapeControlCharacters(t)) : escapeControlCharacters(t));
  const io: Io = { ...raw, out: (t) => raw.out(render(t)), err: (t) => raw.err(render(t)) };
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (isDomainError(e)) {
      io.err(`chancery: ${e.describe()}`);
      return EXIT_CODES[e.code];
    }
    io.err(`chancery: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return EXIT_UNEXPECTED;
  }
};
