import { once } from 'node:events';
import type { Section } from '../dataset/dataset.schema.js';
import type { DatasetElement } from '../dataset/dataset-records.js';

/**
 * Popolo JSON (https://www.popoloproject.com): persons, organizations, posts and memberships in Popolo's own fields,
 * each with its whole Chancery record under `chancery` (sources, kinds, certainty of dates…). What Popolo has no
 * place for goes in arrays named `chancery_<section>` (sources, relations, names, responsibilities, events, claims…),
 * which Popolo readers ignore and `import --format popolo` reads back: the export imports into the same registry.
 */
const POPOLO_KEY: Partial<Record<Section, string>> = { people: 'persons', organizations: 'organizations', posts: 'posts', appointments: 'memberships' };
export const popoloKeyOf = (section: Section): string => POPOLO_KEY[section] ?? `chancery_${section}`;

const dateOf = (v: unknown): string | undefined => (typeof v === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(v) ? v : undefined);

const popoloObject = (e: DatasetElement, postOrg: Map<string, string>): Record<string, unknown> => {
  const v = e.value;
  const own = { chancery: v };
  switch (e.section) {
    case 'people':
      return { id: v['id'], name: v['name'], ...(dateOf(v['born']) ? { birth_date: v['born'] } : {}), ...(dateOf(v['died']) ? { death_date: v['died'] } : {}), ...own };
    case 'organizations':
      return {
        id: v['id'], name: v['name'], classification: v['kind'], ...(dateOf(v['formed']) ? { founding_date: v['formed'] } : {}),
        ...(dateOf(v['dissolved']) ? { dissolution_date: v['dissolved'] } : {}), ...own,
      };
    case 'posts':
      postOrg.set(v['id'] as string, v['organization'] as string);
      return { id: v['id'], label: v['name'], organization_id: v['organization'], ...(dateOf(v['start']) ? { start_date: v['start'] } : {}), ...(dateOf(v['end']) ? { end_date: v['end'] } : {}), ...own };
    case 'appointments':
      return {
        ...(v['id'] ? { id: v['id'] } : {}), person_id: v['person'], post_id: v['post'], organization_id: postOrg.get(v['post'] as string),
        ...(dateOf(v['start']) ? { start_date: v['start'] } : {}), ...(dateOf(v['end']) ? { end_date: v['end'] } : {}), ...own,
      };
    default:
      return v;
  }
};

/** Writes the elements (in section order) as one Popolo document, an array per section, streamed. */
export const writePopolo = async (elements: AsyncIterable<DatasetElement>, out: NodeJS.WritableStream): Promise<void> => {
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  const postOrg = new Map<string, string>();
  let key: string | undefined;
  await write('{\n');
  for await (const e of elements) {
    const k = popoloKeyOf(e.section);
    if (k !== key) {
      await write(`${key ? '\n  ],\n' : ''}  ${JSON.stringify(k)}: [\n    `);
      key = k;
    } else await write(',\n    ');
    await write(JSON.stringify(popoloObject(e, postOrg)));
  }
  await write(key ? '\n  ]\n}\n' : '}\n');
};
