import type { Post, Succession, SuccessionKind } from '../domain/model.js';
import type { LookupNote } from '../domain/reasons.js';
import { type PartialDate, tryParsePartialDate } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';
import { readPost } from './lookup.service.js';
import { type HolderView, type PostState, postTimeline, timelineStateOn } from './post-state.service.js';
import { prepared, preparedKind } from './prepared/prepared-answers.js';
import { type PostRef, ReferenceLoader } from './views.js';

export type { HolderView } from './post-state.service.js';

export interface WhoAnswer extends PostState {
  at: string;
  post: PostRef;
  /** How the name asked was read (taken as a post by another name), and where the post went on after it ended. */
  notes: LookupNote[];
}

/** A post as a name asked finds it, with the links to what continued it: what every date's answer reads first. */
interface PostRead {
  post: Post;
  note: LookupNote | null;
  onward: { link: Succession; successor: Post }[];
}

const POST_READ = preparedKind<string, PostRead>('post-read', (ref) => ref);

const readWithOnward = (store: Store, ref: string): Promise<PostRead> =>
  prepared(store, POST_READ, ref, async (s) => {
    const { entity: post, note } = await readPost(s, ref);
    const links = (await s.successions.touching('post', [post.id])).filter((l) => l.fromId === post.id);
    const successors = new Map((await s.posts.getMany(links.map((l) => l.toId))).map((p) => [p.id, p]));
    return { post, note, onward: links.flatMap((link) => (successors.has(link.toId) ? [{ link, successor: successors.get(link.toId)! }] : [])) };
  });

/**
 * Who held the post on `at` (and the posts it continues as, or continued). A holder is `certain` when every day `at`
 * can mean lies inside their `[start, end)` within the lives of the post, its organization and the holder;
 * `possible` when some day may. With nobody, the answer says whether the post was vacant between two known terms,
 * whether nothing is recorded for the period, or whether the post did not exist. A post asked on a date after it
 * went on as another (renamed, merged, split) says so in `notes`, with whether a source or Chancery's rule links them.
 */
export const who = async (store: Store, postName: string, at: PartialDate): Promise<WhoAnswer> => {
  const read = await readWithOnward(store, postName);
  const timeline = await postTimeline(store, read.post);
  const ctx = new ReferenceLoader(store, at, timeline.view);
  const state = timelineStateOn(timeline, at, ctx);
  const ended = tryParsePartialDate(timeline.existed.to ?? '')?.earliest;
  const after = read.onward.filter(({ link }) => (link.date ? at.latest >= link.date.earliest : ended !== undefined && at.latest >= ended));
  await ctx.preloadSources(after.map(({ link }) => link.sourceId));
  await ctx.preloadNames('post', after.map(({ successor }) => successor.id));
  const byKind = new Map<SuccessionKind, typeof after>();
  for (const x of after) byKind.set(x.link.kind, [...(byKind.get(x.link.kind) ?? []), x]);
  const postRef = timeline.postRef ?? ctx.post(read.post);
  const onward: LookupNote[] = [...byKind].map(([kind, xs]) => {
    const inferred = xs.some(({ link }) => ctx.source(link.sourceId).kind === 'derived');
    const dates = [...new Set(xs.map(({ link }) => link.date?.text ?? null))];
    return {
      code: 'post-continued-as', post: { id: postRef.id, name: postRef.name }, successors: xs.map(({ successor }) => { const r = ctx.post(successor); return { id: r.id, name: r.name }; }),
      kind, date: dates.length === 1 ? dates[0]! : null, inferred, rule: inferred ? (xs.find(({ link }) => link.note)?.link.note ?? null) : null,
    };
  });
  return { at: at.text, post: postRef, ...state, notes: [...(read.note ? [read.note] : []), ...onward] };
};

export const holderNames = (holders: readonly HolderView[]): string[] => holders.map((h) => h.person.name);
