import { z } from 'zod';
import { SAFE_URL } from '../domain/sources.js';
import { LIMITS } from '../domain/text.js';
import { textField } from '../domain/text.schema.js';

/** Every text an API caller sends: bounded, no control characters. */
export const text = (max: number = LIMITS.name) => textField(max);
export const required = (max: number = LIMITS.name) => textField(max).pipe(z.string().min(1, 'must not be empty'));

/** Query parameters every read takes. */
export const temporal = {
  at: text(LIMITS.date).optional().describe('valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today'),
  known_at: text(LIMITS.date + 10).optional().describe('transaction time: answer as the registry knew it at this instant (ISO 8601)'),
};

export const page = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

export const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string(), field: z.string().nullable(), details: z.record(z.string(), z.unknown()).optional() }) }).describe('every error');

export const citationSchema = z
  .union([
    z.strictObject({ id: required(LIMITS.id) }),
    z.strictObject({ title: required(LIMITS.title), url: text(LIMITS.url).refine((u) => SAFE_URL.test(u), 'an http(s) address').optional(), document: text(LIMITS.title).optional(), accessed: text(LIMITS.date).optional() }),
  ])
  .describe('the source of the write: a stored source by id, or a citation (title, and an address or a document, and when it was accessed)');
