import type { Reason, ReasonCode, ReasonOf } from '../reasons.js';

/**
 * How one language says every reason: a function per code, given the reason and `say` for the reasons it contains.
 * A typed record keyed by code, so that TypeScript refuses a catalogue that lacks a message (or has one for no code).
 * Adding a language is adding one file that exports a `Catalogue` (en.messages.ts is the model).
 */
export type Catalogue = { readonly [C in ReasonCode]: (reason: ReasonOf<C>, say: (reason: Reason) => string) => string };

type Message = (reason: Reason, say: (reason: Reason) => string) => string;

/** A reason in the words of `catalogue`. */
export const renderReason = (reason: Reason, catalogue: Catalogue): string =>
  (catalogue[reason.code] as Message)(reason, (inner) => renderReason(inner, catalogue));

/** Whether a value is a reason `catalogue` can say: an object whose `code` is one of its codes. */
export const isReason = (value: unknown, catalogue: Catalogue): value is Reason =>
  typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string' &&
  Object.hasOwn(catalogue, (value as { code: string }).code);

/**
 * A `JSON.stringify` replacer that writes each reason with its `text` in `catalogue`'s words beside its code and
 * parameters (the reasons inside it too): how the CLI's --json and the HTTP API give answers. The answer itself is
 * not changed (it may be shared by other answers).
 */
export const withReasonTexts = (catalogue: Catalogue) => (_key: string, value: unknown): unknown =>
  isReason(value, catalogue) && !('text' in value) ? { ...value, text: renderReason(value, catalogue) } : value;
