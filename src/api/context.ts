import type { FastifyRequest } from 'fastify';
import { DomainError } from '../domain/errors.js';
import { parseAskedDate, type PartialDate } from '../domain/time/partial-date.js';
import { authenticate } from '../services/auth.service.js';
import type { Database } from '../storage/database.js';
import type { User } from '../storage/repositories/user.repository.js';
import { Store } from '../storage/store.js';

/** What every route needs: the database and the clock (read here, at the edge). */
export interface ApiContext {
  database: Database;
  clock: () => Date;
  /** The present-time store reads share (built once: a store holds a repository per table). */
  store: Store;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: User | undefined;
  }
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** An instant as the history stamps it (UTC, milliseconds), from an ISO date or timestamp; a bare date means its end. */
export const parseInstant = (text: string, field: string): string => {
  const d = new Date(text);
  if (!TIMESTAMP.test(text) || Number.isNaN(d.getTime())) {
    throw new DomainError('INVALID_ARGUMENT', `${field} is an ISO 8601 date or timestamp, e.g. 2026-11-28T10:00:00Z`, { field, value: text });
  }
  // A bare date means the end of that day: everything recorded on it was known.
  return /T/.test(text) ? d.toISOString() : new Date(d.getTime() + 86_399_999).toISOString();
};

/** Reads come from the registry now, or as recorded at `known_at` (system time: the same tables, filtered). */
export const readStore = (ctx: ApiContext, knownAt: string | undefined): Store => (knownAt ? ctx.store.at(parseInstant(knownAt, 'known_at')) : ctx.store);

export const today = (ctx: ApiContext): string => ctx.clock().toISOString().slice(0, 10);
/** A date in a query (`at`, `from`, `to`), in any form people write (docs/dates.md); today when absent. */
export const dateParam = (value: string | undefined, field: string, ctx: ApiContext): PartialDate => {
  // The clock is read only for no date or "today": most questions name their date.
  const text = value ?? today(ctx);
  return parseAskedDate(text, () => today(ctx), { field, value: text });
};

export const identify = async (ctx: ApiContext, request: FastifyRequest): Promise<void> => {
  request.user = await authenticate(ctx.store, request.headers.authorization);
};
