/**
 * Reasons: why an answer is what it is, as data (a code and its parameters), never as a sentence. Services put them in
 * answers; a message catalogue per language (src/domain/messages) turns them into text, so that the CLI, the web app
 * and the JSON `text` beside each reason say the same words, and a second language is one more catalogue.
 * Parameters are ids, names as shown on the asked date, and dates as the sources wrote them.
 */

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

/** One line of a routing answer's reasoning. */
export type RouteReason =
  | { code: 'subject-ended'; subject: Named; at: string; ended: string; successors: Named[] }
  | { code: 'subject-not-begun'; subject: Named; at: string; began: string | null }
  | { code: 'unit-not-existing'; unit: Named; subject: Named; at: string; from: string | null }
  | { code: 'not-covered'; subject: Named; at: string; within: Named | null }
  | ({ code: 'responsible' } & Responsible)
  | ({ code: 'possibly-responsible' } & Responsible)
  | { code: 'sources-disagree'; subject: Named; units: number }
  | { code: 'change-unplaced'; subject: Named; at: string };

/** Every reason an answer may give. */
export type Reason = HolderDoubt | PostReason | RouteReason;
export type ReasonCode = Reason['code'];

/** The reason of a code. */
export type ReasonOf<C extends ReasonCode> = Extract<Reason, { code: C }>;

/** A reason as JSON answers carry it: its code and parameters, and its text in English for convenience. */
export type WithText<R> = R & { text: string };
