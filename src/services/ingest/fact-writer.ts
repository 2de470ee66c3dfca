import { mergeIntervals, sameFact, seatViolation } from '../../domain/facts.js';
import type { Appointment, NameVariant, Post, Relation, Responsibility } from '../../domain/model.js';
import { servesInPost } from '../../domain/model.js';
import { nameKey } from '../../domain/names.js';
import { extentOf, type Interval, withAsOf } from '../../domain/time/interval.js';
import { formatDay } from '../../domain/time/day.js';
import { storedDate } from '../../domain/time/partial-date.js';
import { nameId } from '../../storage/mappers.js';
import type { Store } from '../../storage/store.js';
import type { RegistryTable } from '../../storage/tables.js';
import type { RecordOf } from './records.js';
import { makeClaim, type Window } from './window.js';

type Fact = { id: string; sourceId: string };
type Ref = [field: string, table: RegistryTable, id: string];

/** How one kind of sourced fact is identified, checked and written. */
interface FactSpec<T extends Fact> {
  kind: 'relation' | 'appointment' | 'responsibility' | 'name';
  table: RegistryTable;
  /** The entity type claims and citations name. */
  type: string;
  /** Records with the same key may be one fact (see sameFact). */
  key(x: T): string;
  refs(x: T): Ref[];
  baseId(x: T): string;
  interval(x: T): Interval;
  withInterval(x: T, iv: Interval): T;
  /** Whether two records say the same apart from their interval and source. */
  sameOther(a: T, b: T): boolean;
  /** Every stored fact that shares a key with one of these records. */
  candidates(tx: Store, recs: readonly T[]): Promise<T[]>;
  write(tx: Store, x: T, existed: boolean, w: Window): Promise<void>;
}

const ivText = (iv: Interval): string => `${iv.start?.text ?? '?'}–${iv.end.kind === 'date' ? iv.end.date.text : iv.end.kind === 'open' ? 'open' : '?'}`;
const sameInterval = (a: Interval, b: Interval): boolean =>
  (a.start?.text ?? null) === (b.start?.text ?? null) && a.end.kind === b.end.kind && (a.end.kind !== 'date' || a.end.date.text === (b.end as { date: { text: string } }).date.text);
const endValue = (iv: Interval): string => (iv.end.kind === 'date' ? iv.end.date.text : iv.end.kind);
const ALWAYS: Interval = { start: null, end: { kind: 'open' } };

const makeSpec = <T extends Fact>(s: FactSpec<T>): FactSpec<T> => s;

const relationSpec = makeSpec<Relation>({
  kind: 'relation', table: 'relations', type: 'relation',
  key: (x) => `${x.fromId}\u0000${x.type}\u0000${x.toId}`,
  refs: (x) => [['source', 'sources', x.sourceId], ['from', 'organizations', x.fromId], ['to', 'organizations', x.toId]],
  baseId: (x) => `${x.fromId}~${x.type}~${x.toId}${x.interval.start ? `#${x.interval.start.text}` : ''}`,
  interval: (x) => x.interval,
  withInterval: (x, iv) => ({ ...x, interval: iv }),
  sameOther: () => true,
  candidates: async (tx, recs) => (await tx.relations.fromMany(recs.map((r) => r.fromId))).filter((c) => recs.some((r) => r.toId === c.toId && r.type === c.type)),
  write: async (tx, x, existed) => void (existed ? await tx.relations.updateRows([tx.relations.contentOf(x)]) : await tx.relations.insertRows([tx.relations.contentOf(x)])),
});

const responsibilitySpec = makeSpec<Responsibility>({
  kind: 'responsibility', table: 'responsibilities', type: 'responsibility',
  key: (x) => `${x.unitId}\u0000${x.subjectId}\u0000${x.role ?? 'handles'}`,
  refs: (x) => [['source', 'sources', x.sourceId], ['unit', 'organizations', x.unitId], ['subject', 'subjects', x.subjectId]],
  baseId: (x) => `${x.unitId}>${x.subjectId}${x.role && x.role !== 'handles' ? `:${x.role}` : ''}@${x.sourceId}${x.interval.start ? `#${x.interval.start.text}` : ''}`,
  interval: (x) => x.interval,
  withInterval: (x, iv) => ({ ...x, interval: iv }),
  sameOther: (a, b) => (a.note ?? null) === (b.note ?? null),
  candidates: async (tx, recs) => (await tx.responsibilities.forUnits(recs.map((r) => r.unitId))).filter((c) => recs.some((r) => r.subjectId === c.subjectId)),
  write: async (tx, x, existed) => void (existed ? await tx.responsibilities.updateRows([tx.responsibilities.contentOf(x)]) : await tx.responsibilities.insertRows([tx.responsibilities.contentOf(x)])),
});

type IdName = NameVariant & { id: string };
const nameSpec = makeSpec<IdName>({
  kind: 'name', table: 'names', type: 'name',
  key: (x) => `${x.entityType}\u0000${x.entityId}\u0000${x.kind}\u0000${nameKey(x.name)}`,
  refs: (x) => [['source', 'sources', x.sourceId], [x.entityType, ({ person: 'people', organization: 'organizations', post: 'posts' } as const)[x.entityType], x.entityId]],
  baseId: (x) => nameId(x),
  interval: (x) => x.interval ?? ALWAYS,
  withInterval: (x, iv) => ({ ...x, interval: iv }),
  // Two spellings with one key ("Kim Tok Hun", "Kim Tok-hun") are one name: the first stays, the second is cited.
  sameOther: () => true,
  candidates: async (tx, recs) => {
    const byType = new Map<NameVariant['entityType'], string[]>();
    for (const r of recs) byType.set(r.entityType, [...(byType.get(r.entityType) ?? []), r.entityId]);
    const out: IdName[] = [];
    for (const [type, ids] of byType) for (const row of await tx.names.rowsOf(type, ids)) out.push({ ...tx.names.entityOf(row), id: row.id });
    return out;
  },
  write: async (tx, x, existed) => {
    const content = { ...tx.names.contentOf(x), id: x.id };
    if (existed) await tx.names.updateRows([content]);
    else await tx.names.insertRows([content]);
  },
});

/** Appointments also follow merged people, respect the seat rule and keep the post's seat count on the row. */
const appointmentSpec = (posts: Map<string, Post>, held: Map<string, Appointment[]>) => makeSpec<Appointment>({
  kind: 'appointment', table: 'appointments', type: 'appointment',
  key: (x) => `${x.postId}\u0000${x.personId}\u0000${x.kind}`,
  refs: (x) => [['source', 'sources', x.sourceId], ['post', 'posts', x.postId], ['person', 'people', x.personId], ...(x.coversId ? [['covers', 'appointments', x.coversId] as Ref] : [])],
  baseId: (x) => `${x.postId}:${x.personId}:${x.interval.start?.text ?? 'undated'}${x.kind === 'nominated' ? ':nominated' : ''}`,
  interval: (x) => x.interval,
  withInterval: (x, iv) => ({ ...x, interval: iv }),
  sameOther: (a, b) => (a.note ?? null) === (b.note ?? null) && (a.coversId ?? null) === (b.coversId ?? null) && (a.endReason ?? null) === (b.endReason ?? null) && (a.appointed?.text ?? null) === (b.appointed?.text ?? null),
  candidates: async (tx, recs) => {
    const all = await tx.appointments.forPosts(recs.map((r) => r.postId));
    for (const a of all) held.set(a.postId, [...(held.get(a.postId) ?? []).filter((x) => x.id !== a.id), a]);
    return all;
  },
  write: async (tx, x, existed) => {
    const content = tx.appointments.rowFor(x, posts.get(x.postId)?.seats === 1);
    if (existed) await tx.appointments.updateRows([content]);
    else await tx.appointments.insertRows([content]);
    held.set(x.postId, [...(held.get(x.postId) ?? []).filter((a) => a.id !== x.id), x]);
  },
});

/**
 * Writes sourced facts (links, names, appointments, responsibilities) so that nothing is lost: a record becomes a new
 * fact, or is the same as a stored one (unchanged), or states a stored fact again (merged: cited to its source too,
 * and where its dates differ, each source's dates are kept as claims and the fact's dates span them all), or is
 * rejected with its place and reason.
 */
const writeFacts = async <T extends Fact>(w: Window, spec: FactSpec<T>, input: readonly { value: T; place: RecordOf<'appointment'>['place'] }[], check?: (x: T, replacing?: string) => string | undefined): Promise<void> => {
  const recs = input.map((r) => ({ ...r, value: { ...r.value, sourceId: w.sourceId(r.value.sourceId) } }));
  const values = recs.map((r) => r.value);
  const refs = values.flatMap((v) => spec.refs(v));
  for (const table of new Set(refs.map(([, t]) => t))) await w.load(table, refs.filter(([, t]) => t === table).map(([, , id]) => id));
  await w.loadSources(values.map((v) => v.sourceId));
  const byKey = new Map<string, T[]>();
  for (const c of await spec.candidates(w.tx, values)) byKey.set(spec.key(c), [...(byKey.get(spec.key(c)) ?? []), c]);
  const taken = new Set((await (w.tx.repository(spec.table) as unknown as { rows(ids: readonly string[]): Promise<{ id: string }[]> }).rows(values.map((v) => v.id || spec.baseId(v)))).map((r) => r.id));

  for (const { value: input, place } of recs) {
    const missing = spec.refs(input).find(([, table, id]) => !w.has(table, id));
    if (missing) {
      w.reject(spec.kind, place, `no ${missing[1] === 'people' ? 'person' : missing[1].replace(/s$/, '')} with id "${missing[2]}"`, missing[0], missing[2]);
      continue;
    }
    const rec = spec.withInterval(input, withAsOf(spec.interval(input), w.asOf([input.sourceId])));
    const group = byKey.get(spec.key(rec)) ?? [];
    const match = group.find((c) => sameFact(spec.interval(c), spec.interval(rec)));
    if (!match) {
      const why = check?.(rec);
      if (why) {
        w.reject(spec.kind, place, why, 'interval', ivText(spec.interval(rec)));
        continue;
      }
      const base = input.id || spec.baseId(rec);
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}~${n}`;
      taken.add(id);
      const fact = { ...rec, id };
      await spec.write(w.tx, fact, false, w);
      byKey.set(spec.key(fact), [...group, fact]);
      w.added(spec.table, id);
      if (input.id && input.id !== id) w.memory.factAliases.set(input.id, id);
      w.outcome(spec.kind, 'created', place);
      continue;
    }
    if (input.id && input.id !== match.id) w.memory.factAliases.set(input.id, match.id);
    const citing = [match.sourceId, ...(await w.tx.citations.forEntity(spec.type, match.id)).map((c) => c.sourceId)];
    // Each source's own dates: its start and end claims where it made them, else (for a source that states the fact)
    // the fact's dates as stored, which are that source's until the fact has been disputed.
    const claims = await w.tx.claims.forEntity(spec.type, match.id);
    const own = (sourceId: string): Interval => {
      const mine = claims.filter((c) => c.sourceId === sourceId);
      const stated = citing.includes(sourceId) ? spec.interval(match) : { start: null, end: { kind: 'unknown' as const } };
      const start = mine.find((c) => c.field === 'start')?.value;
      const end = mine.find((c) => c.field === 'end')?.value;
      return {
        start: start === undefined ? stated.start : start === 'unknown' ? null : storedDate(start),
        end: end === undefined ? stated.end : end === 'open' ? { kind: 'open' } : end === 'unknown' ? { kind: 'unknown' } : { kind: 'date', date: storedDate(end) },
      };
    };
    // A note or detail from another source is that source's annotation (kept on its citation), not a change.
    const otherSame = rec.sourceId !== match.sourceId || spec.sameOther(match, rec);
    if (citing.includes(rec.sourceId) && sameInterval(own(rec.sourceId), spec.interval(input)) && otherSame) {
      w.outcome(spec.kind, 'unchanged', place);
      continue;
    }
    const claimants = claims.filter((c) => c.field === 'start' || c.field === 'end').map((c) => c.sourceId);
    const sources = [...new Set([...citing, ...claimants, rec.sourceId])];
    await w.loadSources(sources);
    const perSource = sources.map((s) => (s === rec.sourceId ? spec.interval(input) : own(s)));
    const notes: string[] = [];
    let merged = perSource[0]!;
    if (!perSource.every((iv) => sameInterval(iv, perSource[0]!))) {
      for (let i = 0; i < sources.length; i++) {
        await w.claim(makeClaim(spec.type, match.id, 'start', perSource[i]!.start?.text ?? 'unknown', sources[i]!));
        await w.claim(makeClaim(spec.type, match.id, 'end', endValue(perSource[i]!), sources[i]!));
      }
      const m = mergeIntervals(perSource);
      merged = m.interval;
      notes.push(`${m.startAgrees && m.endAgrees ? 'dates refined' : 'sources disagree on the dates'}: ${sources.map((s, i) => `${s} ${ivText(perSource[i]!)}`).join(', ')}; the fact now spans ${ivText(merged)}`);
    } else if (!sameInterval(merged, spec.interval(match))) {
      notes.push(`${rec.sourceId} now gives ${ivText(merged)} (was ${ivText(spec.interval(match))})`);
    }
    merged = withAsOf(merged, w.asOf(sources));
    const updated = spec.withInterval({ ...match }, merged);
    if (!otherSame) Object.assign(updated, { ...rec, id: match.id, interval: merged });
    const why = check?.(updated, match.id);
    if (why) {
      w.reject(spec.kind, place, `${why} (this record would widen ${match.id})`, 'interval', ivText(spec.interval(rec)));
      continue;
    }
    const note = (rec as { note?: string }).note;
    const cited = rec.sourceId !== match.sourceId ? await w.cite({ entityType: spec.type, entityId: match.id, sourceId: rec.sourceId, ...(note ? { note } : {}) }) : false;
    if (cited) notes.unshift(`the same ${spec.kind} as ${match.id}, also stated by ${rec.sourceId}`);
    await spec.write(w.tx, updated, true, w);
    byKey.set(spec.key(match), group.map((c) => (c.id === match.id ? updated : c)));
    if (notes.length || !otherSame) w.outcome(spec.kind, 'merged', place, { id: match.id, message: notes.join('; ') || 'details updated by the same source' });
    else w.outcome(spec.kind, 'unchanged', place);
  }
};

export const writeRelations = (w: Window, recs: readonly RecordOf<'relation'>[]): Promise<void> => writeFacts(w, relationSpec, recs);

export const writeResponsibilities = (w: Window, recs: readonly RecordOf<'responsibility'>[]): Promise<void> => writeFacts(w, responsibilitySpec, recs);

export const writeNames = (w: Window, recs: readonly RecordOf<'name'>[]): Promise<void> =>
  writeFacts(w, nameSpec, recs.map((r) => ({ place: r.place, value: { ...r.value, id: nameId(r.value) } })));

/**
 * Appointments: a merged person's records go to the person they were merged into; a new term must keep the seat
 * rule (at most `seats` holders certainly in office on any day, covers and nominations aside).
 */
export const writeAppointments = async (w: Window, recs: readonly RecordOf<'appointment'>[]): Promise<void> => {
  await w.load('people', recs.map((r) => r.value.personId));
  const people = new Map((await w.tx.people.getMany(recs.map((r) => r.value.personId))).map((p) => [p.id, p]));
  const follow = async (id: string): Promise<string> => {
    let current = id;
    for (let i = 0; i < 10; i++) {
      const next = (people.get(current) ?? (await w.tx.people.get(current)))?.mergedInto;
      if (!next) break;
      current = next;
    }
    return current;
  };
  const resolved = [];
  for (const r of recs) resolved.push({ ...r, value: { ...r.value, personId: await follow(r.value.personId), ...(r.value.coversId ? { coversId: w.memory.factAliases.get(r.value.coversId) ?? r.value.coversId } : {}) } });
  const posts = new Map((await w.tx.posts.getMany(resolved.map((r) => r.value.postId))).map((p) => [p.id, p]));
  const held = new Map<string, Appointment[]>();
  const NEW = '\u0000new';
  const seats = (a: Appointment, replacing?: string): string | undefined => {
    const post = posts.get(a.postId);
    if (!post || !servesInPost(a) || a.kind === 'cover') return undefined;
    const rest = (held.get(a.postId) ?? []).filter((x) => x.id !== replacing);
    const holders = [...rest, { ...a, id: NEW }].map((x) => ({ id: x.id, extent: extentOf(x.interval), takesSeat: servesInPost(x) && x.kind !== 'cover' }));
    const v = seatViolation(post.seats, holders);
    if (!v || !v.holders.includes(NEW)) return undefined;
    const others = v.holders.filter((h) => h !== NEW);
    return `${post.name} has ${post.seats} seat${post.seats === 1 ? '' : 's'}, and this term would make ${v.holders.length} holders on ${formatDay(v.day)} (with ${others.join(', ')})`;
  };
  await writeFacts(w, appointmentSpec(posts, held), resolved, seats);
};

/**
 * Facts whose start or end sources dispute in claims (a dataset's own claims, not only merges): each source's dates
 * are reconciled into the fact's (compatible dates refine, disagreeing ones widen), so that no answer is more certain
 * than its sources. The fact's own source's dates are kept as claims first, so later sources are measured against
 * them and not against the widened dates.
 */
export const reconcileClaimedDates = async (w: Window, type: string, ids: readonly string[]): Promise<void> => {
  if (ids.length === 0) return;
  const facts: (Appointment | Responsibility | Relation)[] =
    type === 'appointment' ? await w.tx.appointments.getMany(ids) : type === 'responsibility' ? await w.tx.responsibilities.getMany(ids) : type === 'relation' ? await w.tx.relations.getMany(ids) : [];
  const posts = type === 'appointment' ? new Map((await w.tx.posts.getMany((facts as Appointment[]).map((a) => a.postId))).map((p) => [p.id, p])) : new Map<string, Post>();
  const claims = await w.tx.claims.forEntities(type, ids);
  for (const fact of facts) {
    const mine = claims.filter((c) => c.entityId === fact.id && (c.field === 'start' || c.field === 'end'));
    const sources = [...new Set([fact.sourceId, ...mine.map((c) => c.sourceId)])];
    if (sources.length < 2) continue;
    const perSource = sources.map((s) => {
      const own = mine.filter((c) => c.sourceId === s);
      const start = own.find((c) => c.field === 'start')?.value;
      const end = own.find((c) => c.field === 'end')?.value;
      const mineToo = s === fact.sourceId;
      return {
        start: start === undefined ? (mineToo ? fact.interval.start : null) : start === 'unknown' ? null : storedDate(start),
        end: end === undefined ? (mineToo ? fact.interval.end : { kind: 'unknown' as const }) : end === 'open' ? { kind: 'open' as const } : end === 'unknown' ? { kind: 'unknown' as const } : { kind: 'date' as const, date: storedDate(end) },
      } satisfies Interval;
    });
    const merged = withAsOf(mergeIntervals(perSource).interval, fact.interval.end.kind === 'open' ? fact.interval.end.asOf : undefined);
    if (sameInterval(merged, fact.interval)) continue;
    if (!mine.some((c) => c.sourceId === fact.sourceId)) {
      await w.claim(makeClaim(type, fact.id, 'start', fact.interval.start?.text ?? 'unknown', fact.sourceId));
      await w.claim(makeClaim(type, fact.id, 'end', endValue(fact.interval), fact.sourceId));
    }
    const updated = { ...fact, interval: merged };
    if (type === 'appointment') await w.tx.appointments.updateRows([w.tx.appointments.rowFor(updated as Appointment, posts.get((fact as Appointment).postId)?.seats === 1)]);
    else if (type === 'responsibility') await w.tx.responsibilities.updateRows([w.tx.responsibilities.contentOf(updated as Responsibility)]);
    else await w.tx.relations.updateRows([w.tx.relations.contentOf(updated as Relation)]);
  }
};
