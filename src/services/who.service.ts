import type { Appointment, Post } from '../domain/model.js';
import { deriveOrdinals } from '../domain/ordinal.js';
import { type Certainty, certaintyDuring } from '../domain/time/interval.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';
import { resolvePost } from './lookup.service.js';
import { endText, type PersonRef, type PostRef, postRef, type SourceRef, startText, ViewContext } from './views.js';

export interface HolderView {
  appointmentId: string;
  person: PersonRef;
  start: string | null;
  end: string | null;
  acting: boolean;
  ordinal: number | null;
  certainty: Certainty;
  source: SourceRef;
  note: string | null;
}

export interface WhoAnswer {
  at: string;
  post: PostRef;
  holders: HolderView[];
}

/** The post's holders on `at`, certain ones first, then by start. */
export const holdersOn = async (store: Store, post: Post, at: PartialDate, ctx: ViewContext = new ViewContext(store)): Promise<HolderView[]> => {
  const all = await store.appointments.forPost(post.id);
  const ordinals = deriveOrdinals(all);
  const matches: { a: Appointment; certainty: Certainty }[] = [];
  for (const a of all) {
    const certainty = certaintyDuring(a.interval, at);
    if (!certainty) continue;
    matches.push({ a, certainty });
  }
  matches.sort((x, y) => (x.certainty === y.certainty ? 0 : x.certainty === 'certain' ? -1 : 1) || (x.a.interval.start?.earliest ?? -Infinity) - (y.a.interval.start?.earliest ?? -Infinity));
  await ctx.preload(matches.map((m) => m.a));
  return matches.map(({ a, certainty }) => ({
    appointmentId: a.id,
    person: ctx.person(a.personId),
    start: startText(a.interval),
    end: endText(a.interval),
    acting: a.acting,
    ordinal: ordinals.get(a.id) ?? null,
    certainty,
    source: ctx.source(a.sourceId),
    note: a.note ?? null,
  }));
};

/**
 * Who held the post on `at`. A holder is `certain` when every day `at` can mean lies inside their `[start, end)`,
 * `possible` when some day may.
 */
export const who = async (store: Store, postName: string, at: PartialDate): Promise<WhoAnswer> => {
  const post = await resolvePost(store, postName);
  return { at: at.text, post: postRef(post), holders: await holdersOn(store, post, at) };
};
