import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { width } from '../../src/cli/text-width.js';

describe('terminal width', () => {
  it('agrees with string-width on names in Latin, Hangul, CJK and fullwidth letters, with combining marks', () => {
    const alphabet = fc.constantFrom(...'AaZz -()\'.,ĈŏŭéÜ박의춘최선희金正恩北朝鮮ＡＢｶﾅ\u0301\u0308'.split(''), '한', '국', '👍', '\u200b');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 30 }).map((cs) => cs.join('')), (s) => {
      expect(width(s)).toBe(stringWidth(s));
    }), { numRuns: 500 });
  });
});
