// A child process for the memory test: imports one JSON Lines file into one database and prints its peak resident
// memory (a parent can only read a child's peak from the child; the test process's own heap would blur it).
import { importFile } from '../../src/services/import.service.js';
import { openDatabase } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';

const [file, location] = process.argv.slice(2) as [string, string];
const database = await openDatabase(location);
const report = await importFile(Store.of(database), file, { format: 'jsonl' });
await database.close();
// maxRSS is in kilobytes.
process.stdout.write(`${JSON.stringify({ peakRssBytes: process.resourceUsage().maxRSS * 1024, read: report.totals.read, rejected: report.totals.rejected })}\n`);
