/**
 * How surely each term of a real dataset is held, as `who` answers, so that two versions of Chancery can be compared
 * (issue 20's closing note: per dataset, how many terms changed certainty, and why).
 *
 *   npx tsx scripts/certainty-census.ts record <out.json> [dataset…]   imports each dataset into a fresh SQLite file
 *   npx tsx scripts/certainty-census.ts compare <before.json> <after.json>
 *
 * A term is probed on three days: the first day it may have run, the middle of the span it may have run, and the last
 * (a running term: up to its known-until day, else ten years on). Each probe is `certain`, `possible` or `-` (not
 * named). Terms are grouped by their shape (start known or not, end dated, running or unknown) for the "why".
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { servesInPost } from '../src/domain/model.js';
import { possibleSpan } from '../src/domain/time/interval.js';
import { parsePartialDate, partialDateFromDay } from '../src/domain/time/partial-date.js';
import { type ImportFormat, importFile } from '../src/services/import.service.js';
import { postTimelines, timelineStateOn } from '../src/services/post-state.service.js';
import { ReferenceLoader } from '../src/services/views.js';
import { openDatabase } from '../src/storage/database.js';
import { Store } from '../src/storage/store.js';

const SHARED = process.env['CHANCERY_SHARED'] ?? resolve('..', 'shared');
const DATASETS: Record<string, [ImportFormat, string]> = {
  pocom: ['pocom', 'data/pocom'],
  ifg: ['ifg', 'data/ifg-ministers'],
  wikidata: ['wikidata-csv', 'data/nk-wikidata'],
  everypolitician: ['everypolitician', 'data/everypolitician'],
};
/** A fixed day, so that two runs compare. */
const TODAY = parsePartialDate('2026-11-28').earliest;

type Census = Record<string, Record<string, { shape: string; probes: string }>>;

const shapeOf = (iv: { start: unknown; end: { kind: string } }): string => `${iv.start ? 'start known' : 'start unknown'}, end ${iv.end.kind === 'date' ? 'dated' : iv.end.kind === 'open' ? 'running' : 'unknown'}`;

const record = async (out: string, names: string[]): Promise<void> => {
  const census: Census = {};
  for (const name of names) {
    const [format, path] = DATASETS[name]!;
    const db = await openDatabase(join(mkdtempSync(join(tmpdir(), 'census-')), `${name}.db`));
    const store = Store.of(db, { userId: 'system', now: () => '2026-11-28T10:00:00.000Z' });
    await importFile(store, join(SHARED, path), { format });
    const terms = (await store.appointments.list()).filter(servesInPost);
    const posts = await store.posts.getMany([...new Set(terms.map((a) => a.postId))]);
    const timelines = await postTimelines(store, posts);
    const byPost = new Map<string, typeof terms>();
    for (const a of terms) byPost.set(a.postId, [...(byPost.get(a.postId) ?? []), a]);
    const rows: Census[string] = {};
    for (const [postId, mine] of byPost) {
      const timeline = timelines.get(postId)!;
      for (const a of mine) {
        const span = possibleSpan(a.interval);
        const known = a.interval.end.kind === 'open' ? a.interval.end.asOf : undefined;
        const from = span.from ?? (span.to ?? known ?? TODAY) - 3650;
        const to = span.to ?? Math.min(known ?? from + 3650, TODAY + 1);
        const days = [from, Math.floor((from + to) / 2), Math.max(from, to - 1)];
        const probes = days.map((d) => {
          const at = partialDateFromDay(d);
          const h = timelineStateOn(timeline, at, new ReferenceLoader(store, at, timeline.view)).holders.find((x) => x.appointmentId === a.id);
          return h ? h.certainty[0] : '-';
        }).join('');
        rows[a.id] = { shape: shapeOf(a.interval), probes };
      }
    }
    census[name] = rows;
    await db.close();
    console.log(`${name}: ${Object.keys(rows).length} terms probed`);
  }
  writeFileSync(out, JSON.stringify(census));
};

const compare = (beforeFile: string, afterFile: string): void => {
  const [before, after] = [beforeFile, afterFile].map((f) => JSON.parse(readFileSync(f, 'utf8')) as Census);
  for (const name of Object.keys(after!)) {
    const [b, a] = [before![name] ?? {}, after![name]!];
    const changed = new Map<string, number>();
    let same = 0;
    let fresh = 0;
    for (const [id, now] of Object.entries(a)) {
      const was = b[id];
      if (!was) { fresh++; continue; }
      if (was.probes === now.probes) { same++; continue; }
      const key = `${now.shape}: ${was.probes} -> ${now.probes}`;
      changed.set(key, (changed.get(key) ?? 0) + 1);
    }
    const total = [...changed.values()].reduce((x, y) => x + y, 0);
    console.log(`\n${name}: ${Object.keys(a).length} terms; ${same} unchanged, ${total} changed${fresh ? `, ${fresh} not in the earlier run` : ''}`);
    console.log('  (probes: first possible day, middle, last; c = certain, p = possible, - = not named)');
    for (const [key, n] of [...changed].sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(6)}  ${key}`);
  }
};

const [mode, ...args] = process.argv.slice(2);
if (mode === 'record') await record(args[0]!, args.length > 1 ? args.slice(1) : Object.keys(DATASETS));
else if (mode === 'compare') compare(args[0]!, args[1]!);
else console.error('usage: certainty-census.ts record <out.json> [dataset…] | compare <before.json> <after.json>');
