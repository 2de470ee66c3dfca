import { sql } from 'kysely';
import type { Capabilities } from './capabilities.js';
import type { Database, Db } from './database.js';
import { CitationRepository, ClaimRepository, EventRepository, IdentifierRepository, SuccessionRepository } from './repositories/claim.repository.js';
import { HistoryRepository } from './repositories/history.repository.js';
import { MatterRepository } from './repositories/matter.repository.js';
import { OrganizationRepository, RelationRepository } from './repositories/organization.repository.js';
import { NameRepository, PersonMergeRepository, PersonRepository } from './repositories/person.repository.js';
import { AppointmentRepository, PostRepository } from './repositories/post.repository.js';
import { ResponsibilityRepository, SubjectRepository } from './repositories/responsibility.repository.js';
import { SourceRepository } from './repositories/source.repository.js';
import type { RepositoryContext } from './repositories/table.repository.js';
import { UserRepository } from './repositories/user.repository.js';
import type { ChangeSet, MirrorState, RegistryMirror } from './mirror/registry-mirror.js';
import type { ReadRecorder } from './read-keys.js';
import { type KnownAt, systemContext, type WriteContext } from './system-time.js';
import type { RegistryTable } from './tables.js';

let savepoints = 0;

/** What every registry table's repository offers, for code that handles every table alike. */
export interface AnyRepository {
  version(id: string): Promise<number | undefined>;
  get(id: string): Promise<unknown>;
  existing(ids: readonly string[]): Promise<Set<string>>;
}

/** What a store needs of its database besides the connection: its capabilities, column lists and bulk path. */
export type StoreEngine = Pick<Database, 'caps' | 'columns' | 'bulkInsert' | 'mirror' | 'announce'>;

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
  /** The matters desk (decision 023): records of work, outside the registry's system time. */
  readonly matters: MatterRepository;
  private readonly rc: RepositoryContext;

  /** The mirror when this store may read from it and it is current now (see `memoryNow`). */
  private readonly mirrorNow: (() => RegistryMirror | undefined) | undefined;

  /** In a transaction: the versions it has written so far, per table, announced when it commits. */
  private readonly changes: ChangeSet | undefined;

  constructor(
    private readonly db: Db,
    readonly context: WriteContext,
    private readonly engine: StoreEngine,
    readonly knownAt: KnownAt = undefined,
    private readonly inTransaction = false,
    /** Shared by every store of one transaction (withContext, at): one set of changes per commit. */
    changes?: ChangeSet,
    recorder?: ReadRecorder,
  ) {
    this.changes = inTransaction ? (changes ?? new Map()) : undefined;
    const mirror = engine.mirror;
    this.mirrorNow = mirror && knownAt === undefined && !inTransaction ? () => mirror.currentNow() : undefined;
    const rc: RepositoryContext = (this.rc = {
      db, caps: engine.caps, context, knownAt, columns: (table) => engine.columns(table, db),
      bulkInsert: (table, columns, rows, skipDuplicatesOf) => engine.bulkInsert(db, table, columns, rows, skipDuplicatesOf),
      wrote: (table, seqs) => this.wrote(table, seqs),
      ...(recorder ? { recorder } : {}),
      // The mirror answers present-time reads outside transactions: a transaction must see its own writes.
      ...(mirror && knownAt === undefined && !inTransaction ? { mirror: () => mirror.current() } : {}),
    });
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
    this.history = new HistoryRepository(db, knownAt, recorder);
    this.matters = new MatterRepository(db);
  }

  /** A store over the database; its writes are recorded under `context` (by default, the system user and the clock). */
  static of(database: Database, context: WriteContext = systemContext()): Store {
    return new Store(database.db, context, database);
  }

  get caps(): Capabilities {
    return this.engine.caps;
  }

  /** Whether nothing was ever loaded: no source, so no fact. */
  async isEmpty(): Promise<boolean> {
    return (await this.sources.count()) === 0;
  }

  /**
   * The mirror's state when this store reads from it (present time, outside a transaction) and it is current without
   * reading anything; undefined otherwise. What services keep derived from reads (prepared answers) is valid for it.
   */
  memoryNow(): MirrorState | undefined {
    return this.mirrorNow?.();
  }

  /** Like `memoryNow`, after reading back the commits the mirror knows of; undefined when this store reads SQL. */
  async memory(): Promise<MirrorState | undefined> {
    return this.rc.mirror ? this.rc.mirror() : undefined;
  }

  /** Whom this store's reads report what they depended on (see `recording`), if anyone. */
  get recorder(): ReadRecorder | undefined {
    return this.rc.recorder;
  }

  /**
   * The same store, its reads reporting what they depended on to `recorder`: each row by id, each index key looked
   * up, and the whole table for a read the mirror's keys do not describe (decision 12).
   */
  recording(recorder: ReadRecorder): Store {
    return new Store(this.db, this.context, this.engine, this.knownAt, this.inTransaction, this.changes, recorder);
  }

  /** The same store writing under another user or source. */
  withContext(context: WriteContext): Store {
    return new Store(this.db, context, this.engine, this.knownAt, this.inTransaction, this.changes, this.rc.recorder);
  }

  /** The registry as it was recorded at `knownAt` (an ISO instant): every read sees only what was written by then. */
  at(knownAt: KnownAt): Store {
    return new Store(this.db, this.context, this.engine, knownAt, this.inTransaction, this.changes, this.rc.recorder);
  }

  /**
   * Runs `work` in one transaction: all of its writes land, or none. Inside a transaction, joins it. What it wrote is
   * announced inside it (heard by other processes only if it commits) and, once committed, read back by the mirror.
   */
  async transaction<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    if (this.inTransaction) return work(this);
    let changes: ChangeSet = new Map();
    const result = await this.db.transaction().execute(async (trx) => {
      const tx = new Store(trx, this.context, this.engine, this.knownAt, true);
      const r = await work(tx);
      changes = tx.changes!;
      await this.engine.announce(trx, changes);
      return r;
    });
    this.engine.mirror?.committed(changes);
    return result;
  }

  /** Records versions written: in a transaction, until it commits; otherwise the statement has committed already. */
  private wrote(table: RegistryTable, seqs: readonly number[]): void {
    if (seqs.length === 0) return;
    const min = Math.min(seqs[0]!, seqs[seqs.length - 1]!);
    const max = Math.max(seqs[0]!, seqs[seqs.length - 1]!);
    if (this.changes) {
      const r = this.changes.get(table);
      this.changes.set(table, r ? { min: Math.min(r.min, min), max: Math.max(r.max, max) } : { min, max });
      return;
    }
    const changes: ChangeSet = new Map([[table, { min, max }]]);
    this.engine.mirror?.committed(changes);
    void this.engine.announce(this.db, changes).catch(() => undefined);
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
  repository(table: RegistryTable): AnyRepository {
    const map: Record<RegistryTable, AnyRepository> = {
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
