import type { ErrorCode } from '../domain/errors.js';

/** The only place error codes become exit codes. */
export const EXIT_CODES: Record<ErrorCode, number> = {
  INVALID_DATE: 2,
  INVALID_ARGUMENT: 2,
  VALIDATION_ERROR: 2,
  NOT_FOUND: 3,
  AMBIGUOUS: 3,
  UNKNOWN_SUBJECT: 3,
  PARSE_ERROR: 4,
  CONSTRAINT_VIOLATION: 5,
  STORAGE_ERROR: 5,
  UNAVAILABLE: 7,
  UNAUTHENTICATED: 6,
  FORBIDDEN: 6,
  CONFLICT: 8,
  PRECONDITION_FAILED: 8,
  PRECONDITION_REQUIRED: 2,
};

/** `check` found at least one error-severity finding. */
export const EXIT_FINDINGS = 1;
export const EXIT_UNEXPECTED = 70;
/** An import wrote nothing, or rejected most of what it read: the report says why, a reason a line. */
export const EXIT_IMPORT_INCOMPLETE = 9;
