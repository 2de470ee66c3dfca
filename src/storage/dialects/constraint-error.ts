import { DomainError } from '../../domain/errors.js';

/**
 * A driver's refusal of a write by one of the schema's own constraints (PostgreSQL's integrity class 23: exclusion,
 * unique, foreign key, check, not null; SQLite's SQLITE_CONSTRAINT_*), as the domain's CONSTRAINT_VIOLATION: the
 * write broke a rule of the registry, it is not a failure of the server. The one place both dialects map them
 * (decision 010); anything else is left as it is.
 */
export const asConstraintViolation = (e: unknown): DomainError | undefined => {
  const err = e as { code?: unknown; message?: unknown; constraint?: unknown; table?: unknown; detail?: unknown } | undefined;
  const code = typeof err?.code === 'string' ? err.code : undefined;
  if (!code || !(/^23[0-9A-Z]{3}$/.test(code) || code.startsWith('SQLITE_CONSTRAINT'))) return undefined;
  const message = typeof err?.message === 'string' ? err.message : code;
  const constraint = typeof err?.constraint === 'string' ? err.constraint : undefined;
  const table = typeof err?.table === 'string' ? err.table : undefined;
  return new DomainError('CONSTRAINT_VIOLATION', `the database refused the write: ${message}${typeof err?.detail === 'string' ? ` (${err.detail})` : ''}`, {}, {
    driverCode: code, ...(constraint ? { constraint } : {}), ...(table ? { table } : {}),
  });
};
