import { processIo } from './io.js';
import { main } from './main.js';

// The only place the process exits.
process.exitCode = await main(process.argv.slice(2), processIo());
