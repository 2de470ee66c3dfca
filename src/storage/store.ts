import { sql } from 'kysely';
import { type Capabilities, sqliteCapabilities } from './capabilities.js';
import type { Database, Db } from './database.js';
import { CitationRepository, ClaimRepository, EventRepository, IdentifierRepository, SuccessionRepository } from './repositories/claim.repository.js';
import { HistoryRepository } from './repositories/history.repository.js';
import { OrganizationRepository, RelationRepository } from './repositories/organization.repository.js';
import { NameRepository, PersonMergeRepository, PersonRepository } from './repositories/person.repository.js';
import { AppointmentRepository, PostRepository } from './repositories/post.repository.js';
import { ResponsibilityRepository, SubjectRepository } from './repositories/responsibility.repository.js';
import { SourceRepository } from './repositories/source.repository.js';
import type { RepositoryContext } from './repositories/table.repository.js';
import { UserRepository } from './repositories/user.repository.js';
import { type KnownAt, systemContext, type WriteContext } from './system-time.js';
import type { RegistryTable } from './tables.js';

let savepoints = 0;

/** Every repository over one connection or one transaction, at one known time. Services take a Store and never see SQL. */
export class Store {
  readonly sources: SourceRepository;
  readonly claims: ClaimRepository;
  readonly citations: CitationRepository;
  readonly identifiers: IdentifierRepository;
  readonly organizations: OrganizationRepository;
  readonly relations: RelationRepository;
  readonly posts: PostRepository;
  readonly people: PersonRepository;
  readonly merges: PersonMergeRepository;
  readonly names: NameRepository;
  readonly appointments: AppointmentRepository;
  readonly subjects: SubjectRepository;
  readonly responsibilities: ResponsibilityRepository;
  readonly events: EventRepository;
  readonly successions: SuccessionRepository;
  readonly users: UserRepository;
  readonly history: HistoryRepository;
  private readonly rc: RepositoryContext;

  constructor(
    private readonly db: Db,
    readonly context: WriteContext = systemContext(),
    readonly caps: Capabilities = sqliteCapabilities,
    private readonly columns: (table: string, via?: Db) => Promise<string[]> = () => Promise.resolve([]),
    readonly knownAt: KnownAt = undefined,
    private readonly inTransaction = false,
  ) {
    const rc: RepositoryContext = (this.rc = { db, caps, context, knownAt, columns: (table) => columns(table, db) });
    this.sources = new SourceRepository(rc);
    this.claims = new ClaimRepository(rc);
    this.citations = new CitationRepository(rc);
    this.identifiers = new IdentifierRepository(rc);
    this.organizations = new OrganizationRepository(rc);
    this.relations = new RelationRepository(rc);
    this.posts = new PostRepository(rc);
    this.people = new PersonRepository(rc);
    this.merges = new PersonMergeRepository(rc);
    this.names = new NameRepository(rc);
    this.appointments = new AppointmentRepository(rc);
    this.subjects = new SubjectRepository(rc);
    this.responsibilities = new ResponsibilityRepository(rc);
    this.events = new EventRepository(rc);
    this.successions = new SuccessionRepository(rc);
    this.users = new UserRepository(db);
    this.history = new HistoryRepository(db, knownAt);
  }

  /** A store over the database; its writes are recorded under `context` (by default, the system user and the clock). */
  static of(database: Database, context?: WriteContext): Store {
    return new Store(database.db, context, database.caps, database.columns);
  }

  /** The same store writing under another user or source. */
  withContext(context: WriteContext): Store {
    return new Store(this.db, context, this.caps, this.columns, this.knownAt, this.inTransaction);
  }

  /** The registry as it was recorded at `knownAt` (an ISO instant): every read sees only what was written by then. */
  at(knownAt: KnownAt): Store {
    return new Store(this.db, this.context, this.caps, this.columns, knownAt, this.inTransaction);
  }

  /** Runs `work` in one transaction: all of its writes land, or none. Inside a transaction, joins it. */
  async transaction<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    if (this.inTransaction) return work(this);
    return this.db.transaction().execute((trx) => work(new Store(trx, this.context, this.caps, this.columns, this.knownAt, true)));
  }

  /** Runs `work` inside the current transaction so that, if it throws, only its own writes are undone. */
  async savepoint<T>(work: () => Promise<T>): Promise<T> {
    const name = `sp_${++savepoints}`;
    await sql.raw(`savepoint ${name}`).execute(this.db);
    try {
      const result = await work();
      await sql.raw(`release savepoint ${name}`).execute(this.db);
      return result;
    } catch (e) {
      await sql.raw(`rollback to savepoint ${name}`).execute(this.db);
      await sql.raw(`release savepoint ${name}`).execute(this.db);
      throw e;
    }
  }

  /**
   * Holds a row against concurrent writers until the transaction ends, where the database can (PostgreSQL); on
   * SQLite one writer runs at a time. Call inside `transaction` before reading a version to compare.
   */
  async lockRow(table: RegistryTable, id: string): Promise<void> {
    if (this.caps.rowLocks) await this.db.selectFrom(table).select('id').where('id', '=', id).forUpdate().execute();
  }

  /** The repository of a registry table by name, for code that handles every table alike (history, claims on "type:id"). */
  repository(table: RegistryTable): { version(id: string): Promise<number | undefined>; get(id: string): Promise<unknown> } {
    const map: Record<RegistryTable, { version(id: string): Promise<number | undefined>; get(id: string): Promise<unknown> }> = {
      sources: this.sources, subjects: this.subjects, organizations: this.organizations, relations: this.relations, posts: this.posts, people: this.people,
      names: this.names, appointments: this.appointments, responsibilities: this.responsibilities, events: this.events, claims: this.claims,
      citations: this.citations, successions: this.successions, identifiers: this.identifiers, person_merges: this.merges,
    };
    return map[table];
  }

  get repositoryContext(): RepositoryContext {
    return this.rc;
  }
}
