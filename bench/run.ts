import { routingBenchmark } from './routing.bench.js';

// `npm run bench`: every benchmark, each printing ratios against a baseline run in the same process.
// CHANCERY_BENCH_DB=postgres://… runs the database benchmarks on PostgreSQL instead of a temporary SQLite file.
const only = process.argv[2];
if (!only || only === 'routing') await routingBenchmark(process.env['CHANCERY_BENCH_DB'] || undefined);
