import { parsePartialDate } from '../src/domain/time/partial-date.js';
import { chart } from '../src/services/chart.service.js';
import { coverage } from '../src/services/coverage.service.js';
import { diff } from '../src/services/diff.service.js';
import { prepareAnswers } from '../src/services/prepare.service.js';
import { search } from '../src/services/search.service.js';
import { openDatabase } from '../src/storage/database.js';
import { Store } from '../src/storage/store.js';
import { APPOINTMENTS, BENCH_PG, importedPostgres, importedSqlite, label } from './bench-data.js';
import { fmtTimed, seededRandom, target, timeEachWithCpu } from './measure.js';

/** Issue 24's targets, in ms, for a median in process: at S (100k appointments) every view ≤ 10 ms; at L (2M) these. */
const TARGETS_L = { chart: 50, diff: 100, coverage: 100, search: 20 };
const targetMs = (view: keyof typeof TARGETS_L) => (APPOINTMENTS >= 1_000_000 ? TARGETS_L[view] : 10);

const run = async (location: string): Promise<void> => {
  const database = await openDatabase(location, { mirror: true });
  try {
    await database.mirror!.load();
    const store = Store.of(database);
    await prepareAnswers(store);
    const ministries = (await store.organizations.list()).filter((o) => o.kind === 'ministry').map((o) => o.id);
    const rnd = seededRandom(24);
    const pick = () => ministries[Math.floor(rnd() * ministries.length)]!;
    const year = () => 1950 + Math.floor(rnd() * 70);
    const people = (await store.people.list()).slice(0, 5000);
    console.log(`views on ${database.caps.dialect}, ${label(APPOINTMENTS)} appointments (${ministries.length.toLocaleString('en')} ministries of 10 units and 10 posts), in process, mirror loaded and answers prepared:`);
    const views: [keyof typeof TARGETS_L, number, (i: number) => Promise<unknown>][] = [
      ['chart', 60, () => chart(store, pick(), parsePartialDate(String(year())))],
      ['diff', 60, () => {
        const from = year();
        return diff(store, pick(), parsePartialDate(String(from)), parsePartialDate(String(from + 1 + Math.floor(rnd() * 20))));
      }],
      // A date not asked before (each a day of its own), then one asked before (kept: decision 22).
      ['coverage', 12, (i) => coverage(store, parsePartialDate(`${1950 + i}-06-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`))],
      ['coverage', 60, () => coverage(store, parsePartialDate('1990-06-01'))],
      ['search', 60, () => search(store, people[Math.floor(rnd() * people.length)]!.name.split(' ').slice(0, 2).join(' '))],
    ];
    for (const [view, n, ask] of views) {
      const t = await timeEachWithCpu(Array.from({ length: n }, (_, i) => i), ask, n > 20 ? 3 : 0);
      const name = view === 'coverage' ? (n > 20 ? 'coverage, a date asked before' : 'coverage, a date first asked') : view;
      console.log(`  ${name.padEnd(30)} ${fmtTimed(t)}  ${target(t.cpu.median, targetMs(view))}`);
    }
  } finally {
    await database.close();
  }
};

/** `chart`, `diff`, `coverage` (the map's data, every country on a date) and `search`, as their commands call them. */
export const viewsBenchmark = async (): Promise<void> => {
  await run(await importedSqlite());
  if (BENCH_PG) await run(await importedPostgres());
};
