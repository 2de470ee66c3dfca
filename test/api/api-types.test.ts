import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypesSource } from '../../scripts/api-types.js';

describe("the web app's API types", () => {
  it('are generated from the API as it is now: a changed route or answer schema fails here until they are regenerated', async () => {
    const checkedIn = readFileSync(API_TYPES_FILE, 'utf8');
    const current = await apiTypesSource();
    // On failure: npx tsx scripts/api-types.ts, then fix what `tsc -p web` reports in the web app.
    expect(checkedIn === current, 'web/src/api-types.ts is stale: run npx tsx scripts/api-types.ts').toBe(true);
  }, 60_000);
});
