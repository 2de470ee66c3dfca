import { CommanderError } from 'commander';
import { isDomainError } from '../domain/errors.js';
import { EXIT_CODES, EXIT_UNEXPECTED } from './exit-codes.js';
import type { Io } from './io.js';
import { buildProgram } from './program.js';

/** Runs one command line and returns its exit code; never exits the process (tests call this directly). */
export const main = async (argv: readonly string[], io: Io): Promise<number> => {
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
