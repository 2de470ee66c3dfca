import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { diff } from '../../src/services/diff.service.js';
import { route } from '../../src/services/routing.service.js';
import { databaseTargets, useBundledRegistry } from '../support/databases.js';

const at = (d: string) => parsePartialDate(d);
const EAD2 = 'European Affairs Department 2';
const AALA = 'African, Arab and Latin American Affairs Department';

describe.each(databaseTargets)('routing on the bundled registry ($name)', (target) => {
  const registry = useBundledRegistry(target);

  it('routes Sweden to European Affairs Department 2 by name, codes and Korean name, with the minister above it', async () => {
    for (const name of ['Sweden', 'SE', 'SWE', '스웨덴', 'sweden']) {
      const a = await route(registry(), name, at('2010-03-01'));
      expect(a.subject).toMatchObject({ kind: 'country', code: 'SE', name: 'Sweden' });
      expect(a.status).toBe('covered');
      expect(a.candidates.map((c) => c.unit.name)).toEqual([EAD2]);
      const c = a.candidates[0]!;
      expect(c.sources.map((s) => s.id).sort()).toEqual(['mfa-dprk-structure-2021', 'wikipedia-mfa-dprk']);
      expect(c.chain.map((s) => s.unit.name)).toEqual([EAD2, 'Ministry of Foreign Affairs (North Korea)']);
      expect(c.chain[1]!.head.holders.map((h) => h.person.name)).toEqual(['Pak Ui-chun']);
      expect(c.head.post).toBeNull();
    }
  });

  it('routes aliases and regional bodies', async () => {
    for (const name of ['DR Congo', "Cote d'Ivoire", 'the Sudan', 'Antigua Barbuda', 'Bosnia-Herzegovina', 'East Timor', 'Vatican City']) {
      const a = await route(registry(), name, at('2020-01-01'));
      expect(a.status, name).toBe('covered');
    }
    expect((await route(registry(), 'DR Congo', at('2020-01-01'))).candidates[0]!.unit.name).toBe(AALA);
    expect((await route(registry(), "Cote d'Ivoire", at('2020-01-01'))).candidates[0]!.unit.name).toBe(AALA);
    expect((await route(registry(), 'ASEAN', at('2020-01-01'))).candidates[0]!.unit.name).toBe('Asia Affairs Department 2');
    expect((await route(registry(), 'European External Action Service', at('2020-01-01'))).candidates[0]!.unit.name).toBe(EAD2);
    expect((await route(registry(), 'treaties and legal affairs', at('2020-01-01'))).candidates[0]!.unit.name).toBe('Department of Treaty and Legal Affairs');
  });

  it('keeps both departments for Mongolia, each with its source', async () => {
    const a = await route(registry(), 'Mongolia', at('2020-01-01'));
    expect(a.status).toBe('conflict');
    expect(a.candidates.map((c) => [c.unit.name, c.sources.map((s) => s.id)])).toEqual([
      ['Asia Affairs Department 1', ['mfa-dprk-structure-2021']],
      ['Asia Affairs Department 2', ['wikipedia-mfa-dprk']],
    ]);
  });

  it('says "not covered" for a country in no list, and refuses a name that is no country', async () => {
    const kiribati = await route(registry(), 'Kiribati', at('2020-01-01'));
    expect(kiribati).toMatchObject({ status: 'not-covered', candidates: [] });
    await expect(route(registry(), 'Atlantis', at('2020-01-01'))).rejects.toMatchObject({ code: 'UNKNOWN_SUBJECT' });
    await expect(route(registry(), 'Atlantis', at('2020-01-01'))).rejects.toBeInstanceOf(DomainError);
  });

  it('follows South Korea from the United Front Department to the ministry across May 2024', async () => {
    const before = await route(registry(), 'South Korea', at('2023-01-01'));
    expect(before.status).toBe('covered');
    expect(before.candidates.map((c) => [c.unit.name, c.organization.name])).toEqual([['United Front Department (North Korea)', "Workers' Party of Korea"]]);
    expect(before.candidates[0]!.head.holders.map((h) => h.person.name)).toEqual(['Ri Son-gwon']);
    const during = await route(registry(), 'South Korea', at('2024-05-15'));
    expect(during.status).toBe('uncertain');
    expect(during.candidates.map((c) => c.unit.name).sort()).toEqual(['Ministry of Foreign Affairs (North Korea)', 'United Front Department (North Korea)']);
    const after = await route(registry(), 'KR', at('2024-07-01'));
    expect(after.status).toBe('covered');
    expect(after.candidates.map((c) => [c.unit.name, c.certainty])).toEqual([['Ministry of Foreign Affairs (North Korea)', 'certain']]);
    expect(after.candidates[0]!.notes.join(' ')).toContain('does not name the department');
  });

  it('shows the missions accredited to a country, and says the list is partial', async () => {
    const china = await route(registry(), 'China', at('2020-01-01'));
    expect(china.missions.map((m) => m.mission.name)).toEqual(['Consular Office in Dandong', 'Consulate General in Shenyang', 'Embassy in Beijing']);
    expect(china.missionListComplete).toBe(false);
    expect((await route(registry(), 'Sweden', at('2020-01-01'))).missions).toEqual([]);
  });

  it('limits routing to one organization', async () => {
    const a = await route(registry(), 'South Korea', at('2023-01-01'), 'mfa');
    expect(a.status).toBe('not-covered');
  });

  it('diffs the ministry from 2019 to 2025: ministers who changed and the South Korea transfer', async () => {
    const d = await diff(registry(), 'mfa', at('2019-01-01'), at('2025-01-01'));
    const minister = d.holders.find((h) => h.post.name === 'Minister of Foreign Affairs')!;
    expect(minister.from).toEqual(['Ri Yong-ho']);
    expect(minister.to).toEqual(['Choe Son-hui (possibly)']);
    expect(minister.changes.map((c) => `${c.date} ${c.change} ${c.person.name}`)).toEqual([
      '2020-01-18 ended Ri Yong-ho', '2020-01-21 started Ri Son-gwon', '2022-06-11 ended Ri Son-gwon', '2022-06-11 started Choe Son-hui',
    ]);
    expect(d.responsibilities.gained.map((g) => [g.subject, g.units.map((u) => u.name), g.previously.map((u) => u.name)])).toEqual([
      ['South Korea', ['Ministry of Foreign Affairs (North Korea)'], ['United Front Department (North Korea)']],
    ]);
    expect(d.events.map((e) => [e.kind, e.date, e.source.id])).toEqual([['transfer', '2024-05', 'wikipedia-mfa-dprk']]);
    expect(d.units).toEqual({ established: [], abolished: [], renamed: [], moved: [], reorganized: [] });
  });
});
