import { type Appointment, type Claim, isActing, type Post, servesInPost } from '../domain/model.js';
import { deriveOrdinals, numbersHolders, type OrdinalSource, ordinalSource } from '../domain/ordinal.js';
import { OFFICE_VACANT } from '../domain/reasons.js';
import { reconcileRow, type ColumnInput, type ReconcileResult } from '../domain/reconcile.js';
import type { Day } from '../domain/time/day.js';
import { type Duration, durationBetween, type Interval, possibleSpan } from '../domain/time/interval.js';
import type { Store } from '../storage/store.js';
import { personNameIndex, postChain, readPost, resolvePost } from './lookup.service.js';
import type { LookupNote } from '../domain/reasons.js';
import { endText, type PersonRef, type PostRef, type SourceRef, startText, ReferenceLoader } from './views.js';

export interface TimeInOffice extends Duration {
  /** True when a bound is a partial date or the term is still running: the figure is then the shortest it can be. */
  approximate: boolean;
}

export interface ReconciliationView extends Omit<ReconcileResult, 'source'> {
  column: string;
  source: SourceRef;
  sourceNames: string[];
}

export interface TermView {
  appointmentId: string;
  ordinal: number | null;
  /** Whose number `ordinal` is: a source's (it numbers the term the same) or Chancery's derivation; null with no ordinal. */
  ordinalSource: OrdinalSource | null;
  person: PersonRef;
  /** The post this term was held in: the asked post, or one it continues (a former name, a merged ministry's). */
  post: PostRef;
  start: string | null;
  end: string | null;
  kind: Appointment['kind'];
  acting: boolean;
  endReason: string | null;
  timeInOffice: TimeInOffice | null;
  concurrent: Record<string, string[]>;
  /** For each related-post column, the sources of the terms it names (the dated records it is derived from). */
  concurrentSources: Record<string, SourceRef[]>;
  reconciliation: ReconciliationView[];
  sources: SourceRef[];
  note: string | null;
  /** The party or group the holder sat for in this term, as its sources state it (Popolo's `on_behalf_of`). */
  party: string | null;
}

export interface HoldersAnswer {
  post: PostRef;
  /** How the name asked was read, when it named no post exactly (`taken-as`). */
  notes: LookupNote[];
  relatedPosts: Record<string, PostRef>;
  unresolvedColumns: string[];
  terms: TermView[];
}

const CONCURRENT = 'concurrent:';

/** The claim field importers record the party a term was held for in (Popolo's `on_behalf_of`). */
export const PARTY_FIELD = 'on-behalf-of';
/** The party a term was held for, from its claims; where sources name several, all of them. */
export const partyOf = (claims: readonly Claim[]): string | null => {
  const parties = [...new Set(claims.filter((c) => c.field === PARTY_FIELD).map((c) => c.value))];
  return parties.length ? parties.join(' / ') : null;
};

/**
 * Shortest time in office, `[start, end)`. A term still running counts up to the day its sources cover (its
 * known-until day), not to the day asked: at least that long (`approximate`); with no such day, up to `today`.
 */
export const timeInOffice = (iv: Interval, today: Day): TimeInOffice | null => {
  if (!iv.start || iv.end.kind === 'unknown') return null;
  const to = iv.end.kind === 'open' ? Math.min(iv.end.asOf ?? today, today) : iv.end.date.earliest;
  if (to < iv.start.latest) return null;
  const exact = iv.start.precision === 'day' && iv.end.kind === 'date' && iv.end.date.precision === 'day';
  return { ...durationBetween(iv.start.latest, to), approximate: !exact };
};

/**
 * Holders of another post during `term`, in order, with `vacant` for stretches inside the term when no one can
 * have held it, and the terms that say so (for their sources). Uses possible spans: someone who may have been in
 * office during the term is listed.
 */
const holdersDuring = (term: Interval, others: readonly Appointment[], today: Day): { ids: string[]; terms: Appointment[] } => {
  const t = possibleSpan(term);
  const from = t.from ?? -Infinity;
  const to = t.to ?? today + 1;
  const during = others
    .map((a) => ({ a, s: possibleSpan(a.interval) }))
    .filter(({ s }) => (s.from ?? -Infinity) < to && (s.to ?? Infinity) > from)
    .sort((x, y) => (x.s.from ?? -Infinity) - (y.s.from ?? -Infinity));
  const out: string[] = [];
  let cursor = from;
  for (const { a, s } of during) {
    if ((s.from ?? -Infinity) > cursor) out.push('vacant');
    out.push(a.personId);
    cursor = Math.max(cursor, s.to ?? Infinity);
  }
  if (cursor < to && during.length) out.push('vacant');
  return { ids: out, terms: during.map((d) => d.a) };
};

/** The related-post columns of the source's table, in their order, and which source drew that table. */
const tableLayout = (claims: readonly Claim[], post: Post): { columns: string[]; sourceId?: string } => {
  const layout = claims.find((c) => c.entityType === 'post' && c.entityId === post.id && c.field === 'table-columns');
  return layout ? { columns: JSON.parse(layout.value) as string[], sourceId: layout.sourceId } : { columns: [] };
};

/**
 * The office-holder table of a post: every term in order of start with its derived ordinal, time in office, the
 * holders of related posts during it (derived from dated data), and how those compare with what sources wrote.
 * Related posts are the columns sources gave (claims `concurrent:<column>`) plus `withPosts`.
 */
export const holders = async (store: Store, postName: string, today: Day, withPosts: readonly string[] = []): Promise<HoldersAnswer> => {
  const { entity: post, note } = await readPost(store, postName);
  const chain = await postChain(store, post);
  const postOf = new Map(chain.posts.map((p) => [p.id, p]));
  const terms = await store.appointments.forPosts(chain.posts.map((p) => p.id));
  const kinds = new Map((await store.organizations.getMany(chain.posts.map((p) => p.organizationId))).map((o) => [o.id, o.kind]));
  const ordinals = deriveOrdinals(terms, chain.restarts, new Set(chain.posts.filter((p) => !numbersHolders(p, kinds.get(p.organizationId))).map((p) => p.id)));
  const claims = await store.claims.forEntities('appointment', terms.map((t) => t.id));
  const layout = tableLayout(await store.claims.forEntity('post', post.id), post);
  const sourceColumns = new Set([...layout.columns, ...claims.filter((c) => c.field.startsWith(CONCURRENT)).map((c) => c.field.slice(CONCURRENT.length))]);
  const asked = new Set(withPosts.filter((w) => !sourceColumns.has(w)));
  const labels = [...new Set([...layout.columns, ...claims.filter((c) => c.field.startsWith(CONCURRENT)).map((c) => c.field.slice(CONCURRENT.length)), ...withPosts])];

  const related = new Map<string, { post: Post; appointments: Appointment[]; everHeld: Set<string> }>();
  const unresolved: string[] = [];
  for (const label of labels) {
    try {
      const p = await resolvePost(store, label);
      const appointments = (await store.appointments.forPost(p.id)).filter(servesInPost);
      related.set(label, { post: p, appointments, everHeld: new Set(appointments.map((a) => a.personId)) });
    } catch (e) {
      // A column a source drew may name a post the registry lacks; a post the caller asked for must exist.
      if (asked.has(label)) throw e;
      unresolved.push(label);
    }
  }
  const ctx = new ReferenceLoader(store);
  const all = [...terms, ...[...related.values()].flatMap((r) => r.appointments)];
  await ctx.preloadPeople(all.map((a) => a.personId));
  await ctx.preloadSources(all.map((a) => a.sourceId));
  await ctx.preloadSources(claims.map((c) => c.sourceId));
  // Reading a source's cells needs every person's name (a cell may name anyone): only when there are cells to read.
  const hasCells = related.size > 0 && claims.some((c) => c.field.startsWith(CONCURRENT));
  const names = hasCells ? await personNameIndex(store) : new Map<string, string>();

  const views: TermView[] = terms.map((a) => {
    const derived = new Map<string, string[]>();
    const concurrentSources: Record<string, SourceRef[]> = {};
    for (const [label, r] of related) {
      const during = a.interval.start && servesInPost(a) ? holdersDuring(a.interval, r.appointments, today) : { ids: [], terms: [] };
      derived.set(label, during.ids);
      concurrentSources[label] = [...new Set(during.terms.map((x) => x.sourceId))].map((id) => ctx.source(id));
    }
    const concurrent: Record<string, string[]> = {};
    for (const [label, ids] of derived) concurrent[label] = ids.map((id) => (id === 'vacant' ? OFFICE_VACANT : ctx.personName(id)));

    const mine = claims.filter((c) => c.entityId === a.id);
    const reconciliation: ReconciliationView[] = [];
    for (const sourceId of [...new Set(mine.filter((c) => c.field.startsWith(CONCURRENT)).map((c) => c.sourceId))]) {
      const cells = new Map(mine.filter((c) => c.sourceId === sourceId && c.field.startsWith(CONCURRENT)).map((c) => [c.field.slice(CONCURRENT.length), c.value]));
      // Only the source that drew the table can have lost a cell to a row span; other sources name what they name.
      const ownTable = layout.sourceId === sourceId;
      const columns: ColumnInput[] = [...related].filter(([label]) => cells.has(label) || (ownTable && layout.columns.includes(label))).map(([label, r]) => ({
        column: label, cell: cells.get(label), derived: derived.get(label) ?? [], everHeld: r.everHeld,
      }));
      for (const [column, result] of reconcileRow(columns, names, (id) => ctx.personName(id))) {
        const { source: sourceNames, ...rest } = result;
        reconciliation.push({ column, source: ctx.source(sourceId), sourceNames, ...rest });
      }
    }
    const sourceIds = [...new Set([a.sourceId, ...mine.map((c) => c.sourceId)])];
    return {
      appointmentId: a.id,
      ordinal: ordinals.get(a.id) ?? null,
      ordinalSource: ordinalSource(ordinals.get(a.id) ?? null, mine),
      person: ctx.person(a.personId),
      post: ctx.post(postOf.get(a.postId)!),
      start: startText(a.interval),
      end: endText(a.interval),
      kind: a.kind,
      acting: isActing(a),
      endReason: a.endReason ?? null,
      timeInOffice: servesInPost(a) ? timeInOffice(a.interval, today) : null,
      concurrent,
      concurrentSources,
      reconciliation,
      sources: sourceIds.map((id) => ctx.source(id)),
      note: a.note ?? null,
      party: partyOf(mine),
    };
  });
  return {
    post: ctx.post(post),
    notes: note ? [note] : [],
    relatedPosts: Object.fromEntries([...related].map(([label, r]) => [label, ctx.post(r.post)])),
    unresolvedColumns: unresolved,
    terms: views,
  };
};
