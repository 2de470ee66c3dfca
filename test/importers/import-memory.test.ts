import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset.js';
import { databaseTargets } from '../support/databases.js';

/**
 * How many generated appointments the test imports: 10,000 in `npm test` (2 cores); the 200,000 with
 * CHANCERY_IMPORT_MEMORY_APPOINTMENTS=200000, under the same ceiling rule.
 */
const APPOINTMENTS = Number(process.env['CHANCERY_IMPORT_MEMORY_APPOINTMENTS'] ?? 10_000);
const MB = 1_048_576;
/**
 * The ceiling: what a process holds whatever the input (Node, the code, SQLite's 64 MB page cache, one window of
 * 5,000 records and what writing it takes) and at most 1 KB more per appointment — 500 MB at 200,000 appointments.
 * A streamed import holds one window, so it stays far under; one that kept every record would pass it.
 */
export const ceilingFor = (appointments: number): number => 305 * MB + appointments * 1024;

describe.each(databaseTargets)('memory of a streamed JSON Lines import, on $name', (target) => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-import-memory-'));
  let file: string;
  beforeAll(async () => {
    file = join(dir, `generated-${APPOINTMENTS}.jsonl`);
    await generateDataset(file, APPOINTMENTS);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`stays under ${Math.round(ceilingFor(APPOINTMENTS) / MB)} MB of resident memory at ${APPOINTMENTS.toLocaleString('en')} appointments, measured in a child process`, async () => {
    const location = await target.create();
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'test/support/import-rss.child.ts', file, location], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const { peakRssBytes, read, rejected } = JSON.parse(out.trim().split('\n').pop()!) as { peakRssBytes: number; read: number; rejected: number };
    console.log(`import memory (${target.name}): ${APPOINTMENTS} appointments, ${read} records, peak RSS ${Math.round(peakRssBytes / MB)} MB (ceiling ${Math.round(ceilingFor(APPOINTMENTS) / MB)} MB)`);
    expect(rejected).toBe(0);
    expect(read).toBeGreaterThan(APPOINTMENTS);
    expect(peakRssBytes).toBeLessThanOrEqual(ceilingFor(APPOINTMENTS));
  }, 1_800_000);
});
