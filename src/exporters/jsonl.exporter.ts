import type { Section } from '../dataset/dataset.schema.js';
import { TYPE_SECTION } from '../dataset/dataset.schema.js';
import type { DatasetElement } from '../dataset/dataset-records.js';

const RECORD_OF = Object.fromEntries(Object.entries(TYPE_SECTION).map(([type, section]) => [section, type])) as Record<Section, string>;

/** JSON Lines, one record a line as `import --format jsonl` reads it: `{"record": "person", …}`. */
export async function* jsonlLines(elements: AsyncIterable<DatasetElement>): AsyncGenerator<string> {
  for await (const e of elements) yield `${JSON.stringify({ record: RECORD_OF[e.section], ...e.value })}\n`;
}
