import { describe, expect, it } from 'vitest';
import { careerSchema, diffSchema, holdersSchema, whoSchema } from '../../src/api/answer-schemas.js';
import { CONTINUITY_RULE, CONTINUITY_SOURCE } from '../../src/domain/post-continuity.js';
import { runCli, runJson } from '../support/cli.js';
import { databaseTargets } from '../support/databases.js';
import { useImportedRegistry } from '../support/imported-registry.js';

const enc = encodeURIComponent;
interface Note { code: string; text: string; [k: string]: unknown }
interface Who { post: { name: string }; status: string; holders: { person: { name: string }; ordinal: number | null }[]; notes: Note[] }
interface Holders { terms: { person: { name: string }; post: { name: string }; ordinal: number | null; start: string | null }[] }

// IfG links the Department of Health to Health and Social Care (renamed 2018-01-08) but keeps their Secretaries of
// State as two posts: the registry links them as one post going on, by its own rule, and says so (decision 19).
describe.each(databaseTargets)('post continuity through reorganizations, on the IfG registry on $name', (target) => {
  const registry = useImportedRegistry(target, 'ifg-ministers');
  const api = async (url: string): Promise<unknown> => {
    const res = await registry().app.inject({ url });
    expect(res.statusCode, url).toBe(200);
    return res.json();
  };

  it('who "Secretary of State for Health" on 2019-01-01: the holder of the post it went on as, with a note giving the rule', async () => {
    const fromApi = whoSchema.parse(await api(`/api/who?post=${enc('Secretary of State for Health')}&at=2019-01-01`)) as unknown as Who;
    expect(fromApi.status).toBe('held');
    expect(fromApi.holders.map((h) => h.person.name)).toEqual(['Matt Hancock']);
    expect(fromApi.notes).toEqual([expect.objectContaining({
      code: 'post-continued-as', post: expect.objectContaining({ name: 'Secretary of State for Health' }),
      successors: [expect.objectContaining({ name: 'Secretary of State for Health and Social Care' })], kind: 'continues-as', inferred: true, rule: CONTINUITY_RULE,
    })]);
    expect(fromApi.notes[0]!.text).toContain('continued as Secretary of State for Health and Social Care on 2018-01-08');
    expect(fromApi.notes[0]!.text).toContain(CONTINUITY_RULE);
    const fromCli = await runJson<Who>(['who', 'Secretary of State for Health', '--at', '2019-01-01', '--db', registry().db]);
    expect(fromCli.notes).toEqual(fromApi.notes);
    const printed = (await runCli(['who', 'Secretary of State for Health', '--at', '2019-01-01', '--db', registry().db])).stdout;
    expect(printed).toContain(`note: ${fromApi.notes[0]!.text}`);
    expect(printed).toContain('Matt Hancock');
  });

  it('holders follow the continuation: one numbering across both posts, a holder who goes on keeps their number', async () => {
    const table = holdersSchema.parse(await api(`/api/holders?post=${enc('Secretary of State for Health and Social Care')}`)) as unknown as Holders;
    const posts = new Set(table.terms.map((t) => t.post.name));
    expect(posts).toEqual(new Set(['Secretary of State for Health', 'Secretary of State for Health and Social Care']));
    const hunt = table.terms.filter((t) => t.person.name === 'Jeremy Hunt');
    expect(hunt.map((t) => t.post.name)).toEqual(['Secretary of State for Health', 'Secretary of State for Health and Social Care']);
    expect(hunt[1]!.ordinal).toBe(hunt[0]!.ordinal);
    const hancock = table.terms.find((t) => t.person.name === 'Matt Hancock')!;
    expect(hancock.ordinal).toBe(hunt[0]!.ordinal! + 1);
    // Numbering does not restart at 1 in the successor: no term of it is numbered 1.
    expect(table.terms.filter((t) => t.post.name.endsWith('Social Care') && t.ordinal === 1)).toEqual([]);
    // The former post's table is the same list.
    const former = await runJson<Holders>(['holders', 'Secretary of State for Health', '--db', registry().db]);
    expect(former.terms.map((t) => [t.person.name, t.ordinal])).toEqual(table.terms.map((t) => [t.person.name, t.ordinal]));
  });

  it('a former post asked after it ended points to its continuation: a split names both successors', async () => {
    const gone = whoSchema.parse(await api(`/api/who?post=${enc('Secretary of State for Social Services')}&at=1990-01-01`)) as unknown as Who;
    expect(gone.status).toBe('not-existing');
    expect(gone.notes).toEqual([expect.objectContaining({
      code: 'post-continued-as', kind: 'split-into', inferred: true, date: '1988-07-25',
      successors: expect.arrayContaining([expect.objectContaining({ name: 'Secretary of State for Health' }), expect.objectContaining({ name: 'Secretary of State for Social Security' })]),
    })]);
    expect(gone.notes[0]!.text).toMatch(/^Secretary of State for Social Services was split into Secretary of State for (Health|Social Security) and /);
    // Before it ended, no note.
    expect((whoSchema.parse(await api(`/api/who?post=${enc('Secretary of State for Social Services')}&at=1980-01-01`)) as unknown as Who).notes).toEqual([]);
  });

  it('a post merged from two does not join their lists (which one it goes on numbering is unknown), but the note says where each went', async () => {
    const beis = await runJson<Holders>(['holders', 'Secretary of State for Business, Energy and Industrial Strategy', '--db', registry().db]);
    expect(new Set(beis.terms.map((t) => t.post.name))).toEqual(new Set(['Secretary of State for Business, Energy and Industrial Strategy']));
    expect(beis.terms[0]).toMatchObject({ person: { name: 'Greg Clark' }, ordinal: 1 });
    const decc = await runJson<Who>(['who', 'Secretary of State for Energy and Climate Change', '--at', '2017-01-01', '--db', registry().db]);
    expect(decc.notes).toEqual([expect.objectContaining({ code: 'post-continued-as', kind: 'merged-into', successors: [expect.objectContaining({ name: 'Secretary of State for Business, Energy and Industrial Strategy' })] })]);
  });

  it('the links are Chancery\'s own, under a derived source that states the rule', async () => {
    const { store } = registry();
    const source = (await store.sources.getMany([CONTINUITY_SOURCE.id]))[0];
    expect(source).toMatchObject({ kind: 'derived', note: CONTINUITY_RULE });
    const [health] = (await store.names.byKey('secretaryofstateforhealth', 'post')).map((n) => n.entityId);
    const links = (await store.successions.touching('post', [health!])).filter((l) => l.fromId === health);
    expect(links).toEqual([expect.objectContaining({ kind: 'continues-as', sourceId: CONTINUITY_SOURCE.id, ordinals: 'continue', note: CONTINUITY_RULE })]);
  });

  it('diff reports a rename, a merger and a split as such, not as a unit abolished and one established', async () => {
    const renamed = diffSchema.parse(await api(`/api/diff?org=${enc('Department of Health')}&from=2017-01-01&to=2019-01-01`));
    expect(renamed.units.abolished).toEqual([]);
    expect(renamed.units.reorganized).toEqual([expect.objectContaining({
      kind: 'continues-as', from: [expect.objectContaining({ name: 'Department of Health' })], to: [expect.objectContaining({ name: 'Department of Health and Social Care' })],
    })]);
    const printed = (await runCli(['diff', 'Department of Health', '--from', '2017-01-01', '--to', '2019-01-01', '--db', registry().db])).stdout;
    expect(printed).toContain('~ renamed: Department of Health → Department of Health and Social Care');
    expect(printed).not.toContain('- unit');
    const merged = await runJson<ReturnType<typeof diffSchema.parse>>(['diff', 'Department for Business, Energy and Industrial Strategy', '--in', '2016', '--db', registry().db]);
    expect(merged.units.reorganized).toEqual([expect.objectContaining({ kind: 'merged-into', to: [expect.objectContaining({ name: 'Department for Business, Energy and Industrial Strategy' })] })]);
    expect(merged.units.reorganized[0]!.from.map((u) => u.name).sort()).toEqual(['Department for Business, Innovation and Skills', 'Department of Energy and Climate Change']);
    expect(merged.units.established).toEqual([]);
    const split = (await runCli(['diff', 'Department for Business, Energy and Industrial Strategy', '--in', '2023', '--db', registry().db])).stdout;
    expect(split).toMatch(/~ split: Department for Business, Energy and Industrial Strategy → (Department for Energy Security and Net Zero, Department for Business and Trade|Department for Business and Trade, Department for Energy Security and Net Zero)/);
  });

  it('person Mandelson: the only candidate is answered directly, with a note, by the CLI and the API alike', async () => {
    const fromApi = careerSchema.parse(await api('/api/career?person=Mandelson')) as unknown as { person: { name: string }; notes: Note[] };
    expect(fromApi.person.name).toBe('Lord Mandelson');
    expect(fromApi.notes).toEqual([expect.objectContaining({ code: 'taken-as', asked: 'Mandelson', by: 'closest', taken: expect.objectContaining({ name: 'Lord Mandelson' }) })]);
    expect(fromApi.notes[0]!.text).toBe('taking "Mandelson" as Lord Mandelson (the clear best match)');
    const cli = await runCli(['person', 'Mandelson', '--db', registry().db]);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain(`note: ${fromApi.notes[0]!.text}`);
  });
});
