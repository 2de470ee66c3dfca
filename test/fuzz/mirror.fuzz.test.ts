import fc from 'fast-check';
import { describe, it } from 'vitest';
import { databaseTargets } from '../support/databases.js';
import { generatedRegistries } from '../support/mirror-differential.js';
import { FUZZ_TIMEOUT, LONG, runs } from './fuzz-support.js';

/**
 * The mirror's differential property at length (`npm run fuzz`): many generated registries, each asked many
 * questions before and after writes, shrunk to the smallest failing case. `npm test` runs it a few times only
 * (test/storage/mirror.test.ts), and this file once.
 */
describe.each(databaseTargets)('the in-memory mirror at length on $name', (target) => {
  it.runIf(LONG)('answers exactly as SQL does on many generated registries, before and after writes', async () => {
    await fc.assert(generatedRegistries(target), { numRuns: runs(1, target.name === 'sqlite' ? 60 : 25) });
  }, FUZZ_TIMEOUT);
});
