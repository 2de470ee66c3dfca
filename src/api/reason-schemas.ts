import { z } from 'zod';
import type { HolderDoubt, PostReason, RouteReason, WithText } from '../domain/reasons.js';

/*
 * The reasons as answers carry them (src/domain/reasons.ts): a code, its parameters, and `text`, the reason in
 * English (src/domain/messages/en.messages.ts). `z.ZodType<WithText<…>>` makes the compiler refuse a schema that
 * does not match the reasons' types; docs/api.md lists the codes.
 */

const text = z.string();
const maybe = z.string().nullable();
const named = z.strictObject({ id: text, name: text });
const said = { text: text.describe('the reason in English') };
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

const responsible = { unit: named, subject: named, via: named.nullable(), at: text, sources: z.array(z.strictObject({ id: text, title: text })), chain: z.array(named) };
export const routeReasonSchema: z.ZodType<WithText<RouteReason>> = z.discriminatedUnion('code', [
  reason('subject-ended', { subject: named, at: text, ended: text, successors: z.array(named) }),
  reason('subject-not-begun', { subject: named, at: text, began: maybe }),
  reason('unit-not-existing', { unit: named, subject: named, at: text, from: maybe }),
  reason('not-covered', { subject: named, at: text, within: named.nullable() }),
  reason('responsible', responsible),
  reason('possibly-responsible', responsible),
  reason('sources-disagree', { subject: named, units: z.number() }),
  reason('change-unplaced', { subject: named, at: text }),
]).meta({ id: 'RouteReason', description: 'one line of a routing answer\'s reasoning' });
