import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asyncLog } from '../../src/cli/async-log.js';

const dir = mkdtempSync(join(tmpdir(), 'chancery-log-'));
let files = 0;

/** Resolves once `file` holds `expected` characters (the writes happen off the event loop). */
const settled = async (file: string, expected: number): Promise<string> => {
  for (;;) {
    const text = readFileSync(file, 'utf8');
    if (text.length >= expected) return text;
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe("serve's request log", () => {
  it('returns before the line is written (the request does not wait), and writes every line, in order, once', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.string({ maxLength: 300 }).map((s) => `${JSON.stringify({ msg: s })}\n`), { minLength: 1, maxLength: 200 }), fc.integer({ min: 1, max: 2048 }), async (lines, minLength) => {
      const file = join(dir, `log-${++files}.jsonl`);
      const fd = openSync(file, 'w');
      try {
        const log = asyncLog(fd, { minLength, flushMs: 1 });
        log.write(lines[0]!);
        // A line shorter than a batch is not written while it is handed over: it waits for others or for its timer.
        if (lines[0]!.length < minLength) expect(readFileSync(file, 'utf8')).toBe('');
        for (const line of lines.slice(1)) log.write(line);
        const text = await settled(file, lines.join('').length);
        expect(text).toBe(lines.join(''));
      } finally {
        closeSync(fd);
      }
    }), { numRuns: 30 });
  });

  it('writes what waits at shutdown synchronously, so that the last lines are kept', () => {
    const file = join(dir, `log-${++files}.jsonl`);
    const fd = openSync(file, 'w');
    try {
      const log = asyncLog(fd, { minLength: 1 << 20, flushMs: 60_000 });
      log.write('{"msg":"a"}\n');
      log.write('{"msg":"b"}\n');
      expect(readFileSync(file, 'utf8')).toBe('');
      log.flushSync();
      expect(readFileSync(file, 'utf8')).toBe('{"msg":"a"}\n{"msg":"b"}\n');
    } finally {
      closeSync(fd);
    }
  });

  it('drops lines past its limit when the reader does not keep up, and says how many', () => {
    const file = join(dir, `log-${++files}.jsonl`);
    const fd = openSync(file, 'w');
    try {
      const log = asyncLog(fd, { minLength: 1 << 20, flushMs: 60_000, maxLength: 10 });
      for (let i = 0; i < 5; i++) log.write(`{"msg":"line ${i}"}\n`);
      log.flushSync();
      const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { msg: string });
      expect(lines.map((l) => l.msg)).toEqual(['line 0', '4 log lines dropped: the log\'s reader did not keep up']);
    } finally {
      closeSync(fd);
    }
  });
});
