/** What differs between the databases, decided once when a connection opens (Kysely's `Dialect` idea, smaller). */
export interface Capabilities {
  readonly dialect: 'sqlite' | 'postgres';
  /** PostgreSQL can refuse overlapping certain tenures of a single-seat post with an exclusion constraint. */
  readonly exclusionConstraints: boolean;
  /** `SELECT … FOR UPDATE`: PostgreSQL locks a row for a read-check-write; SQLite serializes writers anyway. */
  readonly rowLocks: boolean;
  /**
   * Round trips cost (a server over a socket): a batch of lookups goes in one statement (`join lateral`). On SQLite a
   * prepared statement per lookup costs no round trip, and each stays a bounded index probe.
   */
  readonly batchLookups: boolean;
}

export const sqliteCapabilities: Capabilities = { dialect: 'sqlite', exclusionConstraints: false, rowLocks: false, batchLookups: false };
export const postgresCapabilities: Capabilities = { dialect: 'postgres', exclusionConstraints: true, rowLocks: true, batchLookups: true };
