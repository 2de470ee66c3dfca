import type { Database, Db } from './database.js';
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

  constructor(private readonly db: Db) {
    this.sources = new SourceRepository(db);
    this.claims = new ClaimRepository(db);
    this.organizations = new OrganizationRepository(db);
    this.relations = new RelationRepository(db);
    this.posts = new PostRepository(db);
    this.people = new PersonRepository(db);
    this.names = new NameRepository(db);
    this.appointments = new AppointmentRepository(db);
    this.subjects = new SubjectRepository(db);
    this.responsibilities = new ResponsibilityRepository(db);
    this.events = new EventRepository(db);
  }

  static of(database: Database): Store {
    return new Store(database.db);
  }

  /** Runs `work` in one transaction: all of its writes land, or none. */
  async transaction<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => work(new Store(trx)));
  }
}
