import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { partialDateFromDay } from '../src/domain/time/partial-date.js';
import { route } from '../src/services/routing.service.js';
import { openDatabase } from '../src/storage/database.js';
import { Store } from '../src/storage/store.js';
import { generateRegistry } from './generate-registry.js';
import { fmt, ratio, seededRandom, timeEach } from './measure.js';

/**
 * Routing on a generated registry of about a million responsibilities, against two in-memory baselines built in
 * the same process from the same rows: a plain interval list per subject (scanned), and a map keyed by
 * organization and subject (the best an in-memory structure does for this query).
 */
export const routingBenchmark = async (location?: string): Promise<void> => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-bench-'));
  const database = await openDatabase(location ?? join(dir, 'bench.db'));
  try {
    const t0 = Date.now();
    const g = await generateRegistry(database);
    console.log(`routing: generated ${g.organizations} organizations, ${g.units} units, ${g.subjects.length} subjects, ${g.responsibilities} responsibilities in ${((Date.now() - t0) / 1000).toFixed(1)} s (${database.caps.dialect})`);

    const bySubject = new Map<string, typeof g.rows>();
    const byKey = new Map<string, typeof g.rows>();
    for (const r of g.rows) {
      bySubject.set(r.subject, [...(bySubject.get(r.subject) ?? []), r]);
      const k = `${r.org}|${r.subject}`;
      byKey.set(k, [...(byKey.get(k) ?? []), r]);
    }
    const covers = (r: (typeof g.rows)[number], day: number) => r.from <= day && (r.to === null || day < r.to);

    const rnd = seededRandom(7);
    const queries = Array.from({ length: 3000 }, () => ({
      subject: g.subjects[Math.floor(rnd() * g.subjects.length)]!,
      org: `org-${Math.floor(rnd() * g.organizations)}`,
      day: 10957 + Math.floor(rnd() * 9131),
    }));
    const store = Store.of(database);

    const scan = await timeEach(queries, (q) => bySubject.get(q.subject)!.filter((r) => r.org === q.org && covers(r, q.day)));
    const keyed = await timeEach(queries, (q) => (byKey.get(`${q.org}|${q.subject}`) ?? []).filter((r) => covers(r, q.day)));
    const indexed = await timeEach(queries, (q) => store.responsibilities.possiblyDuring({ subjectIds: [q.subject], from: q.day, to: q.day, roles: ['handles'] }));
    const full = await timeEach(queries.slice(0, 1000), (q) => route(store, q.subject.slice(8), partialDateFromDay(q.day), q.org), 100);

    // The answers must agree before the timings mean anything.
    for (const q of queries.slice(0, 200)) {
      const a = (await store.responsibilities.possiblyDuring({ subjectIds: [q.subject], from: q.day, to: q.day, roles: ['handles'] })).map((r) => r.unitId).sort();
      const b = (byKey.get(`${q.org}|${q.subject}`) ?? []).filter((r) => covers(r, q.day)).map((r) => r.unit).sort();
      if (a.join() !== b.join()) throw new Error(`routing disagrees with the baseline for ${JSON.stringify(q)}: ${a} vs ${b}`);
    }

    console.log(`  in-memory interval list per subject (plain, scanned): ${fmt(scan)}`);
    console.log(`  in-memory map by (organization, subject):              ${fmt(keyed)}`);
    console.log(`  registry index lookup (${database.caps.dialect}):                      ${fmt(indexed)}`);
    console.log(`  full route answer (${database.caps.dialect}; chain, heads, missions):    ${fmt(full)}`);
    console.log(`  ratio index lookup / plain in-memory interval index: ${ratio(indexed, scan)}`);
    console.log(`  ratio index lookup / in-memory map:                  ${ratio(indexed, keyed)}`);
    console.log(`  ratio full route / plain in-memory interval index:   ${ratio(full, scan)}`);
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
