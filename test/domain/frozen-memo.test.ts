import { describe, expect, it } from 'vitest';
import { memoOnFrozen } from '../../src/domain/frozen-memo.js';

describe('memoOnFrozen', () => {
  it('computes once for a frozen object and every time for one that may change', () => {
    let calls = 0;
    const size = memoOnFrozen((o: { items: number[] }) => (calls++, o.items.length));
    const frozen = Object.freeze({ items: [1, 2] });
    expect([size(frozen), size(frozen)]).toEqual([2, 2]);
    expect(calls).toBe(1);
    const open = { items: [1] };
    expect(size(open)).toBe(1);
    open.items.push(2);
    expect(size(open)).toBe(2);
    expect(calls).toBe(3);
  });
});
