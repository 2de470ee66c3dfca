import { z } from 'zod';
import { type HolderDoubt, type LookupNote, OUTSIDE_UNIT_WHEN, type PostReason, type RouteReason, SAME_PERSON_SHARING, TAKEN_BY, type WithText } from '../domain/reasons.js';
import { SUCCESSION_KINDS } from '../domain/model.js';
import { CERTAINTIES } from '../domain/time/interval.js';
import { type Finding, SEVERITIES } from '../services/check.service.js';
import type { SourceRef } from '../services/views.js';

/*
 * The reasons as answers carry them (src/domain/reasons.ts): a code, its parameters, and `text`, the reason in
 * English (src/domain/messages/en.messages.ts). `z.ZodType<WithText<…>>` makes the compiler refuse a schema that
 * does not match the reasons' types; docs/api.md lists the codes.
 */

const reasoned = new WeakSet<object>();

/**
 * Marks an answer schema whose answers carry reasons: the API writes those answers with each reason's `text` (app.ts),
 * the others as they are (the replacer costs ×1.3–2 on writing an answer). A schema left unmarked fails the contract
 * test, which parses real answers with the strict schemas that require `text`.
 */
export const carriesReasons = <T extends z.ZodType>(schema: T): T => {
  reasoned.add(schema);
  return schema;
};
export const hasReasons = (schema: unknown): boolean => typeof schema === 'object' && schema !== null && reasoned.has(schema);

const text = z.string();
const maybe = z.string().nullable();
const named = z.strictObject({ id: text, name: text });
const said = { text: text.describe('the reason in English') };
const sourceRefSchema: z.ZodType<SourceRef> = z.strictObject({ id: text, title: text, url: maybe, kind: text });
const reason = <C extends string, S extends z.ZodRawShape>(code: C, shape: S) => z.strictObject({ code: z.literal(code), ...shape, ...said });

export const holderDoubtSchema: z.ZodType<WithText<HolderDoubt>> = z.discriminatedUnion('code', [
  reason('dates-disputed', { person: named }),
  reason('known-until', { person: named, asOf: text }),
  reason('start-unrecorded', { person: named }),
  reason('dates-partial', { person: named }),
]).meta({ id: 'HolderDoubt', description: 'why one holder of a post is not certain on the date' });

export const postReasonSchema: z.ZodType<WithText<PostReason>> = z.discriminatedUnion('code', [
  reason('post-not-existing', { post: named, at: text, from: maybe, to: maybe }),
  reason('seats-all-held', {}),
  reason('no-certain-holder', { at: text, doubts: z.array(holderDoubtSchema) }),
  reason('vacant-between', { after: z.strictObject({ person: named, end: maybe }), before: z.strictObject({ person: named, start: maybe }) }),
  reason('no-record', {}),
]).meta({ id: 'PostReason', description: 'why a post shows the holders it shows on the date (or none)' });

export const lookupNoteSchema: z.ZodType<WithText<LookupNote>> = z.discriminatedUnion('code', [
  reason('taken-as', { asked: text, taken: named, by: z.enum(TAKEN_BY), alias: maybe }),
  reason('post-continued-as', { post: named, successors: z.array(named), kind: z.enum(SUCCESSION_KINDS), date: maybe, inferred: z.boolean(), rule: maybe }),
]).meta({ id: 'LookupNote', description: 'how the name asked was read, and where a post went on after it ended' });

const responsible = { unit: named, subject: named, via: named.nullable(), at: text, sources: z.array(z.strictObject({ id: text, title: text })), chain: z.array(named) };
const postForSubject = { post: named, organization: named.nullable(), subject: named, at: text, holders: z.array(named), sources: z.array(z.strictObject({ id: text, title: text })) };
export const routeReasonSchema: z.ZodType<WithText<RouteReason>> = z.discriminatedUnion('code', [
  reason('subject-ended', { subject: named, at: text, ended: text, successors: z.array(named) }),
  reason('subject-not-begun', { subject: named, at: text, began: maybe }),
  reason('unit-not-existing', { unit: named, subject: named, at: text, from: maybe }),
  reason('not-covered', { subject: named, at: text, within: named.nullable() }),
  reason('responsible', responsible),
  reason('possibly-responsible', responsible),
  reason('post-held', postForSubject),
  reason('post-possibly-held', postForSubject),
  reason('post-vacant', {
    post: named, organization: named.nullable(), subject: named, at: text,
    after: z.strictObject({ person: named, end: maybe }).nullable(), before: z.strictObject({ person: named, start: maybe }).nullable(),
  }),
  reason('sources-disagree', { subject: named, units: z.number() }),
  reason('change-unplaced', { subject: named, at: text }),
]).meta({ id: 'RouteReason', description: 'one line of a routing answer\'s reasoning' });

const termNamed = z.strictObject({ id: text, person: named, post: named });
const sourceNamed = z.strictObject({ id: text, title: text });
const finding = { severity: z.enum(SEVERITIES), subjects: z.array(z.strictObject({ type: text, id: text, name: text })), sources: z.array(sourceRefSchema) };
const found = <C extends string, S extends z.ZodRawShape>(code: C, shape: S) => reason(code, { ...shape, ...finding });
export const findingSchema: z.ZodType<WithText<Finding>> = z.discriminatedUnion('code', [
  found('end-before-start', { term: termNamed, start: text, end: text }),
  found('term-after-death', { term: termNamed, end: maybe, person: named, died: text }),
  found('term-before-birth', { term: termNamed, start: text, person: named, born: text }),
  found('seats-exceeded', { post: named, seats: z.number(), day: text, holders: z.array(named) }),
  found('source-overlap', { source: sourceNamed, post: named, terms: z.array(z.strictObject({ person: named, start: maybe, end: maybe })) }),
  found('incompatible-posts', { person: named, posts: z.array(named), organization: named, overlap: z.enum(CERTAINTIES) }),
  found('conflicting-claims', {
    facts: z.array(z.strictObject({ type: text, id: text, name: text, post: named.nullable(), field: text })),
    values: z.array(z.strictObject({ value: text, citing: z.array(sourceNamed) })), handover: z.boolean(),
  }),
  found('conflicting-responsibility', { subject: named, units: z.array(named), organization: named, citing: z.array(sourceNamed) }),
  found('responsibility-outside-unit', { unit: named, subject: named, when: z.enum(OUTSIDE_UNIT_WHEN) }),
  found('event-before-establishment', { event: z.strictObject({ id: text, kind: text, date: text }), unit: named, established: text }),
  found('possible-same-person', { people: z.array(named), sharing: z.enum(SAME_PERSON_SHARING) }),
  found('ordinal-mismatch', { term: z.strictObject({ id: text, person: named.nullable(), post: named }), claimed: text, derived: z.number().nullable() }),
  found('reconciliation-mismatch', {
    post: named, person: named, start: maybe, end: maybe, column: text, read: z.array(text), derived: z.array(text), missing: z.array(text),
    extra: z.array(text), unmatched: z.array(text),
  }),
]).meta({ id: 'Finding', description: 'what a data check found: its code and parameters, its text in English, its severity, subjects and sources' });
