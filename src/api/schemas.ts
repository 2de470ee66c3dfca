import { z } from 'zod';
import { SAFE_URL } from '../domain/sources.js';
import { LIMITS } from '../domain/text.js';
import { textField } from '../domain/text.schema.js';

/** Every text an API caller sends: bounded, no control characters. */
export const text = (max: number = LIMITS.name) => textField(max);
export const required = (max: number = LIMITS.name) => textField(max).pipe(z.string().min(1, 'must not be empty'));

/** Query parameters every read takes. */
export const temporal = {
  at: text(LIMITS.date).optional().describe('valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today'),
  known_at: text(LIMITS.date + 10).optional().describe('transaction time: answer as the registry knew it at this instant (ISO 8601)'),
};

export const page = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

export const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string(), field: z.string().nullable(), details: z.record(z.string(), z.unknown()).optional() }) }).describe('every error');

const ref = z.looseObject({ id: z.string(), name: z.string() });
const personRef = z.looseObject({ id: z.string(), name: z.string(), nativeName: z.string().nullable() });
const sourceRef = z.looseObject({ id: z.string(), title: z.string(), url: z.string().nullable() });
export const holder = z.looseObject({
  person: personRef, start: z.string().nullable(), end: z.string().nullable(), acting: z.boolean(), ordinal: z.number().nullable(),
  certainty: z.enum(['certain', 'possible']), source: sourceRef,
});

export const whoSchema = z.looseObject({ at: z.string(), post: ref, holders: z.array(holder) }).describe('holders of a post on a date');
export const holdersSchema = z.looseObject({ post: ref, terms: z.array(z.looseObject({ ordinal: z.number().nullable(), person: personRef, start: z.string().nullable(), end: z.string().nullable(), acting: z.boolean(), timeInOffice: z.looseObject({ years: z.number(), days: z.number() }).nullable(), concurrent: z.record(z.string(), z.array(z.string())) })) });
export const routeSchema = z.looseObject({
  subject: z.looseObject({ kind: z.string(), code: z.string().nullable(), name: z.string() }), at: z.string(),
  status: z.enum(['covered', 'conflict', 'not-covered', 'uncertain']),
  candidates: z.array(z.looseObject({ unit: ref, organization: ref, head: z.looseObject({ post: ref.nullable(), holders: z.array(holder) }), chain: z.array(z.looseObject({})), sources: z.array(sourceRef) })),
});
export const chartSchema = z.looseObject({ at: z.string(), root: z.looseObject({}), related: z.array(z.looseObject({})) });
export const diffSchema = z.looseObject({ organization: ref, from: z.string(), to: z.string(), units: z.looseObject({}), responsibilities: z.looseObject({}), holders: z.array(z.looseObject({})), events: z.array(z.looseObject({})) });
export const checkSchema = z.looseObject({ findings: z.array(z.looseObject({ code: z.string(), severity: z.string(), message: z.string(), subjects: z.array(z.looseObject({})), sources: z.array(sourceRef) })) });
export const searchSchema = z.looseObject({ query: z.string(), results: z.array(z.looseObject({ kind: z.string(), id: z.string(), name: z.string(), matched: z.string(), score: z.number() })) });

export const listSchema = z.looseObject({ items: z.array(z.looseObject({})), limit: z.number(), offset: z.number(), next: z.number().nullable() });

export const citationSchema = z
  .union([
    z.strictObject({ id: required(LIMITS.id) }),
    z.strictObject({ title: required(LIMITS.title), url: text(LIMITS.url).refine((u) => SAFE_URL.test(u), 'an http(s) address').optional(), document: text(LIMITS.title).optional(), accessed: text(LIMITS.date).optional() }),
  ])
  .describe('the source of the write: a stored source by id, or a citation (title, and an address or a document, and when it was accessed)');

// Strict schemas (an unknown or missing key is an error in the contract test), written from the services' answer types.
const orgRef = z.strictObject({ id: z.string(), name: z.string(), currentName: z.string().nullable() });
const postRef = z.strictObject({ id: z.string(), name: z.string(), currentName: z.string().nullable() });
const source = z.strictObject({ id: z.string(), title: z.string(), url: z.string().nullable(), kind: z.string() });
export const coverageSchema = z.strictObject({
  at: z.string(), organization: orgRef.nullable(),
  countries: z.array(z.strictObject({
    subject: z.strictObject({ id: z.string(), code: z.string().nullable(), name: z.string(), kind: z.string() }), numeric: z.string().nullable(),
    status: z.enum(['covered', 'conflict', 'not-covered', 'uncertain', 'not-existing']),
    units: z.array(z.strictObject({ unit: orgRef, organization: orgRef, certainty: z.enum(['certain', 'possible']), sources: z.array(source) })),
  })),
}).describe('which unit handles each country on a date (a map)');
export const unitSchema = z.strictObject({
  unit: orgRef.extend({ kind: z.string(), formed: z.string().nullable(), dissolved: z.string().nullable() }),
  names: z.array(z.strictObject({ name: z.string(), from: z.string().nullable(), to: z.string().nullable() })),
  posts: z.array(postRef),
  responsibilities: z.array(z.strictObject({
    subject: z.strictObject({ id: z.string(), kind: z.string(), code: z.string().nullable(), name: z.string() }), role: z.string(),
    start: z.string().nullable(), end: z.string().nullable(), sources: z.array(source), note: z.string().nullable(),
    certainty: z.enum(['certain', 'possible']).nullable(),
  })),
  source,
}).describe("a unit's history: names, posts, and the countries and functions it handled over time");
