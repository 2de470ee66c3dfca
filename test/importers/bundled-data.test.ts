import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../support/shared.js';

/** The bundled dataset must say what its sources say: checked against the copies in ../shared. */
const csv = (file: string): Record<string, string>[] => {
  const [header, ...rows] = readFileSync(file, 'utf8').trim().split('\n');
  const keys = header!.split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [keys[i]!, v])));
};
const json = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
type Appointment = { person: string; start: string | null; end: string; source: string; note?: string };
type Claim = { entity: string; field: string; value: string; source: string };
const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

describe('the bundled dataset against its sources', () => {
  it('ships the article exactly as shared', () => {
    expect(readFileSync('data/mfa-dprk.article.txt', 'utf8')).toBe(readFileSync(sharedPath('sources', 'mfa-dprk.article.txt'), 'utf8'));
  });

  it('takes each Wikidata premier term as Wikidata gives it, or records the disagreement as a claim', () => {
    const data = json<{ appointments: Appointment[]; claims: Claim[] }>('data/dprk-premiers.json');
    for (const row of csv(sharedPath('data', 'nk-wikidata', 'sources', 'wpoffice', 'premier', 'wikidata.csv'))) {
      const term = data.appointments.find((a) => a.person === slug(row['itemLabel']!) && a.start === row['startDate'])
        ?? data.appointments.find((a) => a.person === slug(row['itemLabel']!) && data.claims.some((c) => c.source === 'wikidata-premier' && c.field === 'start' && c.value === row['startDate']));
      expect(term, `${row['itemLabel']} ${row['startDate']}`).toBeDefined();
      const end = row['endDate'] || 'open';
      const claimed = data.claims.some((c) => c.source === 'wikidata-premier' && c.field === 'end' && c.value === end && c.entity.includes(slug(row['itemLabel']!)));
      expect(term!.end === end || claimed || term!.note?.includes('Wikidata'), `${row['itemLabel']} end ${end}`).toBeTruthy();
    }
  });

  it('records the Wikidata foreign-minister dates as claims that agree with the article', () => {
    const claims = json<{ claims: Claim[] }>('data/mfa-dprk.curation.json').claims.filter((c) => c.source === 'wikidata-foreign-minister');
    const rows = csv(sharedPath('data', 'nk-wikidata', 'sources', 'wpoffice', 'foreign-minister', 'wikidata.csv'));
    expect(claims.filter((c) => c.field === 'start').map((c) => c.value)).toEqual(rows.map((r) => r['startDate']));
    expect(claims.filter((c) => c.field === 'end').map((c) => c.value)).toEqual(rows.map((r) => r['endDate']).filter(Boolean));
  });

  it('gives each bundled person, post and organization the QID the Wikidata table it cites gives it', () => {
    const ids = json<{ sources: { id: string; note?: string }[]; identifiers: { entity: string; value: string; source: string }[] }>('data/dprk-wikidata-identifiers.json');
    const titled = (file: string[], q: string, col: string) => csv(sharedPath('data', 'nk-wikidata', ...file)).find((r) => r[col] === q);
    const names = new Map([...['dprk-heads-of-state.json', 'dprk-premiers.json', 'mfa-dprk.curation.json'].flatMap((f) => json<{ people?: { id: string; name: string }[] }>(`data/${f}`).people ?? [])].map((p) => [p.id, p.name]));
    const table: Record<string, [string[], string, string]> = {
      'wikidata-premier': [['sources', 'wpoffice', 'premier', 'wikidata.csv'], 'item', 'itemLabel'],
      'wikidata-foreign-minister': [['sources', 'wpoffice', 'foreign-minister', 'wikidata.csv'], 'item', 'itemLabel'],
      'wikidata-nk-people': [['html', 'bio.csv'], 'id', 'name'],
      'wikidata-nk-family': [['html', 'family.csv'], 'relative', 'relativename'],
    };
    for (const i of ids.identifiers.filter((x) => x.entity.startsWith('person:'))) {
      const [file, qCol, nameCol] = table[i.source]!;
      const row = titled(file, i.value, qCol);
      expect(row, `${i.entity} ${i.value}`).toBeDefined();
      const bundled = names.get(i.entity.slice('person:'.length)) ?? i.entity.slice('person:'.length).replace(/-/g, ' ');
      expect(slug(row![nameCol]!), i.entity).toBe(slug(bundled));
    }
    const meta = readFileSync(sharedPath('data', 'nk-wikidata', 'meta.json'), 'utf8');
    for (const q of ['Q423', 'Q1937145']) expect(meta).toContain(q);
    expect(readFileSync(sharedPath('data', 'nk-wikidata', 'sources', 'wpoffice', 'premier', 'meta.json'), 'utf8')).toContain('Q7240364');
    expect(readFileSync(sharedPath('data', 'nk-wikidata', 'sources', 'wpoffice', 'foreign-minister', 'meta.json'), 'utf8')).toContain('Q113470538');
    expect(titled(['wikidata', 'results', 'ministries.csv'], 'Q15507076', 'item')?.['itemLabel']).toContain('Ministry of Foreign Affairs');
  });

  it('quotes the heads-of-state page for every dated head of state before 2012', () => {
    const page = readFileSync(sharedPath('sources', 'pages', 'List_of_heads_of_state_of_North_Korea.txt'), 'utf8');
    for (const line of ['Kim Tu-bong (1889-1958) | 9 September 1948 | 20 September 1957', 'Choe Yong-gon (1900-1976) | 20 September 1957 | 28 December 1972', 'Kim Il-sung (1912-1994) | 28 December 1972 | 8 July 1994', 'Yang Hyong-sop (1925-) | 8 July 1994 | 5 September 1998']) {
      expect(page).toContain(line);
    }
  });
});
