import { DomainError, type ErrorPlace } from '../../domain/errors.js';
import type { Appointment, Post } from '../../domain/model.js';
import { NEW_TERM, SeatIndex } from '../../domain/seat-rule.js';
import { formatDay } from '../../domain/time/day.js';
import { extentOf } from '../../domain/time/interval.js';
import type { Store } from '../../storage/store.js';

/**
 * The one way a term of a post is written (decision 010): held to the seat rule (domain/seat-rule.ts) against the
 * post's other stored terms, and stored with the flag the database's own check of the rule reads. Imports, start,
 * end, and claims that move a term's dates all write terms through a guard; nothing else writes their rows.
 */
export class SeatGuard {
  private readonly byPost = new Map<string, SeatIndex>();

  private constructor(
    private readonly tx: Store,
    private readonly posts: ReadonlyMap<string, Post>,
  ) {}

  /**
   * A guard for terms of these posts, knowing each stored term whose certain part may meet the certain part of one
   * of `terms` (all a term among them can be counted with): set-based, so a long import stays linear.
   */
  static async around(tx: Store, terms: readonly Appointment[], posts?: ReadonlyMap<string, Post>): Promise<SeatGuard> {
    const guard = new SeatGuard(tx, posts ?? new Map((await tx.posts.getMany(terms.map((t) => t.postId))).map((p) => [p.id, p])));
    const spans = terms.map((t) => extentOf(t.interval).certain).filter((c): c is NonNullable<typeof c> => c !== undefined && c.from !== null);
    if (spans.length === 0) return guard;
    const from = Math.min(...spans.map((c) => c.from!));
    const to = spans.some((c) => c.to === null) ? null : Math.max(...spans.map((c) => c.to!));
    for (const a of await tx.appointments.certainlyMeeting(terms.map((t) => t.postId), from, to)) guard.put(a);
    return guard;
  }

  /** A guard knowing every stored term of these posts (for changes whose new dates are not known beforehand). */
  static async forPosts(tx: Store, postIds: readonly string[]): Promise<SeatGuard> {
    const guard = new SeatGuard(tx, new Map((await tx.posts.getMany(postIds)).map((p) => [p.id, p])));
    for (const a of await tx.appointments.forPosts(postIds)) guard.put(a);
    return guard;
  }

  private indexOf(post: Post): SeatIndex {
    let i = this.byPost.get(post.id);
    if (!i) this.byPost.set(post.id, (i = new SeatIndex(post.seats)));
    return i;
  }

  /**
   * Why the term `a` (in place of the stored term `replacing`, if given) would break the seat rule, in words: more
   * holders than seats certainly in office on some day. Undefined when it keeps the rule.
   */
  refusal(a: Appointment, replacing?: string): string | undefined {
    const post = this.posts.get(a.postId);
    if (!post) return undefined;
    const v = this.indexOf(post).violationWith({ kind: a.kind, extent: extentOf(a.interval) }, replacing);
    if (!v) return undefined;
    const others = v.holders.filter((h) => h !== NEW_TERM);
    return `${post.name} has ${post.seats} seat${post.seats === 1 ? '' : 's'}, and this term would make ${v.holders.length} holders on ${formatDay(v.day)} (with ${others.join(', ')})`;
  }

  /** Records that a term is stored as `a` now (read, or just written). */
  put(a: Appointment): void {
    const post = this.posts.get(a.postId);
    if (post) this.indexOf(post).put({ id: a.id, kind: a.kind, extent: extentOf(a.interval) });
  }

  /**
   * The row that stores `a` (new, or as the new image of the stored term of its id), once it is known to keep the
   * seat rule: refused with CONSTRAINT_VIOLATION otherwise, at `place`. The guard then counts `a` as stored.
   */
  accept(a: Appointment, existed: boolean, place: ErrorPlace = { field: 'interval' }) {
    const why = this.refusal(a, existed ? a.id : undefined);
    if (why) throw new DomainError('CONSTRAINT_VIOLATION', why, place);
    const post = this.posts.get(a.postId);
    if (!post) throw new DomainError('NOT_FOUND', `no post with id "${a.postId}"`, { field: 'post', value: a.postId });
    this.put(a);
    return this.tx.appointments.rowFor(a, post.seats);
  }

  /** Writes one term at once (a write of its own, not an import's queued rows): accepted, then stored. */
  async write(a: Appointment, place?: ErrorPlace): Promise<void> {
    const existed = (await this.tx.appointments.row(a.id)) !== undefined;
    await this.tx.appointments.writeRow(this.accept(a, existed, place));
  }
}
