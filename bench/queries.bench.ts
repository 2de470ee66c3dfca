import { partialDateFromDay } from '../src/domain/time/partial-date.js';
import { prepareAnswers } from '../src/services/prepare.service.js';
import { route } from '../src/services/routing.service.js';
import { who } from '../src/services/who.service.js';
import { type Database, openDatabase } from '../src/storage/database.js';
import { Store } from '../src/storage/store.js';
import { APPOINTMENTS, BENCH_PG, importedPostgres, importedSqlite, label } from './bench-data.js';
import { fmt, ratio, seededRandom, type Stats, timeEach } from './measure.js';

interface Term {
  from: number | null;
  to: number | null;
  id: string;
}

/** The baseline: a plain in-memory interval index, a list of terms per key, filtered by the day. */
const intervalIndex = (rows: { key: string; id: string; from: number | null; to: number | null }[]): Map<string, Term[]> => {
  const index = new Map<string, Term[]>();
  for (const r of rows) {
    const list = index.get(r.key);
    const term = { from: r.from, to: r.to, id: r.id };
    if (list) list.push(term);
    else index.set(r.key, [term]);
  }
  return index;
};
const during = (list: readonly Term[] | undefined, day: number): string[] => (list ?? []).filter((t) => (t.from === null || t.from <= day) && (t.to === null || day < t.to)).map((t) => t.id);

/**
 * The baseline's indexes over the same rows, built in a function of their own so that the rows read to build them
 * are garbage when timing starts (holding 2M rows alive would slow both sides, the larger heap the more).
 */
const baselineIndexes = async (plain: Database): Promise<{ whoIndex: Map<string, Term[]>; routeIndex: Map<string, Term[]> }> => {
  const appointments = await plain.db.selectFrom('appointments').select(['post_id', 'person_id', 'start_min', 'end_kind', 'end_max']).execute();
  const whoIndex = intervalIndex(appointments.map((a) => ({ key: a.post_id, id: a.person_id, from: a.start_min, to: a.end_kind === 'date' ? a.end_max : null })));
  // Route is asked within one organization (`route SE --org <ministry>`): the baseline is keyed by (organization, subject).
  const parent = new Map((await plain.db.selectFrom('relations').select(['from_id', 'to_id']).where('type', '=', 'unit-of').execute()).map((r) => [r.from_id, r.to_id]));
  const top = (id: string): string => {
    let at = id;
    for (let i = 0; i < 50 && parent.has(at); i++) at = parent.get(at)!;
    return at;
  };
  const responsibilities = await plain.db.selectFrom('responsibilities').select(['subject_id', 'unit_id', 'start_min', 'end_kind', 'end_max']).where('role', '=', 'handles').execute();
  const routeIndex = intervalIndex(responsibilities.map((r) => ({ key: `${top(r.unit_id)}|${r.subject_id}`, id: r.unit_id, from: r.start_min, to: r.end_kind === 'date' ? r.end_max : null })));
  return { whoIndex, routeIndex };
};

const line = (name: string, s: Stats) => console.log(`  ${name.padEnd(44)} ${fmt(s)}`);

const run = async (location: string): Promise<void> => {
  const plain = await openDatabase(location);
  const mirrored = await openDatabase(location, { mirror: true });
  try {
    const t0 = Date.now();
    const heap0 = process.memoryUsage().heapUsed;
    await mirrored.mirror!.load();
    const heap = (process.memoryUsage().heapUsed - heap0) / 1048576;
    console.log(`queries on ${plain.caps.dialect}, ${label(APPOINTMENTS)} appointments: mirror of ${mirrored.mirror!.rows.toLocaleString('en')} rows loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s, ≈${heap.toFixed(0)} MB of heap`);
    // As `serve` does once the mirror is loaded.
    const t1 = Date.now();
    const heap1 = process.memoryUsage().heapUsed;
    const prepared = await prepareAnswers(Store.of(mirrored));
    console.log(`  ${prepared.posts.toLocaleString('en')} post timelines and ${prepared.organizations.toLocaleString('en')} routing scopes built in ${((Date.now() - t1) / 1000).toFixed(1)} s, ≈${((process.memoryUsage().heapUsed - heap1) / 1048576).toFixed(0)} MB more`);

    const { whoIndex, routeIndex } = await baselineIndexes(plain);
    const posts = [...whoIndex.keys()];
    const pairs = [...routeIndex.keys()].filter((k) => k.includes('|country:')).map((k) => ({ org: k.split('|')[0]!, subject: k.split('|')[1]! }));

    const rnd = seededRandom(5);
    const day = () => 3650 + Math.floor(rnd() * 20000);
    const whoQs = Array.from({ length: 3000 }, () => ({ post: posts[Math.floor(rnd() * posts.length)]!, day: day() }));
    const routeQs = Array.from({ length: 3000 }, () => ({ ...pairs[Math.floor(rnd() * pairs.length)]!, day: day() }));
    // Each is warmed up on as many other questions first, the baseline as well.
    const whoWarm = Array.from({ length: 3000 }, () => ({ post: posts[Math.floor(rnd() * posts.length)]!, day: day() }));
    const routeWarm = Array.from({ length: 3000 }, () => ({ ...pairs[Math.floor(rnd() * pairs.length)]!, day: day() }));
    const memory = Store.of(mirrored);
    const sql = Store.of(plain);
    const past = sql.at(new Date().toISOString());

    // Before timing: the answers must agree with the baseline (every certain holder is one the index finds).
    for (const q of whoQs.slice(0, 300)) {
      const a = await who(memory, q.post, partialDateFromDay(q.day));
      const b = new Set(during(whoIndex.get(q.post), q.day));
      for (const h of a.holders) if (h.certainty === 'certain' && !b.has(h.person.id)) throw new Error(`who disagrees with the baseline on ${JSON.stringify(q)}`);
    }

    const whoBase = await timeEach(whoQs, (q) => during(whoIndex.get(q.post), q.day), whoWarm);
    const whoMem = await timeEach(whoQs, (q) => who(memory, q.post, partialDateFromDay(q.day)), whoWarm);
    const whoSql = await timeEach(whoQs.slice(0, 1000), (q) => who(sql, q.post, partialDateFromDay(q.day)), 100);
    const whoPast = await timeEach(whoQs.slice(0, 500), (q) => who(past, q.post, partialDateFromDay(q.day)), 50);
    line('who, in-memory interval index (baseline)', whoBase);
    line('who(), service layer, mirror', whoMem);
    line('who(), service layer, SQL', whoSql);
    line('who(), service layer, known_at (SQL)', whoPast);
    console.log(`  ratio who mirror / baseline: ${ratio(whoMem, whoBase)}; SQL / baseline: ${ratio(whoSql, whoBase)}; known_at / SQL present: ${ratio(whoPast, whoSql)}; known_at / mirror: ${ratio(whoPast, whoMem)}`);

    const subjectCode = (id: string) => id.slice('country:'.length);
    const routeBase = await timeEach(routeQs, (q) => during(routeIndex.get(`${q.org}|${q.subject}`), q.day), routeWarm);
    const routeMem = await timeEach(routeQs.slice(0, 1000), (q) => route(memory, subjectCode(q.subject), partialDateFromDay(q.day), q.org), routeWarm.slice(0, 1000));
    const routeSql = await timeEach(routeQs.slice(0, 100), (q) => route(sql, subjectCode(q.subject), partialDateFromDay(q.day), q.org), 10);
    const routePast = await timeEach(routeQs.slice(0, 50), (q) => route(past, subjectCode(q.subject), partialDateFromDay(q.day), q.org), 5);
    line('route in an organization, in-memory index (baseline)', routeBase);
    line('route(), service layer, mirror', routeMem);
    line('route(), service layer, SQL', routeSql);
    line('route(), service layer, known_at (SQL)', routePast);
    console.log(`  ratio route mirror / baseline: ${ratio(routeMem, routeBase)}; SQL / baseline: ${ratio(routeSql, routeBase)}; known_at / SQL present: ${ratio(routePast, routeSql)}`);
  } finally {
    await mirrored.close();
    await plain.close();
  }
};

/**
 * `who` and `route` as a user's command calls them (the service functions), with the in-memory mirror and through
 * SQL, and at a past known time, next to a plain in-memory interval index over the same rows built in this process.
 */
export const queriesBenchmark = async (): Promise<void> => {
  await run(await importedSqlite());
  if (BENCH_PG) await run(await importedPostgres());
};

