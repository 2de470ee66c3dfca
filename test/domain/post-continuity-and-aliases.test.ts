import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inferPostContinuity, LINK_WINDOW_DAYS, type OrganizationLink, type RankedPost } from '../../src/domain/post-continuity.js';
import { postAliasForms } from '../../src/domain/post-aliases.js';
import { nameKey } from '../../src/domain/names.js';

const DAY = 10_000;
const post = (id: string, organizationId: string, rank: number | undefined, terms: [number, number | null][]): RankedPost => ({ id, organizationId, rank, terms });
const link = (fromId: string, toId: string, kind: OrganizationLink['kind'] = 'continues-as', day: number | null = DAY): OrganizationLink => ({ fromId, toId, kind, date: day === null ? null : 'd', day });

describe('post continuity inferred from organization links (decision 19)', () => {
  it('links the head held up to the day to the successor\'s post of the same rank held from it, as the same kind of link', () => {
    const posts = [
      post('sos-h', 'dh', 3, [[DAY - 900, DAY]]), post('mos-h', 'dh', 4, [[DAY - 900, DAY]]),
      post('sos-hsc', 'dhsc', 3, [[DAY, null]]), post('dpm', 'dhsc', 2, [[DAY + 2000, DAY + 2100]]), post('mos-a', 'dhsc', 4, [[DAY, null]]),
    ];
    expect(inferPostContinuity([link('dh', 'dhsc')], posts, 3)).toEqual([{ fromId: 'sos-h', toId: 'sos-hsc', kind: 'continues-as', date: 'd' }]);
    expect(inferPostContinuity([link('dh', 'dhsc', 'split-into')], posts, 3)).toEqual([expect.objectContaining({ kind: 'split-into' })]);
  });

  it('infers nothing from a transfer of functions, an undated link, a rank shared by two posts then, or posts below the heads', () => {
    const posts = [post('a', 'x', 3, [[0, DAY]]), post('b', 'y', 3, [[DAY, null]]), post('c', 'y', 3, [[DAY - 5, null]]), post('m1', 'x', 4, [[0, DAY]]), post('m2', 'y', 4, [[DAY, null]])];
    expect(inferPostContinuity([link('x', 'y', 'functions-to')], posts, 3)).toEqual([]);
    expect(inferPostContinuity([link('x', 'y', 'continues-as', null)], posts, 3)).toEqual([]);
    expect(inferPostContinuity([link('x', 'y')], posts, 3)).toEqual([]);
    expect(inferPostContinuity([link('x', 'y')], posts.filter((p) => p.rank === 4), 3)).toEqual([]);
  });

  it('property: every link inferred joins posts of one rank at most the head rank, of the linked organizations, each alone at its rank on the day', () => {
    const arbPost = fc.record({
      id: fc.uuid(), organizationId: fc.constantFrom('a', 'b', 'c'), rank: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
      terms: fc.array(fc.tuple(fc.integer({ min: DAY - 400, max: DAY + 400 }), fc.option(fc.integer({ min: DAY - 400, max: DAY + 400 }), { nil: null })), { maxLength: 3 }),
    });
    const arbLink = fc.record({ fromId: fc.constantFrom('a', 'b', 'c'), toId: fc.constantFrom('a', 'b', 'c'), kind: fc.constantFrom('continues-as', 'merged-into', 'split-into', 'functions-to') as fc.Arbitrary<OrganizationLink['kind']>, date: fc.constant('d'), day: fc.constant(DAY) });
    fc.assert(fc.property(fc.array(arbPost, { maxLength: 12 }), fc.array(arbLink, { maxLength: 4 }), fc.integer({ min: 1, max: 5 }), (posts, links, head) => {
      const byId = new Map(posts.map((p) => [p.id, p]));
      for (const l of inferPostContinuity(links, posts, head)) {
        const [from, to] = [byId.get(l.fromId)!, byId.get(l.toId)!];
        expect(from.rank).toBe(to.rank);
        expect(from.rank!).toBeLessThanOrEqual(head);
        expect(l.kind).not.toBe('functions-to');
        expect(links.some((x) => x.fromId === from.organizationId && x.toId === to.organizationId && x.kind === l.kind)).toBe(true);
        const endsNear = (p: RankedPost) => p.terms.some(([s, e]) => s <= DAY && (e === null || e >= DAY - LINK_WINDOW_DAYS));
        expect(posts.filter((p) => p.organizationId === from.organizationId && p.rank === from.rank && endsNear(p))).toHaveLength(1);
      }
    }));
  });
});

describe('names people use for posts', () => {
  it('gives the other forms of a post\'s name, with the country as typed', () => {
    expect(postAliasForms('Ambassador to Japan')).toContain('Chief of Mission to Japan');
    expect(postAliasForms('chief of mission to the United Kingdom')).toContain('Ambassador to the United Kingdom');
    expect(postAliasForms('Foreign Minister')).toContain('Minister of Foreign Affairs');
    expect(postAliasForms('Minister of Foreign Affairs')).toContain('Foreign Minister');
    expect(postAliasForms('Defence Minister')).toContain('Minister of Defence');
    expect(postAliasForms('Premier')).toEqual([]);
    expect(postAliasForms('Ambassador to')).toEqual([]);
  });

  it('property: the forms are symmetric (each form gives back the name) and never the name itself', () => {
    const country = fc.array(fc.constantFrom('Japan', 'the', 'United', 'Kingdom', 'Côte', "d'Ivoire", 'Korea'), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    fc.assert(fc.property(country, fc.constantFrom('Ambassador to', 'Chief of Mission to', 'Envoy to'), (x, head) => {
      const name = `${head} ${x}`;
      const forms = postAliasForms(name);
      expect(forms.length).toBeGreaterThan(0);
      for (const f of forms) {
        expect(nameKey(f)).not.toBe(nameKey(name));
        expect(postAliasForms(f).map(nameKey)).toContain(nameKey(name));
      }
    }));
  });
});
