import { routingBenchmark } from './routing.bench.js';
import { searchBenchmark } from './search.bench.js';
import { httpBenchmark } from './http.bench.js';

// `npm run bench [routing|search|http]`: each benchmark prints ratios against a baseline run in the same process.
// CHANCERY_BENCH_DB=postgres://… runs them on PostgreSQL instead of a temporary SQLite file.
const only = process.argv[2];
const location = process.env['CHANCERY_BENCH_DB'] || undefined;
if (!only || only === 'routing') await routingBenchmark(location);
if (!only || only === 'search') await searchBenchmark(location);
if (!only || only === 'http') await httpBenchmark(location);
