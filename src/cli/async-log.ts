import { write as writeFd, writeSync } from 'node:fs';

/** A log destination that never makes a request wait for a write: lines gather in memory and go out in the background. */
export interface AsyncLog {
  /** Takes a line (as the logger hands it over); returns at once. */
  write(chunk: string): boolean;
  /** Writes what is waiting now, synchronously: at shutdown, so that the last lines are not lost. */
  flushSync(): void;
}

/**
 * Writes to a file descriptor (standard output for `serve`) asynchronously, as pino's own asynchronous destination
 * does: on Linux, writing to a pipe or a file from Node is synchronous, and a server that logs each request paid the
 * write on its event loop (about a tenth of a request's time in issue 24's profile). Lines are gathered until
 * `minLength` characters or `flushMs` have passed, then written off the event loop, one write at a time, in order.
 * Past `maxLength` waiting (a reader that does not keep up), new lines are dropped and counted, never an unbounded heap;
 * the count is written when the writing catches up.
 */
export const asyncLog = (fd: number, options: { minLength?: number; flushMs?: number; maxLength?: number } = {}): AsyncLog => {
  const minLength = options.minLength ?? 4096;
  const maxLength = options.maxLength ?? 16 * 1024 * 1024;
  let waiting: string[] = [];
  let length = 0;
  let writing = false;
  let dropped = 0;
  let timer: NodeJS.Timeout | undefined;

  const take = (): Buffer | undefined => {
    if (dropped) {
      waiting.push(`${JSON.stringify({ level: 40, time: Date.now(), msg: `${dropped} log lines dropped: the log's reader did not keep up` })}\n`);
      dropped = 0;
    }
    if (waiting.length === 0) return undefined;
    const out = Buffer.from(waiting.join(''));
    waiting = [];
    length = 0;
    return out;
  };
  const writeAll = (buffer: Buffer, offset: number): void => {
    writeFd(fd, buffer, offset, buffer.length - offset, null, (error, written) => {
      if (!error && offset + written < buffer.length) return writeAll(buffer, offset + written);
      // A log that cannot be written (a closed pipe) is given up; the server goes on.
      writing = false;
      // Lines that came while writing go out now (their timer may have fired meanwhile).
      if (waiting.length || dropped) flush();
    });
  };
  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (writing) return;
    const buffer = take();
    if (!buffer) return;
    writing = true;
    writeAll(buffer, 0);
  };
  return {
    write: (chunk) => {
      if (length > maxLength) {
        dropped++;
        return true;
      }
      waiting.push(chunk);
      length += chunk.length;
      if (length >= minLength) flush();
      else if (!timer) {
        timer = setTimeout(flush, options.flushMs ?? 250);
        timer.unref();
      }
      return true;
    },
    flushSync: () => {
      clearTimeout(timer);
      timer = undefined;
      const buffer = take();
      if (!buffer) return;
      try {
        for (let offset = 0; offset < buffer.length;) offset += writeSync(fd, buffer, offset);
      } catch {
        // As above: a log that cannot be written is given up.
      }
    },
  };
};
