import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSchema, routeSchema, whoSchema } from '../../src/api/answer-schemas.js';
import { runCli, runJson } from '../support/cli.js';
import { useCliAndApi } from '../support/cli-and-api.js';
import { databaseTargets } from '../support/databases.js';

const enc = encodeURIComponent;
interface Said { code: string; text: string }

/** The CLI and the API give the same reasons, codes, parameters and English text, and the CLI prints that text. */
describe.each(databaseTargets)('reasons in the CLI and the API, on $name', (target) => {
  const registry = useCliAndApi(target);
  let db = '';
  let app: FastifyInstance;
  beforeAll(() => ({ db, app } = registry()));

  const api = async (url: string): Promise<unknown> => {
    const res = await app.inject({ url });
    expect(res.statusCode, url).toBe(200);
    return res.json();
  };

  it('who on a vacancy: the same vacant-between reason and text, printed by the CLI', async () => {
    const fromApi = whoSchema.parse(await api(`/api/who?post=${enc('Minister of Foreign Affairs')}&at=2016-05-11`)) as unknown as { reason: Said };
    const fromCli = await runJson<{ reason: Said }>(['who', 'Minister of Foreign Affairs', '--at', '2016-05-11', '--db', db]);
    expect(fromApi.reason).toMatchObject({ code: 'vacant-between', after: { person: { id: 'ri-su-yong', name: 'Ri Su-yong' } }, before: { person: { name: 'Ri Yong-ho' } } });
    expect(fromApi.reason.text).toMatch(/^vacant between Ri Su-yong's term \(ended \S+\) and Ri Yong-ho's \(started \S+\)$/);
    expect(fromCli.reason).toEqual(fromApi.reason);
    const printed = await runCli(['who', 'Minister of Foreign Affairs', '--at', '2016-05-11', '--db', db]);
    expect(printed.stdout.trimEnd()).toBe(`Minister of Foreign Affairs on 2016-05-11: vacant — ${fromApi.reason.text}`);
  });

  it('route Sweden on 2010-03-01: the same reasoning, codes and text, each line printed by the CLI', async () => {
    const fromApi = routeSchema.parse(await api('/api/route?subject=Sweden&at=2010-03-01')) as unknown as { reasoning: Said[] };
    const fromCli = await runJson<{ reasoning: Said[] }>(['route', 'Sweden', '--at', '2010-03-01', '--db', db]);
    expect(fromApi.reasoning.map((r) => r.code)).toEqual(['possibly-responsible']);
    expect(fromApi.reasoning[0]).toMatchObject({ unit: { name: 'European Affairs Department 2' }, subject: { id: expect.any(String), name: 'Sweden' }, at: '2010-03-01' });
    expect(fromApi.reasoning[0]!.text).toMatch(/^European Affairs Department 2 may be responsible \(the sources leave the dates open\) for Sweden on 2010-03-01, per .+; chain: European Affairs Department 2 → .+\.$/);
    expect(fromCli.reasoning).toEqual(fromApi.reasoning);
    const printed = (await runCli(['route', 'Sweden', '--at', '2010-03-01', '--db', db])).stdout.split('\n');
    for (const r of fromApi.reasoning) expect(printed).toContain(`  · ${r.text}`);
  });

  it('a post that did not exist and a subject that ended: the same reasons in both', async () => {
    const gone = whoSchema.parse(await api(`/api/who?post=${enc('Minister of Foreign Affairs')}&at=1900`)) as unknown as { reason: Said };
    expect(gone.reason).toMatchObject({ code: 'post-not-existing', at: '1900', text: expect.stringMatching(/^Minister of Foreign Affairs did not exist on 1900/) });
    expect((await runJson<{ reason: Said }>(['who', 'Minister of Foreign Affairs', '--at', '1900', '--db', db])).reason).toEqual(gone.reason);
    const gdr = await api('/api/route?subject=DDR&at=2000') as { reasoning: Said[] };
    expect(gdr.reasoning).toMatchObject([{ code: 'subject-ended', ended: '1990-10-03', text: expect.stringContaining('A responsibility for it is not one for any other state.') }]);
    expect((await runJson<{ reasoning: Said[] }>(['route', 'DDR', '--at', '2000', '--db', db])).reasoning).toEqual(gdr.reasoning);
  });

  it('check: each finding with its code, parameters and text, the same in both, and the text printed by the CLI', async () => {
    const fromApi = checkSchema.parse(await api('/api/check?at=2026-11-28')) as unknown as { findings: Said[] };
    expect(fromApi.findings.length).toBeGreaterThan(3);
    const fromCli = await runJson<{ findings: Said[] }>(['check', '--db', db]);
    expect(fromCli.findings).toEqual(fromApi.findings);
    const printed = (await runCli(['check', '--db', db])).stdout;
    for (const f of fromApi.findings) expect(printed).toContain(`${f.code}: ${f.text}`);
  });
});
