import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePartialDate } from '../src/domain/time/partial-date.js';
import { prepareAnswers } from '../src/services/prepare.service.js';
import { route } from '../src/services/routing.service.js';
import { who } from '../src/services/who.service.js';
import { startAppointment, type WriteActor } from '../src/services/write.service.js';
import { openDatabase } from '../src/storage/database.js';
import { Store } from '../src/storage/store.js';
import { APPOINTMENTS, importedSqlite, label } from './bench-data.js';

const ROUNDS = 7;
const heapNote = (globalThis as { gc?: unknown }).gc ? 'after gc' : 'run node with --expose-gc for exact figures';
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * After a write by another process (another connection to the same SQLite file), the reader's next answers: how many
 * statements its mirror runs to catch up and how long each answer takes (decision 12). Three answers follow each write
 * (one appointment on gen-m0:post1): `who` of a post the write did not touch, `route` within another organization,
 * and `who` of the post written to.
 */
export const foreignWriteBenchmark = async (n = APPOINTMENTS): Promise<void> => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-foreign-'));
  const file = join(dir, 'registry.db');
  copyFileSync(await importedSqlite(n), file);
  let statements = 0;
  const reader = await openDatabase(file, { mirror: true, onQuery: () => statements++ });
  const writer = await openDatabase(file);
  try {
    const heap = (): number => {
      (globalThis as { gc?: () => void }).gc?.();
      return process.memoryUsage().heapUsed / 1_048_576;
    };
    const before = heap();
    const t0 = process.hrtime.bigint();
    await reader.mirror!.load();
    const loaded = heap();
    await prepareAnswers(Store.of(reader));
    const prepared = heap();
    const prepareMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const at = parsePartialDate('1990-06-01');
    const answers: [string, () => Promise<unknown>][] = [
      ['who, another post', () => who(Store.of(reader), 'gen-m2:post3', at)],
      ['route, another organization', () => route(Store.of(reader), 'FR', at, 'gen-m1')],
      ['who, the post written to', () => who(Store.of(reader), 'gen-m0:post1', at)],
    ];
    for (const [, ask] of answers) await ask();
    const figures = answers.map(() => ({ statements: [] as number[], ms: [] as number[] }));
    const actor: WriteActor = { user: { id: 'system', name: 'system', role: 'admin' } as never, now: '2026-11-28T10:00:00.000Z' };
    for (let round = 0; round < ROUNDS; round++) {
      await startAppointment(Store.of(writer), actor, { post: 'gen-m0:post1', person: `gen-p0-${round + 2}`, start: `${2030 + round}-01-01` }, { title: `Roster ${round}` });
      // A new turn of the event loop: the reader looks for another process's commit once per turn.
      await new Promise((r) => setImmediate(r));
      for (const [i, [, ask]] of answers.entries()) {
        statements = 0;
        const t0 = process.hrtime.bigint();
        await ask();
        figures[i]!.ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
        figures[i]!.statements.push(statements);
      }
    }
    console.log(`foreign write (SQLite, ${label(n)} appointments, median of ${ROUNDS}): the reader's answers after another process's write`);
    console.log(`  mirror ${(loaded - before).toFixed(0)} MB, prepared answers ${(prepared - loaded).toFixed(0)} MB more (heap, ${heapNote}); load and prepare ${prepareMs.toFixed(0)} ms`);
    answers.forEach(([name], i) => {
      console.log(`  ${name.padEnd(30)} ${median(figures[i]!.statements)} statements, ${median(figures[i]!.ms).toFixed(2)} ms`);
    });
  } finally {
    await reader.close();
    await writer.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
