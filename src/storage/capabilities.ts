/** What differs between the databases, decided once when a connection opens (Kysely's `Dialect` idea, smaller). */
export interface Capabilities {
  readonly dialect: 'sqlite' | 'postgres';
  /** PostgreSQL can refuse overlapping certain tenures of a single-seat post with an exclusion constraint. */
  readonly exclusionConstraints: boolean;
}

export const sqliteCapabilities: Capabilities = { dialect: 'sqlite', exclusionConstraints: false };
export const postgresCapabilities: Capabilities = { dialect: 'postgres', exclusionConstraints: true };
