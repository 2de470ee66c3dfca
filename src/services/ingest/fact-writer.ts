import { mergeIntervals, sameFact } from '../../domain/facts.js';
import { groupBy } from '../../domain/group-by.js';
import type { Appointment, NameVariant, Relation, Responsibility } from '../../domain/model.js';
import { nameKey } from '../../domain/names.js';
import { type Interval, withAsOf } from '../../domain/time/interval.js';
import { storedDate } from '../../domain/time/partial-date.js';
import { nameId } from '../../storage/mappers.js';
import type { Store } from '../../storage/store.js';
import type { RegistryTable } from '../../storage/tables.js';
import type { RecordOf } from '../../dataset/dataset-records.js';
import { placeText } from '../../dataset/import-report.js';
import { SeatGuard } from './seat-guard.js';
import { makeClaim, type ImportBatch } from './import-batch.js';

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
  /** What `b` says differently from `a`, apart from its interval and source: each a field and `b`'s value. */
  differences(a: T, b: T): { field: string; value: string }[];
  /** Every stored fact that shares a key with one of these records. */
  candidates(tx: Store, recs: readonly T[]): Promise<T[]>;
  write(w: ImportBatch, x: T, existed: boolean): Promise<void>;
}

const ivText = (iv: Interval): string => `${iv.start?.text ?? '?'}–${iv.end.kind === 'date' ? iv.end.date.text : iv.end.kind === 'open' ? 'open' : '?'}`;
const sameInterval = (a: Interval, b: Interval): boolean =>
  (a.start?.text ?? null) === (b.start?.text ?? null) && a.end.kind === b.end.kind && (a.end.kind !== 'date' || a.end.date.text === (b.end as { date: { text: string } }).date.text);
const endValue = (iv: Interval): string => (iv.end.kind === 'date' ? iv.end.date.text : iv.end.kind);
const ALWAYS: Interval = { start: null, end: { kind: 'open' } };
/** The value a statement on a bound carries when its source gives no date for it: no value, so it contradicts none. */
export const UNKNOWN_BOUND = 'unknown';
const startValue = (iv: Interval): string => iv.start?.text ?? UNKNOWN_BOUND;

/** One source's value for one bound of a fact: what claims keep, and what the fact's dates are reconciled from. */
export interface Statement {
  sourceId: string;
  field: 'start' | 'end';
  value: string;
}

/**
 * Every value each source gave for a fact's bounds: its claims, and, for a source that states the fact but made no
 * claim on a bound, the fact's stored value (its dates are that source's until first disputed).
 */
export const statementsOf = (claims: readonly { field: string; value: string; sourceId: string }[], stored: Interval, citing: readonly string[]): Statement[] => {
  const out: Statement[] = claims.filter((c) => c.field === 'start' || c.field === 'end').map((c) => ({ sourceId: c.sourceId, field: c.field as 'start' | 'end', value: c.value }));
  for (const s of citing) {
    if (!out.some((x) => x.sourceId === s && x.field === 'start')) out.push({ sourceId: s, field: 'start', value: startValue(stored) });
    if (!out.some((x) => x.sourceId === s && x.field === 'end')) out.push({ sourceId: s, field: 'end', value: endValue(stored) });
  }
  return out;
};

/**
 * The fact's dates from every statement: starts and ends reconcile as dates do (see mergeIntervals); "open" is
 * open as of its source's date (`asOf`), so a source that ended the term before another saw it running disagrees.
 */
export const mergeStatements = (statements: readonly Statement[], asOf: (sourceId: string) => number | undefined, mode: 'refine' | 'hull' = 'refine') =>
  mergeIntervals(statements.map((x): Interval => {
    if (x.field === 'start') return { start: x.value === UNKNOWN_BOUND ? null : storedDate(x.value), end: { kind: 'unknown' } };
    return { start: null, end: x.value === 'open' ? withAsOf({ start: null, end: { kind: 'open' } }, asOf(x.sourceId)).end : x.value === UNKNOWN_BOUND ? { kind: 'unknown' } : { kind: 'date', date: storedDate(x.value) } };
  }), mode);

const describeStatements = (statements: readonly Statement[]): string => {
  const bySource = new Map<string, { start: string[]; end: string[] }>();
  for (const x of statements) {
    const e = bySource.get(x.sourceId) ?? { start: [], end: [] };
    if (!e[x.field].includes(x.value)) e[x.field].push(x.value);
    bySource.set(x.sourceId, e);
  }
  return [...bySource].map(([s, e]) => `${s} ${e.start.join('/')}–${e.end.join('/')}`).join(', ');
};


/**
 * The fact this source already stated with these very dates, when the fact has since been merged with other sources'
 * (its dates widened, so that it no longer looks like this record): the same record again is that fact.
 */
const statedBefore = async <T extends Fact>(w: ImportBatch, spec: FactSpec<T>, group: readonly T[], rec: T): Promise<T | undefined> => {
  const start = startValue(spec.interval(rec));
  const end = endValue(spec.interval(rec));
  for (const c of group) {
    const claims = await w.claimsFor(spec.type, c.id);
    const said = (field: string, value: string) => claims.some((k) => k.sourceId === rec.sourceId && k.field === field && k.value === value);
    if (said('start', start) && said('end', end)) return c;
  }
  return undefined;
};

const makeSpec = <T extends Fact>(s: FactSpec<T>): FactSpec<T> => s;

/** The fields where a second record gives a value the first lacks or contradicts. */
const differing = (pairs: [field: string, a: string | undefined, b: string | undefined][]): { field: string; value: string }[] =>
  pairs.filter(([, a, b]) => b !== undefined && b !== a).map(([field, , b]) => ({ field, value: b! }));

const relationSpec = makeSpec<Relation>({
  kind: 'relation', table: 'relations', type: 'relation',
  key: (x) => `${x.fromId}\u0000${x.type}\u0000${x.toId}`,
  refs: (x) => [['source', 'sources', x.sourceId], ['from', 'organizations', x.fromId], ['to', 'organizations', x.toId]],
  baseId: (x) => `${x.fromId}~${x.type}~${x.toId}${x.interval.start ? `#${x.interval.start.text}` : ''}`,
  interval: (x) => x.interval,
  withInterval: (x, iv) => ({ ...x, interval: iv }),
  differences: () => [],
  candidates: async (tx, recs) => (await tx.relations.fromMany(recs.map((r) => r.fromId))).filter((c) => recs.some((r) => r.toId === c.toId && r.type === c.type)),
  write: (w, x, existed) => w.write('relations', w.tx.relations.contentOf(x) as never, existed),
});

const responsibilitySpec = makeSpec<Responsibility>({
  kind: 'responsibility', table: 'responsibilities', type: 'responsibility',
  key: (x) => `${x.unitId}\u0000${x.subjectId}\u0000${x.role ?? 'handles'}`,
  refs: (x) => [['source', 'sources', x.sourceId], ['unit', 'organizations', x.unitId], ['subject', 'subjects', x.subjectId]],
  baseId: (x) => `${x.unitId}>${x.subjectId}${x.role && x.role !== 'handles' ? `:${x.role}` : ''}@${x.sourceId}${x.interval.start ? `#${x.interval.start.text}` : ''}`,
  interval: (x) => x.interval,
  withInterval: (x, iv) => ({ ...x, interval: iv }),
  differences: (a, b) => differing([['note', a.note, b.note]]),
  candidates: async (tx, recs) => (await tx.responsibilities.forUnits(recs.map((r) => r.unitId))).filter((c) => recs.some((r) => r.subjectId === c.subjectId)),
  write: (w, x, existed) => w.write('responsibilities', w.tx.responsibilities.contentOf(x) as never, existed),
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
  differences: () => [],
  candidates: async (tx, recs) => {
    const byType = new Map<NameVariant['entityType'], string[]>();
    for (const r of recs) byType.set(r.entityType, [...(byType.get(r.entityType) ?? []), r.entityId]);
    const out: IdName[] = [];
    for (const [type, ids] of byType) for (const row of await tx.names.rowsOf(type, ids)) out.push({ ...tx.names.entityOf(row), id: row.id });
    return out;
  },
  write: (w, x, existed) => w.write('names', { ...w.tx.names.contentOf(x), id: x.id } as never, existed),
});

/** Appointments also follow merged people and are written through the seat guard (the seat rule, the row's flag). */
const appointmentSpec = (guard: SeatGuard) => makeSpec<Appointment>({
  kind: 'appointment', table: 'appointments', type: 'appointment',
  key: (x) => `${x.postId}\u0000${x.personId}\u0000${x.kind}`,
  refs: (x) => [['source', 'sources', x.sourceId], ['post', 'posts', x.postId], ['person', 'people', x.personId], ...(x.coversId ? [['covers', 'appointments', x.coversId] as Ref] : [])],
  baseId: (x) => `${x.postId}:${x.personId}:${x.interval.start?.text ?? 'undated'}${x.kind === 'nominated' ? ':nominated' : ''}`,
  interval: (x) => x.interval,
  withInterval: (x, iv) => ({ ...x, interval: iv }),
  differences: (a, b) => differing([['note', a.note, b.note], ['covers', a.coversId, b.coversId], ['end-reason', a.endReason, b.endReason], ['appointed', a.appointed?.text, b.appointed?.text]]),
  // Terms of the same person in the same posts: all a record can be; the seat guard loads its own (SeatGuard.around).
  candidates: async (tx, recs) => {
    const postIds = new Set(recs.map((r) => r.postId));
    return (await tx.appointments.forPeople(recs.map((r) => r.personId))).filter((a) => postIds.has(a.postId));
  },
  write: (w, x, existed) => w.write('appointments', guard.accept(x, existed) as never, existed),
});

/**
 * Writes sourced facts (links, names, appointments, responsibilities) so that nothing is lost: a record becomes a new
 * fact, or is the same as a stored one (unchanged), or states a stored fact again (merged: cited to its source too,
 * and where its dates differ, each source's dates are kept as claims and the fact's dates span them all), or is
 * rejected with its place and reason.
 */
const writeFacts = async <T extends Fact>(w: ImportBatch, spec: FactSpec<T>, input: readonly { value: T; place: RecordOf<'appointment'>['place'] }[], check?: (x: T, replacing?: string) => string | undefined): Promise<void> => {
  const recs = input.map((r) => ({ ...r, value: { ...r.value, sourceId: w.sourceId(r.value.sourceId) } }));
  const values = recs.map((r) => r.value);
  const refs = values.flatMap((v) => spec.refs(v));
  for (const table of new Set(refs.map(([, t]) => t))) await w.load(table, refs.filter(([, t]) => t === table).map(([, , id]) => id));
  await w.loadSources(values.map((v) => v.sourceId));
  const byKey = groupBy(await spec.candidates(w.tx, values), (c) => spec.key(c));
  const taken = await w.tx.repository(spec.table).existing(values.map((v) => v.id || spec.baseId(v)));
  /** Where each fact this window created was stated: a record that finds its id taken names it. */
  const createdAt = new Map<string, RecordOf<'appointment'>['place']>();

  for (const { value: input, place } of recs) {
    const missing = spec.refs(input).find(([, table, id]) => !w.has(table, id));
    if (missing) {
      w.reject(spec.kind, place, `no ${missing[1] === 'people' ? 'person' : missing[1].replace(/s$/, '')} with id "${missing[2]}"`, missing[0], missing[2]);
      continue;
    }
    const own = spec.interval(input);
    if (own.start && own.end.kind === 'date' && own.end.date.latest <= own.start.earliest) {
      w.reject(spec.kind, place, 'the end is not after the start', 'end', own.end.date.text);
      continue;
    }
    const rec = spec.withInterval(input, withAsOf(own, w.asOf([input.sourceId])));
    const group = byKey.get(spec.key(rec)) ?? [];
    // The same record again is its own fact, before any other it may also be (a later, wider fact overlaps it too).
    const match = group.find((c) => c.sourceId === rec.sourceId && sameInterval(spec.interval(c), spec.interval(rec))) ?? group.find((c) => sameFact(spec.interval(c), spec.interval(rec)))
      ?? (await statedBefore(w, spec, group, rec));
    if (!match) {
      const why = check?.(rec);
      if (why) {
        w.reject(spec.kind, place, why, 'interval', ivText(spec.interval(rec)));
        continue;
      }
      const base = input.id || spec.baseId(rec);
      let id = base;
      // Another fact holds the id (a unit taking a country back years later, an id stated twice): the next free
      // `~n`, free in this window and in the store (a window before this one may have taken `~2` already).
      for (let n = 2; taken.has(id); n++) {
        id = `${base}~${n}`;
        if (!taken.has(id) && (await w.tx.repository(spec.table).existing([id])).size) taken.add(id);
      }
      taken.add(id);
      const fact = { ...rec, id };
      await spec.write(w, fact, false);
      byKey.set(spec.key(fact), [...group, fact]);
      w.added(spec.table, id);
      if (input.id && input.id !== id) w.memory.factAliases.set(input.id, id);
      if (id === base) {
        createdAt.set(id, place);
        w.outcome(spec.kind, 'created', place);
      } else {
        const other = createdAt.get(base);
        w.outcome(spec.kind, 'created', place, {
          id, message: `the id "${base}" is already another ${spec.kind}'s (${other ? `stated at ${placeText(other)}` : 'stored before'}): a fact of its own, stored as "${id}"`,
        });
      }
      continue;
    }
    if (input.id && input.id !== match.id) w.memory.factAliases.set(input.id, match.id);
    const citing = [match.sourceId, ...(await w.citationsFor(spec.type, match.id))];
    // Each source's own dates: its start and end claims where it made them, else (for a source that states the fact)
    // the fact's dates as stored, which are that source's until the fact has been disputed.
    const claims = await w.claimsFor(spec.type, match.id);
    const before = statementsOf(claims, spec.interval(match), citing);
    const mine = { start: startValue(spec.interval(input)), end: endValue(spec.interval(input)) };
    // Details a record gives apart from its dates (a note, an end reason): another source's are kept on its citation;
    // the same source's second word on one fact is kept as a claim beside the first, never replacing it.
    const details = spec.differences(match, rec);
    const detailClaims = rec.sourceId === match.sourceId ? details.map((x) => makeClaim(spec.type, match.id, x.field, x.value, rec.sourceId)) : [];
    const newDetails = detailClaims.filter((c) => !claims.some((k) => k.id === c.id));
    const said = (field: 'start' | 'end') => before.some((x) => x.sourceId === rec.sourceId && x.field === field && x.value === mine[field]);
    if (citing.includes(rec.sourceId) && said('start') && said('end') && newDetails.length === 0) {
      w.outcome(spec.kind, 'unchanged', place);
      continue;
    }
    const statements = [...before, { sourceId: rec.sourceId, field: 'start' as const, value: mine.start }, { sourceId: rec.sourceId, field: 'end' as const, value: mine.end }];
    const sources = [...new Set(statements.map((x) => x.sourceId))];
    await w.loadSources(sources);
    const notes: string[] = [];
    let merged = spec.interval(input);
    const distinct = (field: 'start' | 'end') => new Set(statements.filter((x) => x.field === field).map((x) => x.value)).size;
    if (distinct('start') > 1 || distinct('end') > 1) {
      // The sources' values differ: every statement is kept as a claim, and the fact's dates span them all.
      for (const x of statements) await w.claim(makeClaim(spec.type, match.id, x.field, x.value, x.sourceId));
      let m = mergeStatements(statements, (id) => w.asOf([id]));
      // Refining would break the seat rule (a source ending one term after it starts the next): keep the dates wide.
      if (check?.(spec.withInterval({ ...match }, withAsOf(m.interval, w.asOf(sources))), match.id)) m = { ...mergeStatements(statements, (id) => w.asOf([id]), 'hull'), startAgrees: false };
      merged = m.interval;
      notes.push(`${m.startAgrees && m.endAgrees ? 'dates refined' : 'sources disagree on the dates'}: ${describeStatements(statements)}; the fact now spans ${ivText(merged)}`);
    }
    // Known up to the newest coverage among the sources that say it is still running (not those that end it, or
    // give no end).
    const running = statements.filter((x) => x.field === 'end' && x.value === 'open').map((x) => x.sourceId);
    merged = withAsOf(merged, w.asOf(running.length ? running : sources));
    if (!sameInterval(merged, spec.interval(match)) && notes.length === 0) notes.push(`${rec.sourceId} now gives ${ivText(merged)} (was ${ivText(spec.interval(match))})`);
    const updated = spec.withInterval({ ...match }, merged);
    for (const c of newDetails) await w.claim(c);
    if (newDetails.length) notes.push(`the same source also gives ${newDetails.map((c) => `${c.field} "${c.value}"`).join(', ')}: kept as claims beside the first`);
    const why = check?.(updated, match.id);
    if (why) {
      w.reject(spec.kind, place, `${why} (this record would widen ${match.id})`, 'interval', ivText(spec.interval(rec)));
      continue;
    }
    const note = (rec as { note?: string }).note;
    const cited = rec.sourceId !== match.sourceId ? await w.cite({ entityType: spec.type, entityId: match.id, sourceId: rec.sourceId, ...(note ? { note } : {}) }) : false;
    if (cited) notes.unshift(`the same ${spec.kind} as ${match.id}, also stated by ${rec.sourceId}`);
    await spec.write(w, updated, true);
    byKey.set(spec.key(match), group.map((c) => (c.id === match.id ? updated : c)));
    if (notes.length) w.outcome(spec.kind, 'merged', place, { id: match.id, message: notes.join('; ') });
    else w.outcome(spec.kind, 'unchanged', place);
  }
};

export const writeRelations = (w: ImportBatch, recs: readonly RecordOf<'relation'>[]): Promise<void> => writeFacts(w, relationSpec, recs);

export const writeResponsibilities = (w: ImportBatch, recs: readonly RecordOf<'responsibility'>[]): Promise<void> => writeFacts(w, responsibilitySpec, recs);

export const writeNames = (w: ImportBatch, recs: readonly RecordOf<'name'>[]): Promise<void> =>
  writeFacts(w, nameSpec, recs.map((r) => ({ place: r.place, value: { ...r.value, id: nameId(r.value) } })));

/**
 * Appointments: a merged person's records go to the person they were merged into; a new term must keep the seat
 * rule (at most `seats` holders certainly in office on any day, covers and nominations aside).
 */
export const writeAppointments = async (w: ImportBatch, recs: readonly RecordOf<'appointment'>[]): Promise<void> => {
  await w.load('people', recs.map((r) => r.value.personId));
  // Only merged people need following: their ids, and where each went (a chain of merges at most 10 deep).
  const merged = await w.tx.people.mergedInto(recs.map((r) => r.value.personId));
  const follow = async (id: string): Promise<string> => {
    let current = id;
    for (let i = 0; i < 10; i++) {
      const next = merged.has(current) ? merged.get(current) : i === 0 ? undefined : (await w.tx.people.get(current))?.mergedInto;
      if (!next) break;
      current = next;
    }
    return current;
  };
  const resolved = [];
  for (const r of recs) resolved.push({ ...r, value: { ...r.value, personId: await follow(r.value.personId), ...(r.value.coversId ? { coversId: w.memory.factAliases.get(r.value.coversId) ?? r.value.coversId } : {}) } });
  const guard = await SeatGuard.around(w.tx, resolved.map((r) => r.value));
  await writeFacts(w, appointmentSpec(guard), resolved, (a, replacing) => guard.refusal(a, replacing));
};

/**
 * Facts whose start or end sources dispute in claims (a dataset's own claims, not only merges): each source's dates
 * are reconciled into the fact's (compatible dates refine, disagreeing ones widen), so that no answer is more certain
 * than its sources. The fact's own source's dates are kept as claims first, so later sources are measured against
 * them and not against the widened dates.
 */
export const reconcileClaimedDates = async (w: ImportBatch, type: string, ids: readonly string[], newClaims: ReadonlySet<string>): Promise<void> => {
  if (ids.length === 0) return;
  const facts: (Appointment | Responsibility | Relation)[] =
    type === 'appointment' ? await w.tx.appointments.getMany(ids) : type === 'responsibility' ? await w.tx.responsibilities.getMany(ids) : type === 'relation' ? await w.tx.relations.getMany(ids) : [];
  const claimsOf = groupBy(await w.tx.claims.forEntities(type, ids), (c) => c.entityId);
  // Only a fact a new claim disputes can change: a claim that repeats its stored date changes nothing.
  const disputed = facts.filter((f) => (claimsOf.get(f.id) ?? []).some((c) => newClaims.has(c.id) && ((c.field === 'start' && c.value !== startValue(f.interval)) || (c.field === 'end' && c.value !== endValue(f.interval)))));
  if (disputed.length === 0) return;
  const guard = type === 'appointment' ? await SeatGuard.forPosts(w.tx, (disputed as Appointment[]).map((a) => a.postId)) : undefined;
  const citedBy = groupBy(await w.tx.citations.forEntities(type, ids), (c) => c.entityId);
  for (const fact of disputed) {
    const mine = (claimsOf.get(fact.id) ?? []).filter((c) => c.field === 'start' || c.field === 'end');
    const fresh = mine.filter((c) => newClaims.has(c.id));
    if (fresh.length === 0) continue;
    const citing = [fact.sourceId, ...(citedBy.get(fact.id) ?? []).map((c) => c.sourceId)];
    // What each source said before these claims (the stored dates are their source's until disputed), then the claims.
    const before = statementsOf(mine.filter((c) => !newClaims.has(c.id)), fact.interval, citing);
    const statements = [...before, ...fresh.map((c) => ({ sourceId: c.sourceId, field: c.field as 'start' | 'end', value: c.value }))];
    if (new Set(statements.filter((x) => x.field === 'start').map((x) => x.value)).size < 2 && new Set(statements.filter((x) => x.field === 'end').map((x) => x.value)).size < 2) continue;
    await w.loadSources(statements.map((x) => x.sourceId));
    const keepAsOf = (iv: Interval) => withAsOf(iv, fact.interval.end.kind === 'open' ? fact.interval.end.asOf : undefined);
    let merged = keepAsOf(mergeStatements(statements, (id) => w.asOf([id])).interval);
    // Refining would break the seat rule (a source ending one term after it starts the next): keep the dates wide.
    if (guard?.refusal({ ...(fact as Appointment), interval: merged }, fact.id)) merged = keepAsOf(mergeStatements(statements, (id) => w.asOf([id]), 'hull').interval);
    // Every statement is kept as a claim, so later sources are measured against what each source said.
    for (const x of before.filter((y) => !mine.some((c) => c.sourceId === y.sourceId && c.field === y.field && c.value === y.value))) await w.claim(makeClaim(type, fact.id, x.field, x.value, x.sourceId));
    if (sameInterval(merged, fact.interval)) continue;
    const updated = { ...fact, interval: merged };
    // Even the widest dates would break the rule (terms stored before a post lost seats): the dates stay as they are.
    if (guard?.refusal(updated as Appointment, fact.id)) continue;
    if (guard) await w.tx.appointments.updateRows([guard.accept(updated as Appointment, true)]);
    else if (type === 'responsibility') await w.tx.responsibilities.updateRows([w.tx.responsibilities.contentOf(updated as Responsibility)]);
    else await w.tx.relations.updateRows([w.tx.relations.contentOf(updated as Relation)]);
  }
};
