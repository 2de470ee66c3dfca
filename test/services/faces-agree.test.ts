import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { chart, type ChartNode } from '../../src/services/chart.service.js';
import { coverage } from '../../src/services/coverage.service.js';
import { diff } from '../../src/services/diff.service.js';
import { route } from '../../src/services/routing.service.js';
import { databaseTargets, useBundledRegistry } from '../support/databases.js';

const at = (d: string) => parsePartialDate(d);
/** Every subject a chart shows handled, with how surely, by subject name. */
const handled = (n: ChartNode, out = new Map<string, string>()): Map<string, string> => {
  for (const r of n.responsibilities) if (out.get(r.subject.name) !== 'certain') out.set(r.subject.name, r.certainty);
  for (const u of n.units) handled(u, out);
  return out;
};

// Issue 20, item 5: diff, chart, route and the map read responsibilities by one rule (the unit's life and the
// subject's): a state that did not exist is never "added", and a change the chart shows is a change the diff lists.
describe.each(databaseTargets)('diff, chart, route and the map tell one story ($name)', (target) => {
  const registry = useBundledRegistry(target);

  it('diff mfa 1947 to 1949 adds no state that did not exist in 1949, and marks what is only possibly handled', async () => {
    const d = await diff(registry(), 'mfa', at('1947'), at('1949'));
    const gained = d.responsibilities.gained;
    expect(gained.length).toBeGreaterThan(100);
    expect(gained.map((g) => g.subject)).not.toContain('South Sudan');
    expect((await route(registry(), 'South Sudan', at('1949-01-01'))).status).toBe('not-existing');
    const after = handled((await chart(registry(), 'mfa', at('1949-01-01'))).root);
    for (const g of gained) {
      // Each subject added is one the chart of the later day shows, as surely; and route does not say it did not exist.
      expect(after.get(g.subject), g.subject).toBe(g.certainty);
      expect((await route(registry(), g.subject, at('1949-01-01'))).status, g.subject).not.toBe('not-existing');
    }
    expect(gained.some((g) => g.certainty === 'possible')).toBe(true);
  });

  it('diff mfa 2010 to 2012 lists what the charts of the two days differ by (South Sudan, from 2011)', async () => {
    const d = await diff(registry(), 'mfa', at('2010'), at('2012'));
    const [before, after] = [handled((await chart(registry(), 'mfa', at('2010-01-01'))).root), handled((await chart(registry(), 'mfa', at('2012-01-01'))).root)];
    const added = [...after.keys()].filter((s) => !before.has(s)).sort();
    const dropped = [...before.keys()].filter((s) => !after.has(s)).sort();
    expect(added).toContain('South Sudan');
    expect(d.responsibilities.gained.map((g) => g.subject).sort()).toEqual(added);
    expect(d.responsibilities.lost.map((g) => g.subject).sort()).toEqual(dropped);
  });

  it('the map and route agree: no state on the 1949 map that route says did not exist', async () => {
    const map = await coverage(registry(), at('1949-01-01'));
    expect(map.countries.map((c) => c.subject.name)).not.toContain('South Sudan');
    expect(map.countries.length).toBeGreaterThan(100);
    for (const c of map.countries.slice(0, 40)) {
      const r = await route(registry(), c.subject.code!, at('1949-01-01'));
      expect(c.status, c.subject.name).toBe(r.status);
      expect(c.units.map((u) => u.certainty)).toEqual(r.candidates.map((x) => x.certainty));
    }
  });
});
