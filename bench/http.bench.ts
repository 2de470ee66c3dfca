import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { buildApp } from '../src/api/app.js';
import { loadBundledDataset } from '../src/services/import.service.js';
import { openDatabase } from '../src/storage/database.js';
import { Store } from '../src/storage/store.js';

const SECONDS = Number(process.env['CHANCERY_BENCH_SECONDS'] ?? 5);

const load = (url: string, connections: number): Promise<autocannon.Result> =>
  new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: SECONDS, pipelining: 1 }, (err, result) => (err ? reject(err) : resolve(result)));
  });

/**
 * Requests per second and p99 latency of `who` and `route` on the bundled registry, against a route that returns
 * constant JSON on the same server, over loopback with 2 and 32 connections; each run is bounded in time.
 */
export const httpBenchmark = async (location?: string): Promise<void> => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-bench-'));
  const database = await openDatabase(location ?? join(dir, 'http.db'));
  const app = await buildApp({ database });
  try {
    const store = Store.of(database);
    if ((await store.sources.count()) === 0) await loadBundledDataset(store);
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const targets = {
      constant: `${base}/api/ping`,
      who: `${base}/api/who?post=${encodeURIComponent('Minister of Foreign Affairs')}&at=2007-03-01`,
      route: `${base}/api/route?subject=SE&at=2010-03-01`,
    };
    console.log(`http: ${database.caps.dialect}, ${SECONDS} s per run, loopback`);
    for (const connections of [2, 32]) {
      const results: Record<string, autocannon.Result> = {};
      for (const [name, url] of Object.entries(targets)) results[name] = await load(url, connections);
      const c = results['constant']!;
      for (const [name, r] of Object.entries(results)) {
        const errors = r.errors + r.non2xx;
        console.log(`  ${connections} connections, ${name.padEnd(8)}: ${r.requests.average.toFixed(0)} req/s, p99 ${r.latency.p99} ms${errors ? `, ${errors} errors` : ''}` +
          (name === 'constant' ? '' : `; vs constant: throughput ×${(r.requests.average / c.requests.average).toFixed(3)}, p99 ×${(r.latency.p99 / Math.max(c.latency.p99, 1)).toFixed(1)}`));
      }
    }
  } finally {
    await app.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
