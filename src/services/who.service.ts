import type { PartialDate } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';
import { type HolderView, type PostState, postTimelineOf, timelineStateOn } from './post-state.service.js';
import { type PostRef, ReferenceLoader } from './views.js';

export type { HolderView } from './post-state.service.js';

export interface WhoAnswer extends PostState {
  at: string;
  post: PostRef;
}

/**
 * Who held the post on `at` (and the posts it continues as, or continued). A holder is `certain` when every day `at`
 * can mean lies inside their `[start, end)` within the lives of the post, its organization and the holder;
 * `possible` when some day may. With nobody, the answer says whether the post was vacant between two known terms,
 * whether nothing is recorded for the period, or whether the post did not exist.
 */
export const who = async (store: Store, postName: string, at: PartialDate): Promise<WhoAnswer> => {
  const timeline = await postTimelineOf(store, postName);
  const post = timeline.post;
  const ctx = new ReferenceLoader(store, at, timeline.view);
  const state = timelineStateOn(timeline, at, ctx);
  return { at: at.text, post: timeline.postRef ?? ctx.post(post), ...state };
};

export const holderNames = (holders: readonly HolderView[]): string[] => holders.map((h) => h.person.name);
