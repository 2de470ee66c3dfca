// A child process for the memory test: imports one file into one database and prints its peak resident memory (the
// parent cannot measure a child's peak any other way, and the test process's own heap would blur it).
import { importFile } from '../../src/services/import.service.js';
import { openDatabase } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';

const [file, location] = process.argv.slice(2) as [string, string];
const database = await openDatabase(location);
const t0 = Date.now();
const report = await importFile(Store.of(database), file, { format: 'jsonl' });
await database.close();
// maxRSS is in kilobytes.
process.stdout.write(`${JSON.stringify({ peakRssBytes: process.resourceUsage().maxRSS * 1024, read: report.totals.read, rejected: report.totals.rejected, entries: report.entries.length, heapUsed: process.memoryUsage().heapUsed, ms: Date.now() - t0 })}\n`);
