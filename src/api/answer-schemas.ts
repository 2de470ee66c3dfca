import { z } from 'zod';
import { ORDINAL_SOURCES } from '../domain/ordinal.js';
import { SUCCESSION_KINDS } from '../domain/model.js';
import {
  APPOINTMENT_KINDS, type AppointmentKind, EVENT_KINDS, type EventKind, ORGANIZATION_KINDS, type OrganizationKind, RELATION_TYPES, type RelationType, SOURCE_KINDS,
  type SourceKind, SUBJECT_KINDS, type SubjectKind,
} from '../domain/model.js';
import { RECONCILE_STATUSES, type ReconcileStatus } from '../domain/reconcile.js';
import { ROLES } from '../storage/repositories/user.repository.js';
import { CERTAINTIES, type Certainty } from '../domain/time/interval.js';
import { carriesReasons, findingSchema, lookupNoteSchema, postReasonSchema, routeReasonSchema } from './reason-schemas.js';
import type { CareerAnswer } from '../services/career.service.js';
import { CHART_STATUSES, type ChartAnswer, type ChartNode, RELATION_DIRECTIONS } from '../services/chart.service.js';
import type { Finding } from '../services/check.service.js';
import type { CoverageAnswer } from '../services/coverage.service.js';
import { type DiffAnswer, TERM_CHANGES } from '../services/diff.service.js';
import type { HoldersAnswer } from '../services/holders.service.js';
import { type HolderView, POST_STATUSES } from '../services/post-state.service.js';
import { MISSION_ROLES, ROUTE_STATUSES, type RouteAnswer } from '../services/routing.service.js';
import { MATCH_KINDS, type SearchAnswer, SEARCH_KINDS } from '../services/search.service.js';
import type { UnitAnswer } from '../services/unit.service.js';
import { SUBJECT_POST_STATUSES, type SubjectPostView } from '../services/subject-posts.service.js';
import type { OrganizationRef, PersonRef, PostRef, SourceRef } from '../services/views.js';
import type { WhoAnswer } from '../services/who.service.js';
import type { AreaWhoAnswer } from '../services/area.service.js';
import type { OrganizationsAnswer } from '../services/organizations.service.js';

/*
 * The schema of every answer, each written against its service's answer type: `z.ZodType<T>` makes the compiler
 * refuse a schema whose output is not the answer's type, and the routes return the services' answers uncast, so the
 * compiler refuses an answer the schema does not describe. Objects are strict: the contract test
 * (test/api/api.test.ts) parses real answers, so a key the type lacks fails there. /openapi.json is made from these.
 */

const text = z.string();
const maybe = z.string().nullable();
const certainty: z.ZodType<Certainty> = z.enum(CERTAINTIES);
const appointmentKind: z.ZodType<AppointmentKind> = z.enum(APPOINTMENT_KINDS);
const subjectKind: z.ZodType<SubjectKind> = z.enum(SUBJECT_KINDS);
const relationType: z.ZodType<RelationType> = z.enum(RELATION_TYPES);
const sourceKind: z.ZodType<SourceKind> = z.enum(SOURCE_KINDS);
const eventKind: z.ZodType<EventKind> = z.enum(EVENT_KINDS);
const reconcileStatus: z.ZodType<ReconcileStatus> = z.enum(RECONCILE_STATUSES);
const organizationKind: z.ZodType<OrganizationKind> = z.enum(ORGANIZATION_KINDS);
const lifespan = z.strictObject({ from: maybe, to: maybe });

export const personRefSchema: z.ZodType<PersonRef> = z.strictObject({ id: text, name: text, nativeName: maybe, currentName: maybe });
export const postRefSchema: z.ZodType<PostRef> = z.strictObject({ id: text, name: text, currentName: maybe });
export const organizationRefSchema: z.ZodType<OrganizationRef> = z.strictObject({ id: text, name: text, currentName: maybe });
export const sourceRefSchema: z.ZodType<SourceRef> = z.strictObject({ id: text, title: text, url: maybe, kind: text });
const sources = z.array(sourceRefSchema);

const termRef = z.strictObject({ appointmentId: text, person: personRefSchema, start: maybe, end: maybe });
export const holderSchema: z.ZodType<HolderView> = z.strictObject({
  appointmentId: text, person: personRefSchema, start: maybe, end: maybe, kind: appointmentKind, acting: z.boolean(),
  covers: z.strictObject({ appointmentId: text, person: personRefSchema }).nullable(), ordinal: z.number().nullable(), ordinalSource: z.enum(ORDINAL_SOURCES).nullable(), certainty,
  disputed: z.boolean(), endReason: maybe, source: sourceRefSchema, sources, note: maybe,
});
const postState = {
  status: z.enum(POST_STATUSES),
  holders: z.array(holderSchema),
  recordedLater: z.array(z.strictObject({ appointmentId: text, person: personRefSchema, firstRecorded: text })),
  vacancy: z.strictObject({ after: termRef.nullable(), before: termRef.nullable() }).nullable(),
  existed: lifespan,
  reason: postReasonSchema.nullable(),
  countryThen: z.strictObject({ id: text, name: text }).nullable()
    .describe('the country the post is tied to as it was on the date (a state it continues: Prussia for Germany in 1800); null when the country itself'),
};

const notes = z.array(lookupNoteSchema).describe('how the name asked was read, and where the post went on after it ended');

export const whoSchema: z.ZodType<WhoAnswer> = carriesReasons(z.strictObject({ at: text, post: postRefSchema, ...postState, notes }).describe('holders of a post on a date'));

export const areaWhoSchema: z.ZodType<AreaWhoAnswer> = z.strictObject({
  at: text, area: z.strictObject({ id: text, name: text }), posts: z.array(z.strictObject({ at: text, post: postRefSchema, ...postState, notes })), parties: z.record(z.string(), text),
}).describe('who represented an area on a date');

export const holdersSchema: z.ZodType<HoldersAnswer> = carriesReasons(z.strictObject({
  post: postRefSchema, notes, relatedPosts: z.record(z.string(), postRefSchema), unresolvedColumns: z.array(text),
  terms: z.array(z.strictObject({
    appointmentId: text, ordinal: z.number().nullable(), ordinalSource: z.enum(ORDINAL_SOURCES).nullable(), person: personRefSchema, post: postRefSchema,
    start: maybe, end: maybe, kind: appointmentKind, acting: z.boolean(), endReason: maybe, timeInOffice: z.strictObject({ years: z.number(), days: z.number(), approximate: z.boolean() }).nullable(),
    concurrent: z.record(z.string(), z.array(text)),
    concurrentSources: z.record(z.string(), sources),
    reconciliation: z.array(z.strictObject({
      column: text, source: sourceRefSchema, sourceNames: z.array(text), status: reconcileStatus, derived: z.array(text), missing: z.array(text),
      extra: z.array(text), unmatched: z.array(text), shiftedFrom: text.optional(),
    })),
    sources, note: maybe, party: maybe,
  })),
}).describe("the office-holder table of a post, with who held related posts during each term"));

const subjectPost: z.ZodType<SubjectPostView> = z.strictObject({
  post: postRefSchema, organization: organizationRefSchema.nullable(), status: z.enum(SUBJECT_POST_STATUSES), holders: z.array(holderSchema),
  vacancy: z.strictObject({ after: termRef.nullable(), before: termRef.nullable() }).nullable(), source: sourceRefSchema,
}).describe('a post for the subject (an envoy\'s post for a country, a member\'s for a constituency) on the date, with its holders');
const headView = z.strictObject({ post: postRefSchema.nullable(), holders: z.array(holderSchema) });
export const routeSchema: z.ZodType<RouteAnswer> = carriesReasons(z.strictObject({
  subject: z.strictObject({ kind: subjectKind, code: maybe, name: text, id: text, existed: lifespan.nullable(), successors: z.array(text) }),
  at: text,
  status: z.enum(ROUTE_STATUSES),
  candidates: z.array(z.strictObject({
    unit: organizationRefSchema, organization: organizationRefSchema, certainty, head: headView,
    chain: z.array(z.strictObject({ unit: organizationRefSchema, head: headView, certainty, source: sourceRefSchema.nullable() })),
    sources, notes: z.array(text), via: maybe,
  })),
  notExisting: z.array(z.strictObject({ unit: organizationRefSchema, existed: lifespan })),
  missions: z.array(z.strictObject({
    mission: organizationRefSchema, type: maybe, city: maybe, role: z.enum(MISSION_ROLES), certainty, sources,
  })),
  posts: z.array(subjectPost),
  missionListComplete: z.boolean(),
  reasoning: z.array(routeReasonSchema),
}).describe('who handles a country, regional body or function on a date, with the chain of heads and the reasoning'));

const chartNode: z.ZodType<ChartNode> = z.lazy(() =>
  z.strictObject({
    organization: z.strictObject({ id: text, name: text, currentName: maybe, kind: text }),
    certainty,
    posts: z.array(z.strictObject({ post: postRefSchema, seats: z.number(), ...postState })),
    responsibilities: z.array(z.strictObject({ subject: z.strictObject({ id: text, kind: text, code: maybe, name: text }), certainty, sources })),
    units: z.array(chartNode),
  }),
).meta({ id: 'ChartNode' }); // recursive: named, so that /openapi.json can refer to it (components.schemas.ChartNode)
export const chartSchema: z.ZodType<ChartAnswer> = carriesReasons(z.strictObject({
  at: text, status: z.enum(CHART_STATUSES), existed: lifespan, root: chartNode,
  related: z.array(z.strictObject({ type: relationType, direction: z.enum(RELATION_DIRECTIONS), organization: organizationRefSchema, certainty, source: sourceRefSchema })),
}).describe('units, posts, holders and responsibilities of an organization on a date'));

const unitMove = z.strictObject({ unit: organizationRefSchema, parent: maybe });
export const diffSchema: z.ZodType<DiffAnswer> = z.strictObject({
  organization: organizationRefSchema, from: text, to: text, interpretedAs: z.strictObject({ from: text, to: text }),
  units: z.strictObject({
    established: z.array(unitMove), abolished: z.array(unitMove),
    renamed: z.array(z.strictObject({ unit: organizationRefSchema, from: text, to: text })),
    moved: z.array(z.strictObject({ unit: organizationRefSchema, from: maybe, to: maybe })),
    reorganized: z.array(z.strictObject({
      kind: z.enum(SUCCESSION_KINDS), from: z.array(organizationRefSchema), to: z.array(organizationRefSchema), date: maybe, sources: z.array(sourceRefSchema),
    })),
  }),
  responsibilities: z.strictObject({
    gained: z.array(z.strictObject({ subject: text, units: z.array(organizationRefSchema), previously: z.array(organizationRefSchema), certainty, sources })),
    lost: z.array(z.strictObject({ subject: text, units: z.array(organizationRefSchema), now: z.array(organizationRefSchema), certainty, sources })),
    moved: z.array(z.strictObject({ subject: text, from: z.array(organizationRefSchema), to: z.array(organizationRefSchema), certainty, sources })),
  }),
  holders: z.array(z.strictObject({
    post: postRefSchema, from: z.array(text), to: z.array(text),
    changes: z.array(z.strictObject({ person: personRefSchema, change: z.enum(TERM_CHANGES), date: text, acting: z.boolean(), source: sourceRefSchema })),
  })),
  events: z.array(z.strictObject({ id: text, kind: text, date: text, description: text, source: sourceRefSchema })),
}).describe('what changed between two dates');

// Typed as the service answers (reasons without `text`): the text beside each reason is added as the answer is written (app.ts).
export const checkSchema: z.ZodType<{ findings: Finding[] }> = carriesReasons(z.strictObject({ findings: z.array(findingSchema) }).describe('data checks'));

export const careerSchema: z.ZodType<CareerAnswer> = carriesReasons(z.strictObject({
  notes,
  person: z.strictObject({ id: text, name: text, nativeName: maybe, currentName: maybe, born: maybe, died: maybe }),
  provenance: z.record(z.string(), sourceRefSchema),
  names: z.array(z.strictObject({ name: text, kind: text, generated: z.boolean(), lang: maybe, from: maybe, to: maybe, source: sourceRefSchema })),
  at: maybe,
  terms: z.array(z.strictObject({
    appointmentId: text, post: postRefSchema, organization: organizationRefSchema.nullable(), subject: z.strictObject({ id: text, name: text }).nullable(), countryThen: z.strictObject({ id: text, name: text }).nullable(),
    start: maybe, end: maybe, kind: appointmentKind, endReason: maybe, ordinal: z.number().nullable(), ordinalSource: z.enum(ORDINAL_SOURCES).nullable(), party: maybe, certainty: certainty.nullable(), sources,
  })),
  accreditations: z.array(z.strictObject({ subject: z.strictObject({ id: text, name: text }), post: postRefSchema, start: maybe, end: maybe, certainty: certainty.nullable() })),
}).describe("a person's career: names, posts, accreditations"));

export const searchSchema: z.ZodType<SearchAnswer> = z.strictObject({
  query: text,
  results: z.array(z.strictObject({
    kind: z.enum(SEARCH_KINDS), id: text, name: text, matched: text,
    match: z.enum(MATCH_KINDS), score: z.number(),
  })),
}).describe('people, units, posts and countries by any name, best first');

export const coverageSchema: z.ZodType<CoverageAnswer> = z.strictObject({
  at: text, organization: organizationRefSchema.nullable(),
  countries: z.array(z.strictObject({
    subject: z.strictObject({ id: text, code: maybe, name: text, kind: text }), numeric: maybe,
    status: z.enum(ROUTE_STATUSES),
    units: z.array(z.strictObject({ unit: organizationRefSchema, organization: organizationRefSchema, certainty, sources })),
    posts: z.array(subjectPost),
  })),
}).describe('which unit handles each country on a date (a map)');

export const unitSchema: z.ZodType<UnitAnswer> = z.strictObject({
  unit: z.strictObject({ id: text, name: text, currentName: maybe, kind: text, formed: maybe, dissolved: maybe }),
  names: z.array(z.strictObject({ name: text, from: maybe, to: maybe })),
  posts: z.array(postRefSchema),
  responsibilities: z.array(z.strictObject({
    subject: z.strictObject({ id: text, kind: text, code: maybe, name: text }), role: text, start: maybe, end: maybe, sources, note: maybe,
    certainty: certainty.nullable(),
  })),
  source: sourceRefSchema,
}).describe("a unit's history: names, posts, and the countries and functions it handled over time");

// Entities as the presenters show them (src/api/presenters.ts); by id, the routes add the version (the ETag).
const interval = { start: maybe, end: maybe, certaintyAt: certainty.nullable().optional() };
export const organizationSchema = z.strictObject({
  id: text, name: text, nativeName: maybe, kind: organizationKind, agencyType: maybe, jurisdiction: maybe,
  headquarters: maybe, logo: maybe, formed: maybe, dissolved: maybe, sourceId: text,
});
export const postSchema = z.strictObject({
  id: text, organizationId: text, name: text, seats: z.number(), rank: z.number().nullable(), existedFrom: maybe, existedUntil: maybe, subjectId: maybe, sourceId: text,
});
export const personSchema = z.strictObject({ id: text, name: text, nativeName: maybe, born: maybe, died: maybe, mergedInto: maybe, sourceId: text });
export const appointmentSchema = z.strictObject({
  id: text, postId: text, personId: text, kind: appointmentKind, acting: z.boolean(), coversId: maybe, endReason: maybe, ...interval, note: maybe, sourceId: text,
});
export const responsibilitySchema = z.strictObject({ id: text, unitId: text, subjectId: text, role: text, ...interval, note: maybe, sourceId: text });
export const relationSchema = z.strictObject({ id: text, fromId: text, toId: text, type: relationType, ...interval, sourceId: text });
export const eventSchema = z.strictObject({ id: text, kind: eventKind, date: text, organizationId: text, description: text, details: z.record(z.string(), z.unknown()), sourceId: text });
export const sourceSchema = z.strictObject({
  id: text, title: text, url: maybe, kind: sourceKind, publisher: maybe, license: maybe, published: maybe, accessed: maybe, asOf: maybe, note: maybe,
  coverage: maybe, coverageRule: maybe,
});
export const sourceCoverageSchema = z.strictObject({ sourceId: text, coverage: maybe, rule: maybe, factsUpdated: z.number(), changed: z.boolean() });
export const claimSchema = z.strictObject({ id: text, entityType: text, entityId: text, field: text, value: text, sourceId: text, quote: maybe, note: maybe });
export const unitLinkSchema = organizationSchema.extend({ parentId: text, linkId: text });

export const pageOf = <T extends z.ZodType>(item: T) => z.strictObject({ items: z.array(item), limit: z.number(), offset: z.number(), next: z.number().nullable() });

export const historySchema = z.strictObject({
  items: z.array(z.strictObject({
    seq: z.number(), table: text, id: text, op: text, recordedAt: text, userId: text, sourceId: maybe, data: z.record(z.string(), z.unknown()), user: text,
  })),
  next: z.number().nullable(),
}).describe('every write, oldest first');
export const userSchema = z.strictObject({ id: text, name: text, role: z.enum(ROLES), createdAt: text });
export const meSchema = z.strictObject({ name: text, role: z.enum(ROLES) }).describe('who a token belongs to');
export const eventResultSchema = z.strictObject({
  event: z.strictObject({ id: text, kind: eventKind, date: text, organizationId: text, description: text, details: z.record(z.string(), z.unknown()), sourceId: text }),
  closed: z.strictObject({ responsibilities: z.number(), relations: z.number() }),
  created: z.strictObject({ organizations: z.array(text), responsibilities: z.number(), relations: z.number() }),
}).describe('a structural event recorded, and what it closed and created');
export const personWrittenSchema = z.strictObject({ person: personSchema, version: z.number(), identity: z.array(z.strictObject({ id: text, message: text })) });
export const appointmentStartedSchema = z.strictObject({ appointment: appointmentSchema, created: z.boolean(), version: z.number() });
export const appointmentEndedSchema = z.strictObject({ appointment: appointmentSchema, version: z.number() });
export const claimWrittenSchema = z.strictObject({ claim: claimSchema, version: z.number() });
export const userCreatedSchema = z.strictObject({ user: userSchema, token: text });

export const organizationsSchema: z.ZodType<OrganizationsAnswer> = z.strictObject({
  organizations: z.array(z.strictObject({
    organization: organizationRefSchema, nativeName: maybe, kind: text, parentId: maybe, units: z.number().int(), posts: z.number().int(), headPost: postRefSchema.nullable(),
  })),
  defaultOrganization: maybe,
  totals: z.strictObject({ organizations: z.number().int(), posts: z.number().int(), sources: z.number().int() }),
}).describe("the registry's organizations, top-level first, with their units' and posts' counts");
