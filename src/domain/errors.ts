/** Stable error codes: the CLI and the API map these, and only these, to exit codes and statuses. */
export type ErrorCode =
  | 'INVALID_DATE'
  | 'INVALID_ARGUMENT'
  | 'NOT_FOUND'
  | 'AMBIGUOUS'
  | 'PARSE_ERROR'
  | 'VALIDATION_ERROR'
  | 'CONSTRAINT_VIOLATION'
  | 'UNKNOWN_SUBJECT'
  | 'STORAGE_ERROR'
  | 'UNAVAILABLE'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'PRECONDITION_FAILED'
  | 'PRECONDITION_REQUIRED';

/** Where bad input was found, so that a user can go and fix it. */
export interface ErrorPlace {
  file?: string;
  line?: number;
  field?: string;
  value?: unknown;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly place: ErrorPlace;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, place: ErrorPlace = {}, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.place = place;
    this.details = details;
  }

  /** The message prefixed with its place, as `file:line: field "value": message`. */
  describe(): string {
    const where: string[] = [];
    if (this.place.file) where.push(this.place.line ? `${this.place.file}:${this.place.line}` : this.place.file);
    if (this.place.field) where.push(this.place.value === undefined ? this.place.field : `${this.place.field} ${JSON.stringify(this.place.value)}`);
    return where.length ? `${where.join(': ')}: ${this.message}` : this.message;
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
