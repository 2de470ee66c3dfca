import { DomainError } from '../errors.js';
import type { Day } from '../time/day.js';

/**
 * A matter: something that reached an organization (a note verbale, a letter, a consular case) and is worked to a
 * reply. Matters are records of work, not sourced facts about the world (decision 023): they carry no source, and
 * their history is the desk's own (who did what, when, why), not the registry's system time.
 */

/** The kinds seeded; the vocabulary is open (a kind is a short lowercase word or phrase). */
export const SEEDED_MATTER_KINDS = ['note-verbale', 'letter', 'consular-case', 'treaty-text', 'request-for-information', 'other'] as const;
export const MATTER_KIND = /^[a-z][a-z0-9-]{0,39}$/;

export const CLASSIFICATIONS = ['public', 'restricted', 'confidential'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const MATTER_STATUSES = [
  'registered', 'assigned', 'in-progress', 'holding-reply-sent', 'replied', 'closed', 'transferred', 'reopened', 'withdrawn',
] as const;
export type MatterStatus = (typeof MATTER_STATUSES)[number];

/** The statuses a matter is no longer being worked in: its clock has stopped. */
export const FINISHED: ReadonlySet<MatterStatus> = new Set(['replied', 'closed', 'withdrawn']);

/**
 * Which status may follow which. `transferred` waits for the receiving unit to accept (→ assigned); `reopened` is
 * worked again like an assigned matter.
 */
const NEXT: Record<MatterStatus, readonly MatterStatus[]> = {
  registered: ['assigned', 'withdrawn'],
  assigned: ['in-progress', 'holding-reply-sent', 'replied', 'transferred', 'withdrawn'],
  'in-progress': ['holding-reply-sent', 'replied', 'transferred', 'withdrawn'],
  'holding-reply-sent': ['in-progress', 'replied', 'transferred', 'withdrawn'],
  replied: ['closed', 'reopened'],
  closed: ['reopened'],
  transferred: ['assigned', 'withdrawn'],
  reopened: ['in-progress', 'holding-reply-sent', 'replied', 'transferred', 'withdrawn'],
  withdrawn: ['reopened'],
};

export const canMove = (from: MatterStatus, to: MatterStatus): boolean => NEXT[from].includes(to);

export const requireMove = (from: MatterStatus, to: MatterStatus): void => {
  if (!canMove(from, to)) {
    throw new DomainError('CONFLICT', `a ${from} matter cannot become ${to}; it can become ${NEXT[from].join(', ') || 'nothing'}`, { field: 'status', value: to }, { from, allowed: NEXT[from] });
  }
};

/** Bounds of a matter's texts. */
export const MATTER_LIMITS = { title: 300, summary: 2000, sender: 300, reason: 1000, subjects: 20 } as const;

/** Who or what sent a matter: an entity of the registry (a subject, an organization, a person) or free text. */
export interface MatterSender {
  /** `subject:SE`, `organization:mfa`, `person:…`; null for free text. */
  ref: string | null;
  name: string;
}

/** A routing answer as it was when the matter was routed, kept whole so it can be shown after the registry changes. */
export type KeptRouting = Record<string, unknown> & { status: string };

export interface Matter {
  id: string;
  reference: string;
  /** The organization addressed, or null for the government as a whole. */
  organizationId: string | null;
  kind: string;
  sender: MatterSender;
  /** Subject ids (countries, bodies, functions), the first deciding the lead unit. */
  subjects: string[];
  received: Day;
  language: string | null;
  title: string;
  summary: string | null;
  classification: Classification;
  status: MatterStatus;
  leadUnitId: string | null;
  consultedUnitIds: string[];
  /** Units a triage may choose from (routing was uncertain or in conflict); empty once assigned. */
  triageCandidates: string[];
  /** The routing answers kept, per subject, at the routing that set the lead unit. */
  routing: KeptRouting[];
  /** The day the clock counts from: receipt, or the acceptance of a transfer (Day 1 is the day after). */
  clockFrom: Day;
  targetDays: number;
  /** The unit a transfer waits on to accept. */
  transferTo: string | null;
  repliedOn: Day | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const MATTER_ACTIONS = ['register', 'assign', 'start', 'holding-reply', 'reply', 'close', 'transfer', 'accept', 'reopen', 'withdraw', 'import'] as const;
export type MatterAction = (typeof MATTER_ACTIONS)[number];

/** One change of a matter, as kept in its history. */
export interface MatterChange {
  matterId: string;
  version: number;
  action: MatterAction;
  at: string;
  userId: string;
  reason: string | null;
  /** The matter after the change. */
  after: Matter;
}

/** `MFA-2025-000123`: the organization's prefix, the year of receipt, a number counted per organization and year. */
export const matterReference = (prefix: string, year: number, n: number): string => `${prefix}-${year}-${String(n).padStart(6, '0')}`;

const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'le', 'et']);

/**
 * The prefix of an organization's references: the initials of its name's words, a qualifier in parentheses left
 * out ("Ministry of Foreign Affairs (North Korea)" → MFA); GOV for the government as a whole.
 */
export const referencePrefix = (organizationName: string | null): string => {
  if (organizationName === null) return 'GOV';
  const words = organizationName.replace(/\([^()]*\)/g, ' ').split(/[^\p{L}\p{N}]+/u).filter((w) => w && !MINOR_WORDS.has(w.toLowerCase()));
  return words.map((w) => w[0]!.toUpperCase()).join('').replace(/[^A-Z0-9]/g, '').slice(0, 8) || 'ORG';
};

export const checkKind = (kind: string): string => {
  if (!MATTER_KIND.test(kind)) throw new DomainError('VALIDATION_ERROR', 'a kind is a lowercase word or phrase with hyphens, e.g. note-verbale', { field: 'kind', value: kind });
  return kind;
};

/** Bounded, trimmed text; a clear error naming the field when too long or empty where needed. */
export const boundedText = (field: keyof typeof MATTER_LIMITS, value: string, required = true): string => {
  const v = value.trim();
  if (required && !v) throw new DomainError('VALIDATION_ERROR', `${field} is needed`, { field });
  const max = MATTER_LIMITS[field];
  if (v.length > max) throw new DomainError('VALIDATION_ERROR', `${field} is at most ${max} characters`, { field, value: `${v.slice(0, 40)}…` });
  return v;
};
