import type { Interval } from './time/interval.js';
import type { PartialDate } from './time/partial-date.js';

/** Where a fact comes from: an article, a web page, a dataset file, a news report. */
export interface Source {
  id: string;
  title: string;
  url?: string;
  kind: 'article' | 'web-page' | 'dataset' | 'news-report' | 'curation';
  publisher?: string;
  license?: string;
  published?: string;
  accessed?: string;
  note?: string;
}

export type OrganizationKind =
  | 'state'
  | 'cabinet'
  | 'ministry'
  | 'department'
  | 'institute'
  | 'association'
  | 'agency'
  | 'party'
  | 'party-department'
  | 'mission'
  | 'other';

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
  sourceId: string;
}

/** `from` is `type` of `to`: a department is `unit-of` its ministry, a ministry `agency-of` the cabinet. */
export type RelationType = 'unit-of' | 'agency-of' | 'affiliated-institute-of' | 'sponsored-organization-of';

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

export type NameKind = 'primary' | 'native' | 'hanja' | 'mccune-reischauer' | 'revised-romanization' | 'official' | 'press' | 'acronym' | 'formal' | 'other';

/** Another name of a person, organization or post, as some source writes it. */
export interface NameVariant {
  entityType: 'person' | 'organization' | 'post';
  entityId: string;
  name: string;
  kind: NameKind;
  lang?: string;
  sourceId: string;
  /** When the name was in use; absent means always (as far as sources tell). A rename closes one and opens another. */
  interval?: Interval;
}

/** A person holding a post over `[start, end)`; acting holders are flagged and take no ordinal. */
export interface Appointment {
  id: string;
  postId: string;
  personId: string;
  interval: Interval;
  acting: boolean;
  sourceId: string;
  note?: string;
}

export type SubjectKind = 'country' | 'regional-body' | 'function';

/** What a unit can be responsible for: a country (ISO 3166 alpha-2 code), a regional body or a function. */
export interface Subject {
  id: string;
  kind: SubjectKind;
  code?: string;
  name: string;
}

/**
 * `handles`: a unit conducts relations with the subject (a department); `resident-mission` / `non-resident-mission`:
 * a mission is accredited to the country, from inside it or from abroad.
 */
export type ResponsibilityRole = 'handles' | 'resident-mission' | 'non-resident-mission';

export interface Responsibility {
  id: string;
  unitId: string;
  subjectId: string;
  role?: ResponsibilityRole;
  interval: Interval;
  sourceId: string;
  note?: string;
}

export type EventKind = 'establish' | 'transfer' | 'rename' | 'merge' | 'split' | 're-parent' | 'abolish';

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

/** A batch of records to store, as importers produce them. */
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
});
