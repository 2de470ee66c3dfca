import type { Socket } from 'node:net';
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
    const params = (issue?.params ?? {}) as Record<string, unknown>;
    const unknownKeys = issue?.keyword === 'unrecognized_keys' ? ((params['keys'] as string[] | undefined) ?? []) : [];
    const field = [err.validationContext, where, ...unknownKeys.slice(0, 1)].filter(Boolean).join('.');
    const message = unknownKeys.length ? `unknown parameter${unknownKeys.length > 1 ? 's' : ''} ${unknownKeys.map((k) => `"${k}"`).join(', ')}` : `${field || 'request'}: ${issue?.message ?? 'invalid'}`;
    return reply.code(400).send(errorBody('VALIDATION_ERROR', message, field || null));
  }
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send(errorBody('PAYLOAD_TOO_LARGE', err.message, 'body'));
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return reply.code(415).send(errorBody('UNSUPPORTED_MEDIA_TYPE', err.message, 'content-type'));
  if (err.statusCode === 429) return reply.code(429).send(errorBody('RATE_LIMITED', err.message));
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return reply.code(err.statusCode).send(errorBody('BAD_REQUEST', err.message, 'body'));
  request.log.error({ err }, 'unexpected error');
  return reply.code(500).send(errorBody('INTERNAL', 'an unexpected error; it has been logged'));
};

/** The router's own errors (a malformed URL, a path parameter too long) in the one shape. */
export const frameworkErrors = (err: FastifyError, _req: FastifyRequest, reply: FastifyReply): void => {
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') void reply.code(414).send(errorBody('URI_TOO_LONG', 'a path parameter is longer than 500 characters', 'path'));
  else if (err.code === 'FST_ERR_BAD_URL') void reply.code(400).send(errorBody('BAD_URL', 'the URL is malformed (its percent-encoding is invalid)', 'url'));
  else void reply.code(400).send(errorBody('BAD_REQUEST', err.message, null));
};

const REASONS: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 413: 'Payload Too Large', 414: 'URI Too Long', 431: 'Request Header Fields Too Large' };

/**
 * Errors the HTTP parser meets before any route (headers or a request line too large, a broken request): answered in
 * the one shape, on the raw socket, and the connection closed.
 */
export const clientErrorHandler = (err: Error & { code?: string }, socket: Socket): void => {
  if (socket.destroyed || !socket.writable) return;
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : err.code === 'HPE_URI_TOO_LONG' ? 414 : 400;
  const code = status === 431 ? 'HEADERS_TOO_LARGE' : status === 408 ? 'REQUEST_TIMEOUT' : status === 414 ? 'URI_TOO_LONG' : 'BAD_REQUEST';
  const body = JSON.stringify(errorBody(code, status === 431 ? 'the request line or headers are larger than the server accepts (16 KiB)' : err.message, null));
  socket.end(`HTTP/1.1 ${status} ${REASONS[status] ?? 'Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
};
