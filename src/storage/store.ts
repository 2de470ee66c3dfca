import { type Capabilities, sqliteCapabilities } from './capabilities.js';
import type { Database, Db } from './database.js';
import { HistoryRepository } from './repositories/history.repository.js';
import { HistoryRecorder, systemContext, type WriteContext } from './history.js';
import { UserRepository } from './repositories/user.repository.js';
import {
  AppointmentRepository, ClaimRepository, EventRepository, NameRepository, OrganizationRepository, PersonRepository,
  PostRepository, RelationRepository, ResponsibilityRepository, SourceRepository, SubjectRepository,
} from './repositories/registry.repositories.js';

/** Every repository over one connection or one transaction. Services take a Store and never see SQL. */
export class Store {
  readonly sources: SourceRepository;
  readonly claims: ClaimRepository;
  readonly organizations: OrganizationRepository;
  readonly relations: RelationRepository;
  readonly posts: PostRepository;
  readonly people: PersonRepository;
  readonly names: NameRepository;
  readonly appointments: AppointmentRepository;
  readonly subjects: SubjectRepository;
  readonly responsibilities: ResponsibilityRepository;
  readonly events: EventRepository;

  readonly history: HistoryRecorder;
  readonly users: UserRepository;
  readonly versions: HistoryRepository;

  constructor(
    private readonly db: Db,
    readonly context: WriteContext = systemContext(),
    private readonly caps: Capabilities = sqliteCapabilities,
    private readonly inTransaction = false,
  ) {
    const h = (this.history = new HistoryRecorder(db, context));
    this.sources = new SourceRepository(db, h);
    this.claims = new ClaimRepository(db, h);
    this.organizations = new OrganizationRepository(db, h);
    this.relations = new RelationRepository(db, h);
    this.posts = new PostRepository(db, h);
    this.people = new PersonRepository(db, h);
    this.names = new NameRepository(db, h);
    this.appointments = new AppointmentRepository(db, h);
    this.subjects = new SubjectRepository(db, h);
    this.responsibilities = new ResponsibilityRepository(db, h);
    this.events = new EventRepository(db, h);
    this.users = new UserRepository(db);
    this.versions = new HistoryRepository(db);
  }

  /** A store over the database; its writes are recorded under `context` (by default, the system user and the clock). */
  static of(database: Database, context?: WriteContext): Store {
    return new Store(database.db, context, database.caps);
  }

  /** The same store writing under another user or source. */
  withContext(context: WriteContext): Store {
    return new Store(this.db, context, this.caps, this.inTransaction);
  }

  /** Runs `work` in one transaction: all of its writes land, or none. Inside a transaction, joins it. */
  async transaction<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    if (this.inTransaction) return work(this);
    return this.db.transaction().execute((trx) => work(new Store(trx, this.context, this.caps, true)));
  }

  /**
   * Holds a row against concurrent writers until the transaction ends, where the database can (PostgreSQL); on
   * SQLite one writer runs at a time. Call inside `transaction` before reading a version to compare.
   */
  async lockRow(table: 'appointments' | 'people' | 'claims', id: string): Promise<void> {
    if (this.caps.rowLocks) await this.db.selectFrom(table).select('id').where('id', '=', id).forUpdate().execute();
  }
}
