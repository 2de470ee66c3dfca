import type { Organization, Post } from '../domain/model.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';
import { type HolderView, type PostStatus, type PostTimeline, postTimelines, type TermRef, timelineStateOn } from './post-state.service.js';
import { prepared, preparedKind } from './prepared/prepared-answers.js';
import { type OrganizationRef, type PostRef, ReferenceLoader, type SourceRef, type ViewData } from './views.js';

/** The states of a post for a subject that answer for it on a date: someone held it, may have, or it was vacant between two terms. */
export const SUBJECT_POST_STATUSES = ['held', 'possibly-held', 'vacant'] as const satisfies readonly PostStatus[];
export type SubjectPostStatus = (typeof SUBJECT_POST_STATUSES)[number];

/** A post for the subject asked about (an envoy's post for a country, a member's for a constituency) on the date. */
export interface SubjectPostView {
  post: PostRef;
  organization: OrganizationRef | null;
  status: SubjectPostStatus;
  /** Its holders on the date (none when vacant), as `who` gives them. */
  holders: HolderView[];
  /** When vacant: the terms before and after. */
  vacancy: { after: TermRef | null; before: TermRef | null } | null;
  /** The source of the post itself (each holder names its own). */
  source: SourceRef;
}

/** What routing reads of a subject's posts, whatever the date: the posts, their own terms' timelines, organizations and sources. */
interface SubjectPostScope {
  posts: { post: Post; timeline: PostTimeline; organization: Organization | undefined }[];
  view: ViewData;
}

const POSTS_FOR = preparedKind<string, SubjectPostScope>('subject-posts', (subjectId) => subjectId);

/**
 * The posts for a subject with their timelines, kept like a routing scope (decision 12): a post added for the subject,
 * or one whose subject changed, touches the `posts.bySubject` key this read recorded; a term of one of them drops its
 * timeline, and with it this value.
 */
const subjectPostScope = (store: Store, subjectId: string): Promise<SubjectPostScope> =>
  prepared(store, POSTS_FOR, subjectId, async (s) => {
    const posts = await s.posts.forSubjects([subjectId]);
    // Most subjects of a ministry's registry have none: one indexed read, nothing more.
    if (posts.length === 0) return { posts: [], view: ReferenceLoader.forAnyDate(s).data() };
    // Each post's own terms: a post for the subject that continues another for it would otherwise list its terms twice.
    const timelines = await postTimelines(s, posts, false);
    const orgs = new Map((await s.organizations.getMany([...new Set(posts.map((p) => p.organizationId))])).map((o) => [o.id, o]));
    const ctx = ReferenceLoader.forAnyDate(s);
    await ctx.preloadSources(posts.map((p) => p.sourceId));
    await ctx.preloadNames('organization', [...orgs.keys()]);
    return { posts: posts.map((post) => ({ post, timeline: timelines.get(post.id)!, organization: orgs.get(post.organizationId) })), view: ctx.data() };
  });

/**
 * The posts for a subject that answer for it on `at`, each with its holders as `who` gives them: held, possibly held,
 * or vacant between two known terms. A post with no record around the date (before its first term, after its last)
 * or that did not exist then says nothing about the date and is left out. In order of name, then id.
 */
export const subjectPostsOn = async (store: Store, subjectId: string, at: PartialDate): Promise<SubjectPostView[]> => {
  const scope = await subjectPostScope(store, subjectId);
  const ctx = new ReferenceLoader(store, at, scope.view);
  const out: SubjectPostView[] = [];
  for (const { post, timeline, organization } of scope.posts) {
    const own = new ReferenceLoader(store, at, timeline.view);
    const state = timelineStateOn(timeline, at, own);
    if (!(SUBJECT_POST_STATUSES as readonly PostStatus[]).includes(state.status)) continue;
    out.push({
      post: timeline.postRef ?? own.post(post), organization: organization ? ctx.organization(organization) : null, status: state.status as SubjectPostStatus,
      holders: state.holders, vacancy: state.vacancy, source: ctx.source(post.sourceId),
    });
  }
  return out.sort((a, b) => a.post.name.localeCompare(b.post.name) || a.post.id.localeCompare(b.post.id));
};
