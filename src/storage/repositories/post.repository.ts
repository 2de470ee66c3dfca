import type { Appointment, Post } from '../../domain/model.js';
import type { Day } from '../../domain/time/day.js';
import * as m from '../mappers.js';
import type { AppointmentRow, PostRow } from '../tables.js';
import { chunks, type Content, IN_CHUNK, possiblyDuring, type RepositoryContext, TableRepository, type WriteOutcome } from './table.repository.js';

export class PostRepository extends TableRepository<Post, PostRow> {
  constructor(rc: RepositoryContext) {
    super(rc, 'posts', m.postToRow, m.rowToPost);
  }
  async forOrganizations(organizationIds: readonly string[]): Promise<Post[]> {
    const out = [...(await (await this.query()).by('byOrganization', [''], organizationIds))];
    return out.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.id.localeCompare(b.id));
  }
  /** The posts for these subjects (an envoy's post for a country, a member's for a constituency), by id. */
  async forSubjects(subjectIds: readonly string[]): Promise<Post[]> {
    return [...(await (await this.query()).by('bySubject', [''], subjectIds))];
  }
}

export class AppointmentRepository extends TableRepository<Appointment, AppointmentRow> {
  constructor(rc: RepositoryContext) {
    super(rc, 'appointments', (a) => m.appointmentToRow(a, 0), m.rowToAppointment);
  }
  /** The post's seat count decides whether the exclusion constraint applies, so it is passed in (services/ingest/seat-guard.ts). */
  rowFor(a: Appointment, seats: number): Content<AppointmentRow> {
    return m.appointmentToRow(a, seats);
  }
  async write(a: Appointment, seats: number): Promise<WriteOutcome> {
    return this.writeRow(m.appointmentToRow(a, seats));
  }
  /** Never without the post's seat count (write, rowFor): a term stored without its flag would escape the database's check. */
  override upsert(a: Appointment): Promise<WriteOutcome> {
    return Promise.reject(new Error(`appointment ${a.id}: write it with its post's seat count (services write terms through SeatGuard)`));
  }
  async forPosts(postIds: readonly string[]): Promise<Appointment[]> {
    return [...(await (await this.query()).by('byPost', [''], postIds))].sort(byStart);
  }
  async forPost(postId: string): Promise<Appointment[]> {
    return this.forPosts([postId]);
  }
  /** Tenures of the post that may include `day`. */
  async possiblyAt(postId: string, day: Day): Promise<Appointment[]> {
    return this.map(await possiblyDuring((await this.select()).where('post_id', '=', postId), day, day).execute()).sort(byStart);
  }
  /** Terms of these posts whose claimed certain part may meet `[from, to)`: what the seat rule must look at. */
  async certainlyMeeting(postIds: readonly string[], from: Day, to: Day | null): Promise<Appointment[]> {
    const out: Appointment[] = [];
    for (const part of chunks([...new Set(postIds)], IN_CHUNK)) {
      let q = (await this.select()).where('post_id', 'in', part).where('certain_from', 'is not', null);
      if (to !== null) q = q.where('certain_from', '<', to);
      q = q.where((eb: { or: (x: unknown[]) => unknown; (c: string, op: string, v: unknown): unknown }) => eb.or([eb('certain_to', 'is', null), eb('certain_to', '>', from)]));
      out.push(...this.map(await q.execute()));
    }
    return out;
  }
  async forPeople(personIds: readonly string[]): Promise<Appointment[]> {
    return [...(await (await this.query()).by('byPerson', [''], personIds))].sort(byStart);
  }
  async forPerson(personId: string): Promise<Appointment[]> {
    return this.forPeople([personId]);
  }
}

/** Appointments in order of start (unknown starts last), then by id: the order every list of terms uses. */
export const byStart = (a: Appointment, b: Appointment): number =>
  (a.interval.start?.earliest ?? Infinity) - (b.interval.start?.earliest ?? Infinity) || a.id.localeCompare(b.id);
