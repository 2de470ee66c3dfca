// Writes web/src/api-types.ts: the web app's types of the HTTP API, generated from the API's own OpenAPI document.
// Run after changing a route or an answer's schema: npx tsx scripts/api-types.ts (a test fails while the file is stale).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/api/app.js';
import { openDatabase } from '../src/storage/database.js';

export const API_TYPES_FILE = fileURLToPath(new URL('../web/src/api-types.ts', import.meta.url));

const HEADER = `/**
 * The HTTP API's paths, parameters, bodies and answers, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: run \`npx tsx scripts/api-types.ts\` (test/api/api-types.test.ts fails while this file is stale).
 */

`;

/** The text of web/src/api-types.ts for the API as built now (an in-memory database: the document needs no data). */
export const apiTypesSource = async (): Promise<string> => {
  const database = await openDatabase(':memory:');
  try {
    const app = await buildApp({ database });
    await app.ready();
    const document = app.swagger() as Parameters<typeof openapiTS>[0];
    await app.close();
    return HEADER + astToString(await openapiTS(document, { alphabetize: true }));
  } finally {
    await database.close();
  }
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(API_TYPES_FILE, await apiTypesSource());
  console.log(`wrote ${API_TYPES_FILE}`);
}
