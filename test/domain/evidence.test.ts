import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidenceWindows, firstEvidence } from '../../src/domain/evidence.js';
import { extentOf, type Interval } from '../../src/domain/time/interval.js';
import { partialDateFromSpan } from '../../src/domain/time/partial-date.js';

const day = fc.integer({ min: -20000, max: 20000 });
const interval: fc.Arbitrary<Interval> = fc.record({
  start: fc.option(fc.tuple(day, fc.integer({ min: 0, max: 400 })), { nil: null }),
  end: fc.oneof(
    fc.record({ kind: fc.constant('date' as const), len: fc.integer({ min: 1, max: 5000 }), wide: fc.integer({ min: 0, max: 400 }) }),
    fc.record({ kind: fc.constant('open' as const), asOf: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }) }),
    fc.record({ kind: fc.constant('unknown' as const) }),
  ),
}).map(({ start, end }): Interval => {
  const s = start ? partialDateFromSpan(start[0], start[0] + start[1]) : null;
  const base = s ? s.latest : 0;
  if (end.kind === 'date') return { start: s, end: { kind: 'date', date: partialDateFromSpan(base + end.len, base + end.len + end.wide) } };
  if (end.kind === 'open') return { start: s, end: end.asOf === undefined ? { kind: 'open' } : { kind: 'open', asOf: base + end.asOf } };
  return { start: s, end: { kind: 'unknown' } };
});
const terms = fc.array(fc.record({ interval, takesSeat: fc.boolean(), acting: fc.boolean() }), { maxLength: 8 });
const inSpan = (s: { from: number | null; to: number | null } | undefined, d: number) => s !== undefined && (s.from === null || s.from <= d) && (s.to === null || d < s.to);

describe('evidence windows: what the terms of a post say of each other\'s unknown bounds', () => {
  it('only narrows: a day possible after is possible before, a day certain after is certain before', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 3 }), terms, fc.array(day, { minLength: 1, maxLength: 5 }), (seats, ts, days) => {
      const given = ts.map((t) => ({ ...t, extent: extentOf(t.interval) }));
      const out = evidenceWindows(seats, given);
      out.forEach((w, i) => {
        for (const d of days) {
          if (inSpan(w.extent.possible, d)) expect(inSpan(given[i]!.extent.possible, d)).toBe(true);
          if (inSpan(w.extent.certain, d)) expect(inSpan(given[i]!.extent.certain, d)).toBe(true);
          if (inSpan(w.extent.certain, d)) expect(inSpan(w.extent.possible, d)).toBe(true);
        }
      });
    }), { numRuns: 400 });
  });

  it('a term whose start is unknown is not possible before its first evidence', () => {
    fc.assert(fc.property(terms, (ts) => {
      const out = evidenceWindows(1, ts.map((t) => ({ ...t, extent: extentOf(t.interval) })));
      out.forEach((w, i) => {
        const first = firstEvidence(ts[i]!.interval);
        expect(w.firstRecorded).toBe(first);
        if (first !== undefined && w.extent.possible) expect(w.extent.possible.from).not.toBeNull();
        if (first !== undefined && w.extent.possible) expect(w.extent.possible.from!).toBeGreaterThanOrEqual(first);
      });
    }), { numRuns: 400 });
  });

  it('a term with no end date is not possible once later terms certainly fill every seat', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 3 }), terms, day, (seats, ts, d) => {
      const given = ts.map((t) => ({ ...t, extent: extentOf(t.interval) }));
      const out = evidenceWindows(seats, given);
      given.forEach((t, i) => {
        if (t.interval.end.kind === 'date' || !inSpan(out[i]!.extent.possible, d)) return;
        const began = out[i]!.extent.certain?.from ?? out[i]!.extent.possible?.from ?? null;
        if (began === null || began === undefined) return;
        const later = given.filter((o, j) => j !== i && o.takesSeat && o.extent.certain?.from !== null && o.extent.certain !== undefined
          && o.extent.certain.from! > began && inSpan(o.extent.certain, d));
        // Where it is still possible, fewer than `seats` later terms hold the post (and, if acting, no substantive one).
        expect(later.length).toBeLessThan(seats);
        if (t.acting) expect(later.some((o) => !o.acting)).toBe(false);
      });
    }), { numRuns: 400 });
  });

  it('ends a chargé whose end is unknown when the next ambassador takes office', () => {
    const d = (text: string, a: number, b = a) => ({ ...partialDateFromSpan(a, b), text });
    const chad: Interval[] = [
      { start: d('1961', 0, 364), end: { kind: 'unknown' } },
      { start: d('1965', 1461), end: { kind: 'date', date: d('1968', 2557) } },
    ];
    const out = evidenceWindows(1, chad.map((interval, i) => ({ interval, extent: extentOf(interval), takesSeat: true, acting: i === 0 })));
    expect(out[0]!.extent.possible).toEqual({ from: 0, to: 1461 });
  });
});
