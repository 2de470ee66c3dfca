import type { SuccessionKind } from './model.js';
import type { Certainty } from './time/interval.js';

/**
 * Reasons: why an answer is what it is, as data (a code and its parameters), never as a sentence. Services put them in
 * answers; a message catalogue per language (src/domain/messages) turns them into text, so that the CLI, the web app
 * and the JSON `text` beside each reason say the same words, and a second language is one more catalogue.
 * Parameters are ids, names as shown on the asked date, and dates as the sources wrote them.
 */

/** When a unit's responsibility falls outside its life. */
export const OUTSIDE_UNIT_WHEN = ['before-established', 'after-abolished'] as const;
/** What two records of possibly one person share. */
export const SAME_PERSON_SHARING = ['hangul-name', 'name-spelling'] as const;

/** A person, post, unit or subject a reason names: its id and its name as the answer shows it. */
export interface Named {
  id: string;
  name: string;
}

/** A source a reason names: its id and title. */
export interface SourceNamed {
  id: string;
  title: string;
}

/** Why one holder of a post is not certain on the date (the causes of `no-certain-holder`). */
export type HolderDoubt =
  | { code: 'dates-disputed'; person: Named }
  | { code: 'known-until'; person: Named; asOf: string }
  | { code: 'start-unrecorded'; person: Named }
  | { code: 'dates-partial'; person: Named };

/** Why a post shows the holders it shows on a date (or none). */
export type PostReason =
  | { code: 'post-not-existing'; post: Named; at: string; from: string | null; to: string | null }
  | { code: 'seats-all-held' }
  | { code: 'no-certain-holder'; at: string; doubts: HolderDoubt[] }
  | { code: 'vacant-between'; after: { person: Named; end: string | null }; before: { person: Named; start: string | null } }
  | { code: 'no-record' };

/** A unit found responsible for a subject on a date: by the unit's own responsibility, or `via` a function the subject falls to. */
interface Responsible {
  unit: Named;
  subject: Named;
  via: Named | null;
  at: string;
  sources: SourceNamed[];
  /** The unit and the units above it on the date, up to the top of its organization. */
  chain: Named[];
}

/** A post for a subject (an envoy's for a country, a member's for a constituency) held on a date. */
interface PostForSubject {
  post: Named;
  organization: Named | null;
  subject: Named;
  at: string;
  holders: Named[];
  sources: SourceNamed[];
}

/** One line of a routing answer's reasoning. */
export type RouteReason =
  | { code: 'subject-ended'; subject: Named; at: string; ended: string; successors: Named[] }
  | { code: 'subject-not-begun'; subject: Named; at: string; began: string | null }
  | { code: 'unit-not-existing'; unit: Named; subject: Named; at: string; from: string | null }
  | { code: 'not-covered'; subject: Named; at: string; within: Named | null }
  | ({ code: 'responsible' } & Responsible)
  | ({ code: 'possibly-responsible' } & Responsible)
  | ({ code: 'post-held' } & PostForSubject)
  | ({ code: 'post-possibly-held' } & PostForSubject)
  | {
    code: 'post-vacant'; post: Named; organization: Named | null; subject: Named; at: string;
    after: { person: Named; end: string | null } | null; before: { person: Named; start: string | null } | null;
  }
  | { code: 'sources-disagree'; subject: Named; units: number }
  | { code: 'change-unplaced'; subject: Named; at: string };

/** A term a reason names: the appointment's id, its holder and its post. */
export interface TermNamed {
  id: string;
  person: Named;
  post: Named;
}

/**
 * What a data check found (`chancery check`), as data: the finding's code is its reason's. End dates are as answers
 * give them: a date, "incumbent" while the term runs, or null when unknown.
 */
export type FindingReason =
  | { code: 'end-before-start'; term: TermNamed; start: string; end: string }
  | { code: 'term-after-death'; term: TermNamed; end: string | null; person: Named; died: string }
  | { code: 'term-before-birth'; term: TermNamed; start: string; person: Named; born: string }
  | { code: 'seats-exceeded'; post: Named; seats: number; day: string; holders: Named[] }
  | { code: 'source-overlap'; source: SourceNamed; post: Named; terms: { person: Named; start: string | null; end: string | null }[] }
  | { code: 'incompatible-posts'; person: Named; posts: Named[]; organization: Named; overlap: Certainty }
  | {
    code: 'conflicting-claims';
    /** The facts the claims are about (a term's claims name its holder and post), each with the field disputed. */
    facts: { type: string; id: string; name: string; post: Named | null; field: string }[];
    /** Each value claimed, with the sources that claim it. */
    values: { value: string; citing: SourceNamed[] }[];
    /** The end of one term and the start of the next disputed alike: one handover. */
    handover: boolean;
  }
  | { code: 'conflicting-responsibility'; subject: Named; units: Named[]; organization: Named; citing: SourceNamed[] }
  | { code: 'responsibility-outside-unit'; unit: Named; subject: Named; when: (typeof OUTSIDE_UNIT_WHEN)[number] }
  | { code: 'event-before-establishment'; event: { id: string; kind: string; date: string }; unit: Named; established: string }
  | { code: 'possible-same-person'; people: Named[]; sharing: (typeof SAME_PERSON_SHARING)[number] }
  | { code: 'ordinal-mismatch'; term: { id: string; person: Named | null; post: Named }; claimed: string; derived: number | null }
  | {
    code: 'reconciliation-mismatch'; post: Named; person: Named; start: string | null; end: string | null; column: string;
    read: string[]; derived: string[]; missing: string[]; extra: string[]; unmatched: string[];
  };

/** How a name asked was found when it named nothing exactly: another name people use for it, or the clear best match. */
export const TAKEN_BY = ['alias', 'closest'] as const;

/**
 * Notes on how a question was read (`who`, `holders`, `person`): the name asked taken as one post or person, and a
 * post asked on a date after it ended pointing to what continued it (decision 19). `inferred`: the link is Chancery's
 * own, by the rule `rule` (its words as stored with the link); else a source states it.
 */
export type LookupNote =
  | { code: 'taken-as'; asked: string; taken: Named; by: (typeof TAKEN_BY)[number]; alias: string | null }
  | { code: 'post-continued-as'; post: Named; successors: Named[]; kind: SuccessionKind; date: string | null; inferred: boolean; rule: string | null };

/** Every reason an answer may give. */
export type Reason = HolderDoubt | PostReason | RouteReason | FindingReason | LookupNote;
export type ReasonCode = Reason['code'];

/** The reason of a code. */
export type ReasonOf<C extends ReasonCode> = Extract<Reason, { code: C }>;

/** A reason as JSON answers carry it: its code and parameters, and its text in English for convenience. */
export type WithText<R> = R & { text: string };

/**
 * The `end` of a term or responsibility that still runs, in answers: an enumerated value (a date, this, or null when
 * unknown), never words to show; each face says it in its language ("incumbent", "in office", "to date").
 */
export const OPEN_END = 'incumbent';

/**
 * In a holders table's `concurrent` lists and reconciliation (names of holders of a related post): a stretch when
 * nobody held it. An enumerated value among names, as the source tables write it; faces may say it in their words.
 */
export const OFFICE_VACANT = 'Office vacant';
