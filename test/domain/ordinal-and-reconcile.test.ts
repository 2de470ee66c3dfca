import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../src/domain/model.js';
import { nameKey } from '../../src/domain/names.js';
import { deriveOrdinals } from '../../src/domain/ordinal.js';
import { reconcileRow, splitCell } from '../../src/domain/reconcile.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';

const term = (id: string, personId: string, start: string | null, acting = false): Appointment => ({
  id, postId: 'p', personId, kind: acting ? 'acting' : 'substantive', sourceId: 's', interval: { start: start ? parsePartialDate(start) : null, end: { kind: 'unknown' } },
});

describe('ordinals derived by rule', () => {
  it('numbers substantive terms in order of start; acting and undated terms get none', () => {
    const o = deriveOrdinals([term('c', 'carol', '2007-05-18'), term('a', 'alice', '1998'), term('b', 'bob', '2007-01-03', true), term('x', 'xavier', null)]);
    expect([o.get('a'), o.get('b'), o.get('c'), o.get('x')]).toEqual([1, undefined, 2, undefined]);
  });

  it('a holder who follows themself keeps their number, even across an acting holder', () => {
    const o = deriveOrdinals([term('a1', 'alice', '2000'), term('b', 'bob', '2001', true), term('a2', 'alice', '2002'), term('c', 'carol', '2003'), term('a3', 'alice', '2004')]);
    expect([o.get('a1'), o.get('a2'), o.get('c'), o.get('a3')]).toEqual([1, 1, 2, 3]);
  });
});

const names = new Map(
  [['Kim Il Sung', 'kim-il-sung'], ['Kim Il', 'kim-il'], ['Pak Song-chol', 'pak-song-chol'], ['Ri Jong-ok', 'ri-jong-ok'], ['Pak Pong-ju', 'pak-pong-ju'], ['Kim Yong-il', 'kim-yong-il'], ['Kim Yong-nam', 'kim-yong-nam']].map(([n, id]) => [nameKey(n!), id!]),
);

describe('cells whose names ran together', () => {
  it('splits by known names, longest first', () => {
    const tokens = splitCell('Kim Il Sung Kim Il Pak Song-chol Ri Jong-ok', names);
    expect(tokens.map((t) => (t.kind === 'person' ? t.personId : t.kind))).toEqual(['kim-il-sung', 'kim-il', 'pak-song-chol', 'ri-jong-ok']);
  });

  it('reads vacancies and keeps words it cannot place', () => {
    const tokens = splitCell('Kim Il Sung Office vacant Nobody Known', names);
    expect(tokens.map((t) => t.kind)).toEqual(['person', 'vacant', 'unknown']);
    expect(tokens[2]!.text).toBe('Nobody Known');
  });

  it('gives a cell shifted left to the column it belongs to, and marks the emptied one lost', () => {
    const label = (id: string) => id;
    const result = reconcileRow(
      [
        { column: 'Head of state', cell: 'Pak Pong-ju Kim Yong-il', derived: ['kim-yong-nam'], everHeld: new Set(['kim-yong-nam', 'kim-il-sung']) },
        { column: 'Premier', cell: '', derived: ['pak-pong-ju', 'kim-yong-il'], everHeld: new Set(['pak-pong-ju', 'kim-yong-il']) },
      ],
      names,
      label,
    );
    expect(result.get('Head of state')!.status).toBe('lost');
    expect(result.get('Premier')).toMatchObject({ status: 'match', shiftedFrom: 'Head of state' });
  });

  it('reports what the source has and dated data lacks, and the reverse', () => {
    const result = reconcileRow([{ column: 'Head of state', cell: 'Kim Il Sung Office vacant', derived: ['kim-il-sung', 'kim-yong-nam'], everHeld: new Set(['kim-il-sung', 'kim-yong-nam']) }], names, (id) => id);
    expect(result.get('Head of state')).toMatchObject({ status: 'mismatch', missing: ['kim-yong-nam'], extra: ['Office vacant'] });
  });
});
