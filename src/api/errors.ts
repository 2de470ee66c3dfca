import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type ErrorCode, isDomainError } from '../domain/errors.js';

/** The only place error codes become HTTP statuses. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  INVALID_DATE: 400,
  INVALID_ARGUMENT: 400,
  PARSE_ERROR: 400,
  VALIDATION_ERROR: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_SUBJECT: 404,
  AMBIGUOUS: 409,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  CONSTRAINT_VIOLATION: 422,
  PRECONDITION_REQUIRED: 428,
  STORAGE_ERROR: 500,
  UNAVAILABLE: 503,
};

export interface ErrorBody {
  error: { code: string; message: string; field: string | null; details?: Record<string, unknown> };
}

export const errorBody = (code: string, message: string, field: string | null = null, details?: Record<string, unknown>): ErrorBody => ({
  error: { code, message, field, ...(details && Object.keys(details).length ? { details } : {}) },
});

/** Every error leaves as `{"error": {"code", "message", "field"}}` with the status its code maps to. */
export const errorHandler = (err: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply => {
  if (isDomainError(err)) {
    const status = HTTP_STATUS[err.code];
    if (status === 503) void reply.header('Retry-After', String(err.details['retryAfter'] ?? 2));
    else if (status >= 500) request.log.error({ err }, 'storage error');
    return reply.code(status).send(errorBody(err.code, err.message, err.place.field ?? null, err.details));
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issue = err.validation[0];
    const where = (issue?.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
    const field = [err.validationContext, where].filter(Boolean).join('.');
    return reply.code(400).send(errorBody('VALIDATION_ERROR', issue?.message ?? 'invalid request', field || null));
  }
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send(errorBody('PAYLOAD_TOO_LARGE', err.message, 'body'));
  if (err.statusCode === 429) return reply.code(429).send(errorBody('RATE_LIMITED', err.message));
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return reply.code(err.statusCode).send(errorBody('BAD_REQUEST', err.message, 'body'));
  request.log.error({ err }, 'unexpected error');
  return reply.code(500).send(errorBody('INTERNAL', 'an unexpected error; it has been logged'));
};
