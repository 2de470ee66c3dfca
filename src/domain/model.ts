import type { Interval, Life } from './time/interval.js';
import type { PartialDate } from './time/partial-date.js';

export const SOURCE_KINDS = ['article', 'web-page', 'dataset', 'news-report', 'curation', 'derived'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Where a fact comes from: an article, a web page, a dataset file, a news report, a curator's note, or the registry
 * itself (`derived`: transliterations, ordinals, durations it computes, never another source's words).
 */
export interface Source {
  id: string;
  title: string;
  url?: string;
  kind: SourceKind;
  publisher?: string;
  license?: string;
  published?: string;
  accessed?: string;
  /** When the source speaks for, if neither published nor accessed is known (e.g. the newest event its text reflects). */
  asOf?: string;
  note?: string;
  /** SHA-256 of the file a source was imported from: the same file again is the same source. */
  digest?: string;
  /**
   * The last day the source speaks for, when its own dates do not say (see `sourceCoverage`): the newest date any of
   * its facts carries (`coverageRule` 'newest-fact', set by imports) or a user's correction ('set').
   */
  coverage?: string;
  coverageRule?: 'newest-fact' | 'set';
}

export const ORGANIZATION_KINDS = [
  'state', 'government', 'cabinet', 'ministry', 'department', 'institute', 'association', 'agency', 'party', 'party-department', 'mission', 'legislature', 'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** An organization; a unit is an organization that is `unit-of` another (a department of a ministry). */
export interface Organization {
  id: string;
  name: string;
  nativeName?: string;
  kind: OrganizationKind;
  agencyType?: string;
  jurisdiction?: string;
  headquarters?: string;
  logo?: string;
  formed?: PartialDate;
  dissolved?: PartialDate;
  /** A rule of this organization: one person holds at most one of its posts at a time (off unless a source says so). */
  exclusivePosts?: boolean;
  sourceId: string;
}

/** `from` is `type` of `to`: a department is `unit-of` its ministry, a ministry `agency-of` the cabinet. */
export const RELATION_TYPES = ['unit-of', 'agency-of', 'affiliated-institute-of', 'sponsored-organization-of'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export interface Relation {
  id: string;
  fromId: string;
  toId: string;
  type: RelationType;
  interval: Interval;
  sourceId: string;
}

/** A position in an organization, with a number of seats (1 for a minister, 7 for the vice ministers). */
export interface Post {
  id: string;
  organizationId: string;
  name: string;
  seats: number;
  /** 1 for the post that heads the organization, larger numbers below it. */
  rank?: number;
  /** When the post existed; absent bounds do not limit (see Life). */
  life?: Life;
  /** The country, body or function the post is for, when it is one (an ambassador to Japan). */
  subjectId?: string;
  sourceId: string;
}

export interface Person {
  id: string;
  name: string;
  nativeName?: string;
  born?: PartialDate;
  died?: PartialDate;
  sourceId: string;
  /** While merged into another person (see PersonMerge), the id of that person. */
  mergedInto?: string;
}

export const NAME_KINDS = ['primary', 'native', 'hanja', 'mccune-reischauer', 'revised-romanization', 'official', 'press', 'acronym', 'formal', 'alias', 'other'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

export const NAMED_ENTITIES = ['person', 'organization', 'post'] as const;
export type NamedEntity = (typeof NAMED_ENTITIES)[number];

/** Another name of a person, organization or post, as some source writes it. */
export interface NameVariant {
  entityType: NamedEntity;
  entityId: string;
  name: string;
  kind: NameKind;
  lang?: string;
  sourceId: string;
  /** When the name was in use; absent means always (as far as sources tell). A rename closes one and opens another. */
  interval?: Interval;
}

/**
 * How a person holds a post: `substantive`; `acting` (without being its substantive holder); `cover` (acting for a
 * named holder on leave: shares that holder's seat); `nominated` (named or appointed, but never served: holds it on
 * no day).
 */
export const APPOINTMENT_KINDS = ['substantive', 'acting', 'cover', 'nominated'] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];

export const END_REASONS = ['term-ended', 'resigned', 'dismissed', 'died', 'moved', 'post-abolished', 'lost-seat', 'other'] as const;
export type EndReason = (typeof END_REASONS)[number];

/** A person holding a post over `[start, end)`; acting, cover and nominated holders take no ordinal. */
export interface Appointment {
  id: string;
  postId: string;
  personId: string;
  interval: Interval;
  kind: AppointmentKind;
  /** For a cover: the appointment of the holder on leave. */
  coversId?: string;
  /** When the appointment was made (commission, nomination), if the source gives it apart from the start. */
  appointed?: PartialDate;
  endReason?: EndReason;
  sourceId: string;
  note?: string;
}

export const isActing = (a: Pick<Appointment, 'kind'>): boolean => a.kind === 'acting' || a.kind === 'cover';
/** Whether the appointment fills a seat on the days it runs (a nomination that never led to service does not). */
export const servesInPost = (a: Pick<Appointment, 'kind'>): boolean => a.kind !== 'nominated';

export const SUBJECT_KINDS = ['country', 'territory', 'regional-body', 'function'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/**
 * What a unit can be responsible for: a country (ISO 3166-1 alpha-2, or 3166-3 for former ones), a territory, a
 * regional body or a function. Countries that no longer exist, or did not yet, have a life and successors.
 */
export interface Subject {
  id: string;
  kind: SubjectKind;
  code?: string;
  name: string;
  life?: Life;
  /** Subject ids of the states that followed it (the Soviet Union → Russia, Ukraine, …). */
  successors?: string[];
}

/**
 * `handles`: a unit conducts relations with the subject (a department); `resident-mission` / `non-resident-mission`:
 * a mission is accredited to the country, from inside it or from abroad.
 */
export const RESPONSIBILITY_ROLES = ['handles', 'resident-mission', 'non-resident-mission'] as const;
export type ResponsibilityRole = (typeof RESPONSIBILITY_ROLES)[number];

export interface Responsibility {
  id: string;
  unitId: string;
  subjectId: string;
  role?: ResponsibilityRole;
  interval: Interval;
  sourceId: string;
  note?: string;
}

export const EVENT_KINDS = ['establish', 'transfer', 'rename', 'merge', 'split', 're-parent', 'abolish'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** A dated change of structure, as a source reports it. */
export interface StructuralEvent {
  id: string;
  kind: EventKind;
  date: PartialDate;
  organizationId: string;
  description: string;
  details: Record<string, unknown>;
  sourceId: string;
}

/**
 * How a post or an organization goes on as another record: renamed, merged into a new one, split from one. A post
 * that continues keeps its list of holders and ordinals across the link, unless the source says they restart.
 */
export const SUCCESSION_ENTITIES = ['post', 'organization'] as const;
export type SuccessionEntity = (typeof SUCCESSION_ENTITIES)[number];
/** Whether a successor's holders go on being numbered from its predecessor's, or start again at 1. */
export const ORDINALS_RULES = ['continue', 'restart'] as const;
export type OrdinalsRule = (typeof ORDINALS_RULES)[number];
export const SUCCESSION_KINDS = ['continues-as', 'merged-into', 'split-into', 'functions-to'] as const;
export type SuccessionKind = (typeof SUCCESSION_KINDS)[number];

export interface Succession {
  id: string;
  entityType: SuccessionEntity;
  fromId: string;
  toId: string;
  kind: SuccessionKind;
  date: PartialDate | null;
  ordinals: OrdinalsRule;
  sourceId: string;
  note?: string;
}

/** One source's value for one field of one entity; claims on the same field that differ are a conflict. */
export interface Claim {
  id: string;
  entityType: string;
  entityId: string;
  field: string;
  value: string;
  sourceId: string;
  quote?: string;
  note?: string;
}

/** Another source stating the same fact: one fact, several citations. */
export interface Citation {
  entityType: string;
  entityId: string;
  sourceId: string;
  note?: string;
}

/** An entity's id in another registry (a Wikidata QID, a POCOM id, an IfG UUID). */
export interface Identifier {
  entityType: string;
  entityId: string;
  scheme: string;
  value: string;
  sourceId: string;
}

/** A batch of records to store, as importers produce them. `place` names where each came from, for the report. */
export interface Dataset {
  sources: Source[];
  organizations: Organization[];
  relations: Relation[];
  posts: Post[];
  people: Person[];
  names: NameVariant[];
  appointments: Appointment[];
  subjects: Subject[];
  responsibilities: Responsibility[];
  events: StructuralEvent[];
  claims: Claim[];
  successions: Succession[];
  identifiers: Identifier[];
  /** Events to apply to the structure from their date on, as `record` does. */
  applyEvents: StructuralEvent[];
}

export const emptyDataset = (): Dataset => ({
  sources: [],
  organizations: [],
  relations: [],
  posts: [],
  people: [],
  names: [],
  appointments: [],
  subjects: [],
  responsibilities: [],
  events: [],
  claims: [],
  successions: [],
  identifiers: [],
  applyEvents: [],
});

/** The life of a person: from birth to the day after death (they are alive on the day they die). */
export const personLife = (p: Pick<Person, 'born' | 'died'>): Life => ({
  from: p.born ?? null,
  to: p.died ? { text: p.died.text, precision: p.died.precision, earliest: p.died.earliest + 1, latest: p.died.latest + 1 } : null,
});

export const organizationLife = (o: Pick<Organization, 'formed' | 'dissolved'>): Life => ({ from: o.formed ?? null, to: o.dissolved ?? null });
