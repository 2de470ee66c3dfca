import { importBenchmark } from './import.bench.js';
import { interchangeBenchmark } from './interchange.bench.js';
import { queriesBenchmark } from './queries.bench.js';
import { httpBenchmark } from './http.bench.js';
import { searchBenchmark } from './search.bench.js';
import { startupBenchmark } from './startup.bench.js';
import { foreignWriteBenchmark } from './foreign-write.bench.js';
import { viewsBenchmark } from './views.bench.js';
import { gitRevision } from './bench-data.js';

// `npm run bench [startup|import|interchange|queries|views|http|search|foreign-write]`: each prints its figures next to its baseline, and the ratio.
// CHANCERY_BENCH_APPOINTMENTS (default 100000; 2000000 for the full run), CHANCERY_BENCH_PG=postgres://… to run on
// PostgreSQL as well, CHANCERY_BENCH_DIR for the generated files and imported registries kept between runs.
const only = process.argv[2];
console.log(`chancery ${gitRevision()}, node ${process.version}, ${new Date().toISOString()}`);
if (!only || only === 'startup') await startupBenchmark();
if (!only || only === 'import') await importBenchmark();
if (!only || only === 'interchange') await interchangeBenchmark();
if (!only || only === 'queries') await queriesBenchmark();
if (!only || only === 'views') await viewsBenchmark();
if (!only || only === 'http') await httpBenchmark();
if (!only || only === 'search') await searchBenchmark(process.env['CHANCERY_BENCH_PG'] || undefined);
if (!only || only === 'foreign-write') await foreignWriteBenchmark();
