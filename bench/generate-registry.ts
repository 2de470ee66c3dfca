import { subjectCatalog } from '../src/domain/subjects/subject-catalog.js';
import { dayFromParts } from '../src/domain/time/day.js';
import { formatDay } from '../src/domain/time/day.js';
import type { Database } from '../src/storage/database.js';
import { seededRandom } from './measure.js';

export interface GeneratedRegistry {
  organizations: number;
  units: number;
  subjects: string[];
  responsibilities: number;
  /** Every responsibility as the baseline index holds it. */
  rows: { org: string; unit: string; subject: string; from: number; to: number | null }[];
}

/**
 * Builds a registry of `organizations` organizations with `unitsPer` units each; every organization gives each of
 * `subjectCount` countries to one of its units from 2000-01-01, then makes `changesPer` transfers at random dates,
 * each ending one responsibility and starting another: organizations × (subjects + changes) responsibilities.
 */
export const generateRegistry = async (database: Database, organizations = 5000, unitsPer = 20, subjectCount = 200, changesPer = 10): Promise<GeneratedRegistry> => {
  const rnd = seededRandom(42);
  const db = database.db;
  const catalog = subjectCatalog();
  const subjects = allCountries(catalog).slice(0, subjectCount);
  const start = dayFromParts(2000, 1, 1);
  const span = dayFromParts(2025, 1, 1) - start;
  const rows: GeneratedRegistry['rows'] = [];

  await db.insertInto('sources').values({ id: 'bench', title: 'generated', url: null, kind: 'curation', publisher: null, license: null, published: null, accessed: null, note: null } as never).execute();
  await insertChunked(database, 'subjects', subjects.map((s) => ({ id: s, kind: 'country', code: s.slice(8), name: s })));
  const pending: Record<'organizations' | 'relations' | 'responsibilities', Record<string, unknown>[]> = { organizations: [], relations: [], responsibilities: [] };
  const flush = async (): Promise<void> => {
    for (const table of ['organizations', 'relations', 'responsibilities'] as const) {
      await insertChunked(database, table, pending[table]);
      pending[table] = [];
    }
  };
  for (let o = 0; o < organizations; o++) {
    if (o % 250 === 0) await flush();
    const org = `org-${o}`;
    const orgRows = [{ id: org, name: `Organization ${o}`, native_name: null, kind: 'ministry', agency_type: null, jurisdiction: null, headquarters: null, logo: null, formed: null, dissolved: null, source_id: 'bench' }];
    const rels = [];
    for (let u = 0; u < unitsPer; u++) {
      orgRows.push({ ...orgRows[0]!, id: `${org}/u${u}`, name: `Unit ${u}`, kind: 'department' });
      rels.push({ id: `${org}/u${u}~unit-of~${org}`, from_id: `${org}/u${u}`, to_id: org, type: 'unit-of', source_id: 'bench', start: null, start_min: null, start_max: null, end_kind: 'open', end: null, end_min: null, end_max: null });
    }
    pending.organizations.push(...orgRows);
    pending.relations.push(...rels);
    const current = new Map<string, { unit: string; from: number; index: number }>();
    const resp: { org: string; unit: string; subject: string; from: number; to: number | null }[] = [];
    for (const s of subjects) {
      const unit = `${org}/u${Math.floor(rnd() * unitsPer)}`;
      current.set(s, { unit, from: start, index: resp.length });
      resp.push({ org, unit, subject: s, from: start, to: null });
    }
    const changes = Array.from({ length: changesPer }, () => ({ s: subjects[Math.floor(rnd() * subjects.length)]!, day: start + 1 + Math.floor(rnd() * (span - 1)) })).sort((a, b) => a.day - b.day);
    for (const c of changes) {
      const cur = current.get(c.s)!;
      if (c.day <= cur.from) continue;
      resp[cur.index]!.to = c.day;
      const unit = `${org}/u${Math.floor(rnd() * unitsPer)}`;
      current.set(c.s, { unit, from: c.day, index: resp.length });
      resp.push({ org, unit, subject: c.s, from: c.day, to: null });
    }
    pending.responsibilities.push(...resp.map((r, i) => ({
      id: `${r.unit}>${r.subject}#${i}`, unit_id: r.unit, subject_id: r.subject, role: 'handles', organization_id: r.org, source_id: 'bench', note: null,
      start: formatDay(r.from), start_min: r.from, start_max: r.from,
      end_kind: r.to === null ? 'open' : 'date', end: r.to === null ? null : formatDay(r.to), end_min: r.to, end_max: r.to,
    })));
    rows.push(...resp);
  }
  await flush();
  return { organizations, units: organizations * unitsPer, subjects, responsibilities: rows.length, rows };
};

const allCountries = (catalog: ReturnType<typeof subjectCatalog>): string[] => {
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) {
    const id = `country:${String.fromCharCode(a)}${String.fromCharCode(b)}`;
    if (catalog.get(id)) codes.push(id);
  }
  return codes;
};

const insertChunked = async (database: Database, table: 'subjects' | 'organizations' | 'relations' | 'responsibilities', rows: Record<string, unknown>[]): Promise<void> => {
  const size = 500;
  await database.db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += size) await trx.insertInto(table).values(rows.slice(i, i + size) as never).execute();
  });
};
