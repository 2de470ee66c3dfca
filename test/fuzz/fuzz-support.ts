import { appendFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect } from 'vitest';
import { isDomainError } from '../../src/domain/errors.js';

/**
 * How many inputs each fuzz property tries: a quick sample in `npm test`, the long run under `npm run fuzz`
 * (CHANCERY_FUZZ=long), whose figures go to fuzz-results.jsonl.
 */
export const LONG = process.env['CHANCERY_FUZZ'] === 'long';
/** `CHANCERY_FUZZ_RUNS` sets every long run's count (a shorter long run, to try the harness). */
export const runs = (quick: number, long: number): number => (LONG ? Number(process.env['CHANCERY_FUZZ_RUNS'] ?? long) : quick);
/** A fuzz test's own time limit: the long run takes many minutes. */
export const FUZZ_TIMEOUT = LONG ? 4 * 3_600_000 : 120_000;

/** The most one input may take before the fuzz calls it a hang. Generous: a bound on pathology, not a benchmark. */
export const TIME_BOUND_MS = 10_000;

/** What a fuzz property saw: how many inputs, how many ended in an error that was not a refusal, the slowest. */
export class FuzzFigures {
  inputs = 0;
  refused = 0;
  crashes = 0;
  slowestMs = 0;
  slowestInput = '';

  constructor(readonly name: string) {}

  /** Runs one input; a DomainError is a refusal (expected), anything else a crash. Returns whether it was refused. */
  async run(describeInput: () => string, work: () => unknown): Promise<{ refused: boolean; error?: unknown }> {
    this.inputs++;
    const t0 = performance.now();
    let refused = false;
    let error: unknown;
    try {
      await work();
    } catch (e) {
      error = e;
      if (isDomainError(e)) refused = true;
      else this.crashes++;
    }
    const ms = performance.now() - t0;
    if (ms > this.slowestMs) {
      this.slowestMs = ms;
      this.slowestInput = describeInput().slice(0, 200);
      // The long run keeps the whole slowest input, to replay it.
      if (LONG) writeFileSync(`fuzz-slowest-${this.name.replace(/\W+/g, '-')}.txt`, describeInput());
    }
    if (refused) this.refused++;
    expect(error === undefined || refused, `crash on ${describeInput().slice(0, 300)}: ${(error as Error)?.stack}`).toBe(true);
    expect(ms, `took ${ms.toFixed(0)} ms on ${describeInput().slice(0, 300)}`).toBeLessThan(TIME_BOUND_MS);
    return { refused, error };
  }

  /** Prints the figures, and appends them to fuzz-results.jsonl on the long run. */
  report(): void {
    const line = { name: this.name, inputs: this.inputs, refused: this.refused, crashes: this.crashes, slowestMs: Math.round(this.slowestMs), slowestInput: this.slowestInput };
    if (LONG) {
      appendFileSync('fuzz-results.jsonl', `${JSON.stringify({ ...line, at: new Date().toISOString() })}\n`);
      console.log(JSON.stringify(line));
    }
  }
}

/** Text that has broken parsers before: runs of brackets and pipes, wiki markup, control characters, odd scripts. */
const NASTY = ['(', ')', '|', '{|', '|}', '|-', '!', '==', '===', '[[', ']]', '{{', '}}', '<ref>', '</ref>', '\n', '\t', '\u0000', '\u001b[2J', '\u202e', '선희', 'Ĉ', '"', "'''", '*', '#', ':', ';', ',', '–', '—', '\r\n'];

const payload: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.tuple(fc.constantFrom(...NASTY), fc.integer({ min: 1, max: 5000 })).map(([s, n]) => s.repeat(n)),
  fc.array(fc.constantFrom(...NASTY), { maxLength: 30 }).map((xs) => xs.join('')),
);

export interface TextMutation {
  op: 'insert' | 'delete' | 'replace' | 'duplicate' | 'swap-lines';
  at: number;
  length: number;
  text: string;
}

export const textMutation: fc.Arbitrary<TextMutation> = fc.record({
  op: fc.constantFrom('insert', 'delete', 'replace', 'duplicate', 'swap-lines'),
  at: fc.nat(),
  length: fc.nat({ max: 400 }),
  text: payload,
});

/** Applies mutations to a document: positions wrap around its length, so every mutation lands somewhere. */
export const mutateText = (doc: string, mutations: readonly TextMutation[]): string => {
  let s = doc;
  for (const m of mutations) {
    const at = s.length ? m.at % s.length : 0;
    if (m.op === 'insert') s = s.slice(0, at) + m.text + s.slice(at);
    else if (m.op === 'delete') s = s.slice(0, at) + s.slice(at + m.length);
    else if (m.op === 'replace') s = s.slice(0, at) + m.text + s.slice(at + m.length);
    else if (m.op === 'duplicate') s = s.slice(0, at + m.length) + s.slice(at, at + m.length) + s.slice(at + m.length);
    else {
      const lines = s.split('\n');
      const i = m.at % lines.length;
      const j = m.length % lines.length;
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      s = lines.join('\n');
    }
  }
  return s;
};

/** A JSON value of any shape, with hostile strings among the leaves. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    payload, fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
    fc.constantFrom('javascript:alert(1)', 'https://example.org/x', '2010-03-01', '2010', '0000-00-00', '9999-99-99', 'open', 'unknown', '1..2', 'x'.repeat(100_000)),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 10 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;
