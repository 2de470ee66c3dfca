import { z } from 'zod';
import {
  APPOINTMENT_KINDS, END_REASONS, EVENT_KINDS, NAME_KINDS, ORDINALS_RULES, ORGANIZATION_KINDS, RELATION_TYPES, RESPONSIBILITY_ROLES, SOURCE_KINDS, SUBJECT_KINDS,
  SUCCESSION_ENTITIES, SUCCESSION_KINDS,
} from '../domain/model.js';
import { LIMITS } from '../domain/text.js';
import { textField as text } from '../domain/text.schema.js';
import { SAFE_URL } from '../domain/sources.js';

/** The Chancery dataset JSON format (docs/formats.md): curated records, each naming its source by id. */
const name = text(LIMITS.name).pipe(z.string().min(1, 'must not be empty'));
const date = text(LIMITS.date).pipe(z.string().min(4, 'a date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD'));
const end = z.union([z.literal('open'), z.literal('unknown'), date]);
const ref = text(LIMITS.id).pipe(z.string().min(1, 'an id'));
const note = text(LIMITS.note);

export const sourceSchema = z.object({
  id: ref,
  title: text(LIMITS.title).pipe(z.string().min(1)),
  url: text(LIMITS.url).refine((u) => SAFE_URL.test(u), 'an http(s) address (or urn:, doi:)').optional(),
  kind: z.enum(SOURCE_KINDS),
  publisher: text(LIMITS.title).optional(),
  license: text(LIMITS.title).optional(),
  published: date.optional(),
  accessed: date.optional(),
  asOf: date.optional(),
  note: note.optional(),
});

const nameSchema = z.object({
  name,
  kind: z.enum(NAME_KINDS),
  lang: text(LIMITS.code).optional(),
  start: date.nullable().optional(),
  end: end.optional(),
  source: ref.optional(),
});

const identifierSchema = z.object({ scheme: text(LIMITS.code).pipe(z.string().min(1)), value: text(LIMITS.id).pipe(z.string().min(1)) });

/** Per-value provenance: a value that comes from another source than the record's names it here. */
const fieldSources = (fields: readonly string[]) => z.object(Object.fromEntries(fields.map((f) => [f, ref.optional()]))).strict().optional();

export const organizationSchema = z.object({
  id: ref,
  name,
  kind: z.enum(ORGANIZATION_KINDS),
  /** For missions: Embassy, Consulate General… as the source writes it. */
  missionType: text(LIMITS.name).optional(),
  nativeName: name.optional(),
  formed: date.optional(),
  dissolved: date.optional(),
  jurisdiction: text(LIMITS.name).optional(),
  headquarters: text(LIMITS.name).optional(),
  exclusivePosts: z.boolean().optional(),
  source: ref,
  fieldSources: fieldSources(['name', 'nativeName', 'formed', 'dissolved', 'exclusivePosts']),
  names: z.array(nameSchema).optional(),
  identifiers: z.array(identifierSchema).optional(),
});

export const postSchema = z.object({
  id: ref,
  organization: ref,
  name,
  seats: z.number().int().min(1).max(100_000),
  rank: z.number().int().min(1).max(1000).optional(),
  start: date.optional(),
  end: date.optional(),
  subject: text(LIMITS.name).optional(),
  source: ref,
  names: z.array(nameSchema).optional(),
  identifiers: z.array(identifierSchema).optional(),
});

export const personSchema = z.object({
  id: ref,
  name,
  nativeName: name.optional(),
  born: date.optional(),
  died: date.optional(),
  source: ref,
  fieldSources: fieldSources(['name', 'nativeName', 'born', 'died']),
  names: z.array(nameSchema).optional(),
  identifiers: z.array(identifierSchema).optional(),
});

export const appointmentSchema = z.object({
  id: ref.optional(),
  post: ref,
  person: ref,
  start: date.nullable(),
  end,
  kind: z.enum(APPOINTMENT_KINDS).optional(),
  acting: z.boolean().optional(),
  covers: ref.optional(),
  appointed: date.optional(),
  endReason: z.enum(END_REASONS).optional(),
  source: ref,
  note: note.optional(),
});

export const responsibilitySchema = z.object({
  /**
   * Optional: without it, the id is derived from unit, subject, role and source, and several of one source (a mission
   * accredited to a country twice) are told apart by their dates in reading order. An export writes it, so that a
   * copy files each claim on the record it was made on.
   */
  id: ref.optional(),
  unit: ref,
  subject: text(LIMITS.name).pipe(z.string().min(1)),
  role: z.enum(RESPONSIBILITY_ROLES).optional(),
  start: date.nullable().optional(),
  end: end.optional(),
  source: ref,
  note: note.optional(),
});

export const relationSchema = z.object({
  from: ref,
  to: ref,
  type: z.enum(RELATION_TYPES),
  start: date.nullable().optional(),
  end: end.optional(),
  source: ref,
});

export const claimSchema = z.object({
  entity: text(LIMITS.id).pipe(z.string().regex(/^[a-z-]+:\S/, 'entity is "type:id"')),
  field: text(LIMITS.code * 4).pipe(z.string().min(1)),
  value: text(LIMITS.value),
  source: ref,
  quote: note.optional(),
  note: note.optional(),
});

export const eventSchema = z.object({
  id: ref.optional(),
  kind: z.enum(EVENT_KINDS),
  date,
  organization: ref.optional(),
  description: note.optional(),
  /** Apply it to the structure from its date on (close and open links and responsibilities), as `chancery record` does. */
  apply: z.boolean().optional(),
  subject: text(LIMITS.name).optional(),
  unit: ref.optional(),
  units: z.array(ref).max(100).optional(),
  from: ref.optional(),
  to: ref.optional(),
  name: name.optional(),
  parent: ref.optional(),
  parts: z.array(z.object({ name, subjects: z.array(text(LIMITS.name)).max(500) })).max(100).optional(),
  /** Who reported it, when the source reports another's report (a news agency citing a defector, say). */
  reportedBy: text(LIMITS.name).optional(),
  /**
   * What the event did, as stored (an export writes this): kept exactly, in place of the fields above. An event
   * recorded by `record` keeps what it resolved (the units merged, the unit they went into), not what was asked.
   */
  details: z.record(z.string(), z.unknown()).optional(),
  source: ref,
});

export const successionSchema = z.object({
  type: z.enum(SUCCESSION_ENTITIES),
  from: ref,
  to: ref,
  kind: z.enum(SUCCESSION_KINDS),
  date: date.nullable().optional(),
  ordinals: z.enum(ORDINALS_RULES).optional(),
  source: ref,
  note: note.optional(),
});

/** A country, body or function the catalog lacks (a constituency, a new department's function), by id. */
export const subjectSchema = z.object({
  id: text(LIMITS.id).pipe(z.string().regex(/^(country|territory|body|function|area):\S/, 'an id such as "function:trade" or "area:nui"')),
  kind: z.enum(SUBJECT_KINDS),
  code: text(LIMITS.code).optional(),
  name,
  source: ref.optional(),
});

const entityRef = text(LIMITS.id).pipe(z.string().regex(/^[a-z-]+:\S/, 'entity is "type:id"'));

/** Another name of a person, organization or post, as a record of its own (CSV and JSON Lines carry names so). */
export const nameRecordSchema = nameSchema.extend({ entity: entityRef, source: ref });
/** An entity's id in another registry (a Wikidata QID, a POCOM id…). */
export const identifierRecordSchema = identifierSchema.extend({ entity: entityRef, source: ref });
/** Another source stating a stored fact: one fact, several citations. */
export const citationSchema = z.object({ entity: entityRef, source: ref, note: note.optional() });

export const SECTIONS = ['sources', 'subjects', 'organizations', 'relations', 'posts', 'people', 'names', 'identifiers', 'appointments', 'responsibilities', 'events', 'successions', 'claims', 'citations'] as const;
export type Section = (typeof SECTIONS)[number];

/** The order sections are read in: whatever a file's key order, what others refer to comes first. */
export const SECTION_ORDER: readonly Section[] = [
  'sources', 'subjects', 'organizations', 'posts', 'people', 'relations', 'names', 'identifiers', 'appointments', 'responsibilities', 'events', 'successions', 'claims', 'citations',
];

/** A JSON Lines record's `record` type → its section. */
export const TYPE_SECTION: Record<string, Section> = {
  subject: 'subjects', name: 'names', identifier: 'identifiers', citation: 'citations',
  source: 'sources', organization: 'organizations', relation: 'relations', post: 'posts', person: 'people', appointment: 'appointments',
  responsibility: 'responsibilities', event: 'events', succession: 'successions', claim: 'claims',
};
