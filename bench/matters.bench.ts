import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FINISHED, type Matter } from '../src/domain/matters/matter.js';
import { dueDay } from '../src/domain/matters/working-days.js';
import { dayFromParts } from '../src/domain/time/day.js';
import { partialDateFromDay } from '../src/domain/time/partial-date.js';
import { addUser } from '../src/services/auth.service.js';
import { loadBundledDataset } from '../src/services/import.service.js';
import { addMembership, deskCalendar } from '../src/services/matters/desk.service.js';
import { listMatters } from '../src/services/matters/matter-queue.service.js';
import { matterReport } from '../src/services/matters/matter-report.service.js';
import { registerMatter } from '../src/services/matters/matter.service.js';
import { routeMatter } from '../src/services/matters/matter-routing.service.js';
import { route } from '../src/services/routing.service.js';
import { openDatabase } from '../src/storage/database.js';
import { Store } from '../src/storage/store.js';
import { fmt, ratio, seededRandom, timeEach } from './measure.js';

const SUBJECTS = ['Sweden', 'China', 'Russia', 'Germany', 'France', 'Mongolia', 'Japan', 'Cuba', 'Egypt', 'Viet Nam', 'Brazil', 'India'];

/**
 * The matters desk at scale (issue 25): CHANCERY_BENCH_MATTERS generated matters (default 10,000; the figure
 * is 1,000,000, not for a shared machine) over the bundled registry on SQLite. Registering one against a `route`
 * answer (target ≤ 2×), a unit's queue page (an index read), and a year's report over every matter.
 */
export const mattersBenchmark = async (): Promise<void> => {
  const n = Number(process.env['CHANCERY_BENCH_MATTERS'] ?? 10_000);
  const dir = mkdtempSync(join(tmpdir(), 'chancery-bench-'));
  const database = await openDatabase(join(dir, 'matters.db'));
  try {
    const store = Store.of(database);
    await loadBundledDataset(store);
    const now = '2025-12-31T09:00:00.000Z';
    const admin = (await addUser(store, 'admin', 'admin', now)).user;
    const caller = { user: admin, now };
    await addUser(store, 'officer', 'reader', now);
    await addMembership(store, caller, { user: 'officer', role: 'desk-officer', unit: 'European Affairs Department 2', from: '2000-01-01' });
    const org = 'ministry-of-foreign-affairs-north-korea';
    const cal = await deskCalendar(store, org);
    // Each subject's routing on a day of each year is computed once and shared by the generated matters (their rows
    // are what a registration writes; registering is timed below through the service itself).
    const rnd = seededRandom(25);
    const catalogIds = new Map<string, string>();
    const routed = new Map<string, Awaited<ReturnType<typeof routeMatter>>>();
    // Routed before writing: a transaction holds SQLite's one connection, which the routing reads would wait for.
    for (const subject of SUBJECTS) {
      for (let year = 2015; year < 2025; year++) {
        const a = await route(store, subject, partialDateFromDay(dayFromParts(year, 6, 1)), org);
        catalogIds.set(subject, a.subject.id);
        routed.set(`${subject}:${year}`, await routeMatter(store, [a.subject.id], dayFromParts(year, 6, 1), org));
      }
    }
    const t0 = Date.now();
    let written = 0;
    for (let batch = 0; written < n; batch++) {
      await store.transaction(async (tx) => {
        for (let i = 0; i < 1000 && written < n; i++, written++) {
          const subject = SUBJECTS[Math.floor(rnd() * SUBJECTS.length)]!;
          const year = 2015 + Math.floor(rnd() * 10);
          const received = dayFromParts(year, 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28));
          const r = routed.get(`${subject}:${year}`)!;
          const replied = rnd() < 0.8 ? received + 1 + Math.floor(rnd() * 40) : null;
          const m: Matter = {
            id: randomUUID(), reference: `MFA-${year}-${String(written + 1).padStart(7, '0')}`, organizationId: org, kind: 'note-verbale', sender: { ref: null, name: 'An embassy' },
            subjects: [catalogIds.get(subject)!], received, language: 'en', title: `Matter ${written}`, summary: null, classification: 'restricted',
            status: replied ? 'replied' : r.leadUnitId ? 'assigned' : 'registered', leadUnitId: r.leadUnitId, consultedUnitIds: [], triageCandidates: r.triageCandidates,
            routing: r.kept, clockFrom: received, targetDays: 20, transferTo: null, repliedOn: replied, version: 1, createdAt: now, updatedAt: now,
          };
          await tx.matters.insert(m, dueDay(cal, received, 20), !FINISHED.has(m.status));
        }
      });
      if (batch % 50 === 49) console.log(`  ${written} matters written`);
    }
    console.log(`matters: ${n} generated in ${((Date.now() - t0) / 1000).toFixed(1)} s (SQLite)`);
    const days = Array.from({ length: 300 }, (_, i) => dayFromParts(2016 + (i % 9), 1 + (i % 12), 1 + (i % 28)));
    const routeStats = await timeEach(days, (d) => route(store, 'Sweden', partialDateFromDay(d), org), 50);
    const registerStats = await timeEach(days, (d) => registerMatter(store, caller, { organization: org, kind: 'note-verbale', sender: 'An embassy', subjects: ['Sweden'], received: partialDateFromDay(d).text, title: 'Timed' }), 50);
    console.log(`  route Sweden: ${fmt(routeStats)}`);
    console.log(`  register a matter: ${fmt(registerStats)} (${ratio(registerStats, routeStats)} a route answer; target ≤ 2×)`);
    const officer = { user: (await store.users.byName('officer'))!, now };
    const queue = await timeEach(Array.from({ length: 200 }, () => 0), () => listMatters(store, officer, { limit: 50 }), 20);
    console.log(`  a unit's queue, one page of 50: ${fmt(queue)}`);
    const t1 = process.hrtime.bigint();
    const report = await matterReport(store, caller, { scope: 'mfa', from: dayFromParts(2020, 1, 1), to: dayFromParts(2020, 12, 31), on: dayFromParts(2025, 12, 31) });
    console.log(`  a year's report over ${n} matters: ${(Number(process.hrtime.bigint() - t1) / 1e6).toFixed(0)} ms (${report.units.length} units; target ≤ 2 s at 1,000,000)`);
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
