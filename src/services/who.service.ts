import type { PartialDate } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';
import { resolvePost } from './lookup.service.js';
import { type HolderView, loadPostStates, type PostState, postStateOn } from './post-state.service.js';
import { type PostRef, ViewContext } from './views.js';

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
  const post = await resolvePost(store, postName);
  const ctx = new ViewContext(store, at);
  const data = await loadPostStates(store, [post], ctx);
  const state = postStateOn(post, at, data, ctx);
  return { at: at.text, post: ctx.post(post), ...state };
};

export const holderNames = (holders: readonly HolderView[]): string[] => holders.map((h) => h.person.name);
