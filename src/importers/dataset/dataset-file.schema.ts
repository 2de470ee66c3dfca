import { z } from 'zod';

/** The Chancery dataset JSON format (docs/formats.md): curated records, each naming its source by id. */
const date = z.string().min(4);
const end = z.union([z.literal('open'), z.literal('unknown'), date]);
const ref = z.string().min(1);

export const sourceSchema = z.object({
  id: ref,
  title: z.string().min(1),
  url: z.string().optional(),
  kind: z.enum(['article', 'web-page', 'dataset', 'news-report', 'curation']),
  publisher: z.string().optional(),
  license: z.string().optional(),
  published: z.string().optional(),
  accessed: z.string().optional(),
  note: z.string().optional(),
});

const nameSchema = z.object({
  name: z.string().min(1),
  kind: z.enum(['primary', 'native', 'hanja', 'mccune-reischauer', 'revised-romanization', 'official', 'press', 'acronym', 'formal', 'other']),
  lang: z.string().optional(),
  source: ref.optional(),
});

export const organizationSchema = z.object({
  id: ref,
  name: z.string().min(1),
  kind: z.enum(['state', 'cabinet', 'ministry', 'department', 'institute', 'association', 'agency', 'party', 'party-department', 'mission', 'other']),
  /** For missions: Embassy, Consulate General… as the source writes it. */
  missionType: z.string().optional(),
  nativeName: z.string().optional(),
  formed: date.optional(),
  dissolved: date.optional(),
  jurisdiction: z.string().optional(),
  headquarters: z.string().optional(),
  source: ref,
  names: z.array(nameSchema).optional(),
});

export const postSchema = z.object({
  id: ref,
  organization: ref,
  name: z.string().min(1),
  seats: z.number().int().min(1),
  rank: z.number().int().min(1).optional(),
  source: ref,
  names: z.array(nameSchema).optional(),
});

export const personSchema = z.object({
  id: ref,
  name: z.string().min(1),
  nativeName: z.string().optional(),
  born: date.optional(),
  died: date.optional(),
  source: ref,
  names: z.array(nameSchema).optional(),
});

export const appointmentSchema = z.object({
  post: ref,
  person: ref,
  start: date.nullable(),
  end,
  acting: z.boolean().optional(),
  source: ref,
  note: z.string().optional(),
});

export const responsibilitySchema = z.object({
  unit: ref,
  subject: z.string().min(1),
  role: z.enum(['handles', 'resident-mission', 'non-resident-mission']).optional(),
  start: date.nullable().optional(),
  end: end.optional(),
  source: ref,
  note: z.string().optional(),
});

export const relationSchema = z.object({
  from: ref,
  to: ref,
  type: z.enum(['unit-of', 'agency-of', 'affiliated-institute-of', 'sponsored-organization-of']),
  start: date.nullable().optional(),
  end: end.optional(),
  source: ref,
});

export const claimSchema = z.object({
  entity: z.string().regex(/^[a-z-]+:.+$/, 'entity is "type:id"'),
  field: z.string().min(1),
  value: z.string(),
  source: ref,
  quote: z.string().optional(),
  note: z.string().optional(),
});

export const datasetFileSchema = z.object({
  sources: z.array(z.unknown()).optional(),
  organizations: z.array(z.unknown()).optional(),
  relations: z.array(z.unknown()).optional(),
  posts: z.array(z.unknown()).optional(),
  people: z.array(z.unknown()).optional(),
  appointments: z.array(z.unknown()).optional(),
  responsibilities: z.array(z.unknown()).optional(),
  claims: z.array(z.unknown()).optional(),
});
