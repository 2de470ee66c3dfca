import type { Generated } from 'kysely';

/**
 * Table rows as stored. Dates are kept twice: the text the source gave (`start`, precision intact) and day numbers
 * (`start_min`, `start_max`: the earliest and latest day it can mean) for indexed comparison on every database.
 * Booleans are integers 0/1 on both databases.
 */
export interface IntervalColumns {
  start: string | null;
  start_min: number | null;
  start_max: number | null;
  end_kind: 'date' | 'open' | 'unknown';
  end: string | null;
  end_min: number | null;
  end_max: number | null;
}

export interface SourceRow {
  id: string;
  title: string;
  url: string | null;
  kind: string;
  publisher: string | null;
  license: string | null;
  published: string | null;
  accessed: string | null;
  note: string | null;
}

export interface OrganizationRow {
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
  source_id: string;
}

export interface RelationRow extends IntervalColumns {
  id: string;
  from_id: string;
  to_id: string;
  type: string;
  source_id: string;
}

export interface PostRow {
  id: string;
  organization_id: string;
  name: string;
  seats: number;
  rank: number | null;
  source_id: string;
}

export interface PersonRow {
  id: string;
  name: string;
  native_name: string | null;
  born: string | null;
  died: string | null;
  source_id: string;
  /** Set while this person is merged into another: every question then follows it there. */
  merged_into: string | null;
}

export interface PersonMergeRow {
  id: string;
  kept_id: string;
  merged_id: string;
  source_id: string;
  recorded_at: string;
  undone_at: string | null;
  /** JSON: the ids of the appointments, names and claims moved, so that a split moves exactly those back. */
  moved: string;
}

export interface NameRow extends Partial<IntervalColumns> {
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

export interface AppointmentRow extends IntervalColumns {
  id: string;
  post_id: string;
  person_id: string;
  acting: number;
  single_seat: number;
  certain_from: number | null;
  certain_to: number | null;
  source_id: string;
  note: string | null;
}

export interface SubjectRow {
  id: string;
  kind: string;
  code: string | null;
  name: string;
}

export interface ResponsibilityRow extends IntervalColumns {
  id: string;
  unit_id: string;
  /** The organization at the top of the unit's chain when written: what routing by organization reads. */
  organization_id: string | null;
  role: string;
  subject_id: string;
  source_id: string;
  note: string | null;
}

export interface EventRow {
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

export interface ClaimRow {
  id: string;
  entity_type: string;
  entity_id: string;
  field: string;
  value: string;
  source_id: string;
  quote: string | null;
  note: string | null;
}

export interface Tables {
  sources: SourceRow;
  organizations: OrganizationRow;
  relations: RelationRow;
  posts: PostRow;
  people: PersonRow;
  names: NameRow;
  appointments: AppointmentRow;
  subjects: SubjectRow;
  responsibilities: ResponsibilityRow;
  events: EventRow;
  claims: ClaimRow;
  person_merges: PersonMergeRow;
  history: HistoryRow;
  users: UserRow;
  tokens: TokenRow;
}

export interface HistoryRow {
  seq: Generated<number>;
  table_name: string;
  row_id: string;
  op: 'insert' | 'update';
  /** The whole row after the write, as JSON. */
  data: string;
  recorded_at: string;
  user_id: string;
  source_id: string | null;
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
