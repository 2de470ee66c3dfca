import { describe, expect, it } from 'vitest';
import { holdersSchema, whoSchema } from '../../src/api/answer-schemas.js';
import { resolvePost } from '../../src/services/lookup.service.js';
import { runCli, runJson } from '../support/cli.js';
import { databaseTargets } from '../support/databases.js';
import { useImportedRegistry } from '../support/imported-registry.js';

const enc = encodeURIComponent;
interface Note { code: string; text: string; [k: string]: unknown }
interface Who { post: { id: string; name: string }; holders: { person: { name: string } }[]; notes: Note[] }

const apiOf = (registry: () => { app: { inject(o: { url: string }): Promise<{ statusCode: number; json(): unknown }> } }) => async (url: string, status = 200): Promise<unknown> => {
  const res = await registry().app.inject({ url });
  expect(res.statusCode, url).toBe(status);
  return res.json();
};

describe.each(databaseTargets)('names people use for posts, on the POCOM registry on $name', (target) => {
  const registry = useImportedRegistry(target, 'pocom');
  const api = apiOf(registry);

  it('who "Ambassador to Japan" answers the Chief of Mission to Japan, with a note, in the CLI and the API', async () => {
    const fromApi = whoSchema.parse(await api(`/api/who?post=${enc('Ambassador to Japan')}&at=1965-01-01`)) as unknown as Who;
    expect(fromApi.post.name).toBe('Chief of Mission to Japan');
    expect(fromApi.holders.map((h) => h.person.name)).toEqual(['Edwin Oldfather Reischauer']);
    expect(fromApi.notes).toEqual([expect.objectContaining({ code: 'taken-as', asked: 'Ambassador to Japan', by: 'alias', alias: 'Chief of Mission to Japan' })]);
    expect(fromApi.notes[0]!.text).toBe('taking "Ambassador to Japan" as Chief of Mission to Japan (a name people use for it)');
    const fromCli = await runJson<Who>(['who', 'Ambassador to Japan', '--at', '1965-01-01', '--db', registry().db]);
    expect(fromCli.notes).toEqual(fromApi.notes);
    expect((await runCli(['who', 'Ambassador to Japan', '--at', '1965-01-01', '--db', registry().db])).stdout).toContain(`note: ${fromApi.notes[0]!.text}`);
  });

  it('the holders table by the same name, and other forms of it ("US Ambassador to …", any case)', async () => {
    const table = holdersSchema.parse(await api(`/api/holders?post=${enc('ambassador to japan')}`)) as unknown as { post: { name: string }; notes: Note[] };
    expect(table.post.name).toBe('Chief of Mission to Japan');
    expect(table.notes.map((n) => n.code)).toEqual(['taken-as']);
    const us = await runJson<Who>(['who', 'US Ambassador to France', '--at', '1965-01-01', '--db', registry().db]);
    expect(us.post.name).toBe('Chief of Mission to France');
  });

  it('POCOM\'s role titles are the post\'s own names, sourced: asked by one, the post answers without a guess', async () => {
    const titled = await runJson<Who>(['who', 'Ambassador Extraordinary and Plenipotentiary to Japan', '--at', '1965-01-01', '--db', registry().db]);
    expect(titled).toMatchObject({ post: { name: 'Chief of Mission to Japan' }, notes: [] });
    const envoy = await runJson<Who>(['who', 'Envoy Extraordinary and Minister Plenipotentiary to Japan', '--at', '1900-01-01', '--db', registry().db]);
    expect(envoy.holders.map((h) => h.person.name)).toEqual(['Alfred Eliab Buck']);
    const names = await registry().store.names.forEntity('post', 'pocom:chief-of-mission:japan');
    const alias = names.find((n) => n.name === 'Ambassador Extraordinary and Plenipotentiary to Japan');
    expect(alias).toMatchObject({ kind: 'alias' });
    expect(alias!.sourceId).toMatch(/^pocom:/);
    // A chargé d'affaires stands in: not a name of the post.
    expect(names.map((n) => n.name).filter((n) => /Charg/i.test(n))).toEqual([]);
  });

  it('a name no post bears by any form is still not found, and writes never take a guess', async () => {
    const res = await registry().app.inject({ url: `/api/who?post=${enc('Ambassador to Narnia')}` });
    expect(res.statusCode).toBe(404);
    await expect(resolvePost(registry().store, 'Ambassador to Japan')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe.each(databaseTargets)('the clear best candidate, on the Wikidata registry on $name', (target) => {
  const registry = useImportedRegistry(target, 'nk-wikidata');
  const api = apiOf(registry);

  it('who Premier answers the Premier of North Korea with a note (the Vice Premier is named later in its name)', async () => {
    const fromApi = whoSchema.parse(await api('/api/who?post=Premier&at=2015-01-01')) as unknown as Who;
    expect(fromApi.post.name).toBe('Premier of North Korea');
    expect(fromApi.holders.map((h) => h.person.name)).toContain('Pak Pong-ju');
    expect(fromApi.notes).toEqual([expect.objectContaining({ code: 'taken-as', asked: 'Premier', by: 'closest', alias: null })]);
    expect(fromApi.notes[0]!.text).toBe('taking "Premier" as Premier of North Korea (the clear best match)');
    const fromCli = await runJson<Who>(['who', 'Premier', '--at', '2015-01-01', '--db', registry().db]);
    expect(fromCli.notes).toEqual(fromApi.notes);
    expect((await runCli(['who', 'Premier', '--at', '2015-01-01', '--db', registry().db])).stdout).toContain(`note: ${fromApi.notes[0]!.text}`);
  });

  it('with no clear best, did-you-mean with the candidates ranked, in the CLI and the API alike', async () => {
    const cli = await runCli(['who', 'Minister', '--db', registry().db]);
    expect(cli.code).toBe(3);
    expect(cli.stderr).toMatch(/did you mean "Minister of [^"]+" or "[^"]+" or "[^"]+"\?/);
    const error = await api(`/api/who?post=Minister`, 404) as { error: { code: string; details: { suggestions: string[] } } };
    expect(JSON.stringify(error)).toContain('NOT_FOUND');
    expect(JSON.stringify(error)).toContain('suggestions');
    await expect(resolvePost(registry().store, 'Premier')).rejects.toMatchObject({ code: 'NOT_FOUND', details: { suggestions: ['Premier of North Korea', 'Vice Premier of North Korea'] } });
  });
});
