/**
 * Table rows as stored. Dates are kept twice: the text the source gave (`start`, precision intact) and day numbers
 * (`start_min`, `start_max`: the earliest and latest day it can mean) for indexed comparison on every database.
 * Booleans are integers 0/1 on both databases.
 *
 * Every registry table is system-versioned (decision 006): its rows are the current image, each stamped with the
 * write that made it (`sys_*`); a row's earlier images live in `<table>_versions`, each closed at `sys_to`. The
 * registry as known at an instant is the union of both, filtered by those stamps.
 */
export interface SysColumns {
  /** A global, increasing number per write: the row's version (its ETag) and the history's order. */
  sys_seq: number;
  sys_from: string;
  sys_user: string;
  sys_source: string | null;
  sys_op: 'insert' | 'update';
}

export interface IntervalColumns {
  start: string | null;
  start_min: number | null;
  start_max: number | null;
  end_kind: 'date' | 'open' | 'unknown';
  end: string | null;
  end_min: number | null;
  end_max: number | null;
  /** For an open end: the last day the fact is known to hold (its newest source's date). */
  known_until: number | null;
}

export interface SourceRow extends SysColumns {
  id: string;
  title: string;
  url: string | null;
  kind: string;
  publisher: string | null;
  license: string | null;
  published: string | null;
  accessed: string | null;
  as_of: string | null;
  note: string | null;
  digest: string | null;
  /** The coverage end when the source's own dates do not give it, and its rule (see sourceCoverage). */
  coverage: string | null;
  coverage_rule: string | null;
}

export interface OrganizationRow extends SysColumns {
  id: string;
  name: string;
  native_name: string | null;
  kind: string;
  agency_type: string | null;
  jurisdiction: string | null;
  headquarters: string | null;
  logo: string | null;
  formed: string | null;
  dissolved: string | null;
  exclusive_posts: number;
  source_id: string;
}

export interface RelationRow extends IntervalColumns, SysColumns {
  id: string;
  from_id: string;
  to_id: string;
  type: string;
  source_id: string;
}

export interface PostRow extends SysColumns {
  id: string;
  organization_id: string;
  name: string;
  seats: number;
  rank: number | null;
  life_from: string | null;
  life_to: string | null;
  subject_id: string | null;
  source_id: string;
}

export interface PersonRow extends SysColumns {
  id: string;
  name: string;
  native_name: string | null;
  born: string | null;
  died: string | null;
  source_id: string;
  /** Set while this person is merged into another: every question then follows it there. */
  merged_into: string | null;
}

export interface PersonMergeRow extends SysColumns {
  id: string;
  kept_id: string;
  merged_id: string;
  source_id: string;
  recorded_at: string;
  undone_at: string | null;
  /** JSON: the ids of the appointments, names and claims moved, so that a split moves exactly those back. */
  moved: string;
}

export interface NameRow extends IntervalColumns, SysColumns {
  id: string;
  entity_type: string;
  entity_id: string;
  name: string;
  key: string;
  kind: string;
  lang: string | null;
  source_id: string;
  skeleton: string | null;
  given_skeleton: string | null;
}

export interface AppointmentRow extends IntervalColumns, SysColumns {
  id: string;
  post_id: string;
  person_id: string;
  kind: string;
  covers_id: string | null;
  appointed: string | null;
  end_reason: string | null;
  single_seat: number;
  /** The claimed certain span `[certain_from, certain_to)`, for the seat rule's exclusion constraint on PostgreSQL. */
  certain_from: number | null;
  certain_to: number | null;
  source_id: string;
  note: string | null;
}

export interface SubjectRow extends SysColumns {
  id: string;
  kind: string;
  code: string | null;
  name: string;
  life_from: string | null;
  life_to: string | null;
  /** JSON array of subject ids. */
  successors: string | null;
}

export interface ResponsibilityRow extends IntervalColumns, SysColumns {
  id: string;
  unit_id: string;
  role: string;
  subject_id: string;
  source_id: string;
  note: string | null;
}

export interface EventRow extends SysColumns {
  id: string;
  kind: string;
  date: string;
  date_min: number;
  date_max: number;
  organization_id: string;
  description: string;
  details: string;
  source_id: string;
}

export interface ClaimRow extends SysColumns {
  id: string;
  entity_type: string;
  entity_id: string;
  field: string;
  value: string;
  source_id: string;
  quote: string | null;
  note: string | null;
}

export interface CitationRow extends SysColumns {
  id: string;
  entity_type: string;
  entity_id: string;
  source_id: string;
  note: string | null;
}

export interface SuccessionRow extends SysColumns {
  id: string;
  entity_type: string;
  from_id: string;
  to_id: string;
  kind: string;
  date: string | null;
  ordinals: string;
  source_id: string;
  note: string | null;
}

export interface IdentifierRow extends SysColumns {
  id: string;
  entity_type: string;
  entity_id: string;
  scheme: string;
  value: string;
  source_id: string;
}

export interface UserRow {
  id: string;
  name: string;
  role: string;
  created_at: string;
}

export interface TokenRow {
  id: string;
  user_id: string;
  /** SHA-256 of the token, hex: the token itself is shown once and never stored. */
  hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface CounterRow {
  name: string;
  value: number;
}

/** A matter of the desk (decision 023): a record of work, not a sourced fact, so not system-versioned. */
export interface MatterRow {
  id: string;
  reference: string;
  organization_id: string | null;
  kind: string;
  sender_ref: string | null;
  sender_name: string;
  /** JSON array of subject ids. */
  subjects: string;
  received: number;
  language: string | null;
  title: string;
  summary: string | null;
  classification: string;
  status: string;
  lead_unit_id: string | null;
  /** JSON arrays of unit ids. */
  consulted: string;
  triage: string;
  /** JSON: the routing answers kept when the lead unit was set. */
  routing: string;
  clock_from: number;
  target_days: number;
  due_day: number;
  transfer_to: string | null;
  replied_on: number | null;
  /** 1 while the matter is worked (not replied, closed or withdrawn). */
  open: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface MatterChangeRow {
  matter_id: string;
  version: number;
  action: string;
  at: string;
  day: number;
  user_id: string;
  reason: string | null;
  /** For transfers and assignments: the unit the matter left and the one it went to. */
  unit_from: string | null;
  unit_to: string | null;
  /** JSON: the matter after the change. */
  after: string;
}

export interface DeskMembershipRow {
  id: string;
  user_id: string;
  unit_id: string | null;
  role: string;
  from_day: number;
  to_day: number | null;
  created_at: string;
}

export interface DeskSettingsRow {
  /** `*` for the government as a whole. */
  organization_id: string;
  calendar: string | null;
  /** JSON: working days per kind. */
  targets: string;
  on_reorganization: string;
}

/** The registry's tables: each versioned, each with a `<name>_versions` twin. */
export interface RegistryTables {
  sources: SourceRow;
  subjects: SubjectRow;
  organizations: OrganizationRow;
  relations: RelationRow;
  posts: PostRow;
  people: PersonRow;
  names: NameRow;
  appointments: AppointmentRow;
  responsibilities: ResponsibilityRow;
  events: EventRow;
  claims: ClaimRow;
  citations: CitationRow;
  successions: SuccessionRow;
  identifiers: IdentifierRow;
  person_merges: PersonMergeRow;
}

export type RegistryTable = keyof RegistryTables;

type Versions<T> = { [K in keyof T & string as `${K}_versions`]: T[K] & { sys_to: string } };

/**
 * The words of every unit's and post's name, folded as search folds them, for finding "Consular Affairs" inside
 * "Department of Consular Affairs". Derived from `names` (an index, not a record): written with each name, never
 * removed, so a search at a past known time finds the words of names since changed (it checks the names it finds).
 */
export interface NameWordRow {
  word: string;
  name_id: string;
  entity_type: string;
  entity_id: string;
}

export interface Tables extends RegistryTables, Versions<RegistryTables> {
  name_words: NameWordRow;
  users: UserRow;
  tokens: TokenRow;
  counters: CounterRow;
  matters: MatterRow;
  matter_changes: MatterChangeRow;
  desk_memberships: DeskMembershipRow;
  desk_settings: DeskSettingsRow;
}

/** Every registry table, in the order records depend on each other (a source before what cites it). */
export const REGISTRY_TABLES: readonly RegistryTable[] = [
  'sources', 'subjects', 'organizations', 'relations', 'posts', 'people', 'names', 'appointments', 'responsibilities', 'events', 'claims',
  'citations', 'successions', 'identifiers', 'person_merges',
];

export const SYS_COLUMNS = ['sys_seq', 'sys_from', 'sys_user', 'sys_source', 'sys_op'] as const;
