import { type Appointment, type Claim, type Organization, type Post, type Responsibility, servesInPost } from '../domain/model.js';
import { nameSkeleton } from '../domain/name-skeleton.js';
import { seatViolation, takesSeat } from '../domain/seat-rule.js';
import type { FindingReason, SourceNamed, TermNamed } from '../domain/reasons.js';
import { deriveOrdinals, ORDINAL_FIELD } from '../domain/ordinal.js';
import { type Day, formatDay } from '../domain/time/day.js';
import { certainSpan, type Extent, extentOf, type Interval, overlapCertainty, within } from '../domain/time/interval.js';
import { type PartialDate, partialDateFromDay, storedDate, tryParsePartialDate } from '../domain/time/partial-date.js';
import { reconcileDates } from '../domain/time/reconcile-dates.js';
import type { Store } from '../storage/store.js';
import { holders } from './holders.service.js';
import { UNKNOWN_BOUND } from './ingest/fact-writer.js';
import { chainOn, loadedStructure, organizationExtent } from './structure.service.js';
import { endText, type SourceRef, startText, ReferenceLoader } from './views.js';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A finding: its code and parameters (a reason, src/domain/reasons.ts), how grave it is, what it is about, its sources. */
export type Finding = FindingReason & {
  severity: Severity;
  subjects: { type: string; id: string; name: string }[];
  sources: SourceRef[];
};

const pairs = <T>(xs: readonly T[]): [T, T][] => xs.flatMap((a, i) => xs.slice(i + 1).map((b) => [a, b] as [T, T]));

/** Two claims agree when they say the same thing, dates compared as the days they denote. */
const normalizeValue = (v: string): string => {
  const d = tryParsePartialDate(v);
  return d ? `${d.earliest}/${d.latest}` : v.trim().toLowerCase();
};

/**
 * Data checks over the whole registry, reading each table once: terms that break the seat rule, ends before starts,
 * one source putting two holders in a one-seat post at once, one person in two posts of an organization whose rule
 * forbids it, claims that disagree (one finding per disagreement), subjects given to two units of one organization,
 * facts outside the lives of what they belong to, ordinals and table columns that dated data contradicts.
 */
export const check = async (store: Store, today: Day): Promise<{ findings: Finding[] }> => {
  const findings: Finding[] = [];
  const ctx = new ReferenceLoader(store);
  const posts = await store.posts.list();
  const appointments = await store.appointments.list();
  const claims = await store.claims.list();
  const citations = await store.citations.list();
  await ctx.preloadPeople(appointments.map((a) => a.personId));
  await ctx.preloadSources([...appointments.map((a) => a.sourceId), ...claims.map((c) => c.sourceId), ...citations.map((c) => c.sourceId)]);
  const postById = new Map(posts.map((p) => [p.id, p]));
  const byPost = new Map<string, Appointment[]>();
  for (const a of appointments) byPost.set(a.postId, [...(byPost.get(a.postId) ?? []), a]);
  const label = (a: Appointment) => `${ctx.personName(a.personId)} as ${postById.get(a.postId)?.name ?? a.postId}`;
  const term = (a: Appointment): TermNamed => ({ id: a.id, person: { id: a.personId, name: ctx.personName(a.personId) }, post: { id: a.postId, name: postById.get(a.postId)?.name ?? a.postId } });
  const subjectOf = (a: Appointment) => ({ type: 'appointment', id: a.id, name: label(a) });
  const claimsOf = new Map<string, Claim[]>();
  for (const c of claims) claimsOf.set(`${c.entityType}:${c.entityId}`, [...(claimsOf.get(`${c.entityType}:${c.entityId}`) ?? []), c]);

  for (const [postId, list] of byPost) {
    const post = postById.get(postId);
    if (!post) continue;
    for (const a of list) {
      const iv = a.interval;
      if (iv.start && iv.end.kind === 'date' && iv.end.date.latest <= iv.start.earliest) {
        findings.push({ code: 'end-before-start', severity: 'error', term: term(a), start: iv.start.text, end: iv.end.date.text, subjects: [subjectOf(a)], sources: [ctx.source(a.sourceId)] });
      }
      const person = ctx.personEntity(a.personId);
      // A term that certainly runs past its holder's death (alive on the day they die) or starts before their birth.
      if (person?.died && servesInPost(a) && (iv.end.kind === 'date' ? iv.end.date.earliest > person.died.latest + 1 : iv.end.kind === 'open')) {
        findings.push({
          code: 'term-after-death', severity: 'warning', term: term(a), end: endText(iv), person: { id: person.id, name: person.name }, died: person.died.text,
          subjects: [subjectOf(a), { type: 'person', id: person.id, name: person.name }], sources: [...new Set([a.sourceId, person.sourceId])].map((id) => ctx.source(id)),
        });
      }
      if (person?.born && iv.start && iv.start.latest < person.born.earliest) {
        findings.push({ code: 'term-before-birth', severity: 'error', term: term(a), start: iv.start.text, person: { id: person.id, name: person.name }, born: person.born.text, subjects: [subjectOf(a)], sources: [ctx.source(a.sourceId)] });
      }
    }
    const v = seatViolation(post.seats, list.map((a) => ({ id: a.id, extent: extentOf(a.interval), kind: a.kind })));
    if (v) {
      const on = list.filter((a) => v.holders.includes(a.id));
      findings.push({
        code: 'seats-exceeded', severity: 'error', post: { id: post.id, name: post.name }, seats: post.seats, day: formatDay(v.day),
        holders: on.map((a) => ({ id: a.personId, name: ctx.personName(a.personId) })),
        subjects: on.map(subjectOf), sources: [...new Set(on.map((a) => a.sourceId))].map((id) => ctx.source(id)),
      });
    }
    if (post.seats === 1) findings.push(...sourceOverlaps(post, list, claimsOf, citations, ctx, subjectOf));
  }
  findings.push(...(await exclusivePosts(store, appointments, postById, ctx, subjectOf)));
  const orgNames = new Map((await store.organizations.list()).map((o) => [o.id, o.name]));
  // A claim on a name (its dates) names the name and whose it is, never the name row's id.
  const nameRows = new Map((await store.names.rows([...new Set(claims.filter((c) => c.entityType === 'name').map((c) => c.entityId))])).map((r) => [r.id, r]));
  await ctx.preloadPeople([...claims.filter((c) => c.entityType === 'person').map((c) => c.entityId), ...[...nameRows.values()].filter((r) => r.entity_type === 'person').map((r) => r.entity_id)]);
  const entityName = (type: string, id: string): string | undefined =>
    type === 'organization' ? orgNames.get(id) : type === 'person' ? ctx.personName(id) : type === 'post' ? postById.get(id)?.name : undefined;
  const nameOf = (type: string, id: string): string => {
    const n = type === 'name' ? nameRows.get(id) : undefined;
    return (n ? `"${n.name}", a name of ${entityName(n.entity_type, n.entity_id) ?? n.entity_id}` : entityName(type, id)) ?? id;
  };
  findings.push(...claimConflicts(claims, appointments, postById, ctx, nameOf));
  findings.push(...(await structureFindings(store, ctx)));
  findings.push(...(await samePersonFindings(store, ctx)));
  for (const post of posts) findings.push(...(await holderTableFindings(store, post, today, byPost.get(post.id) ?? [], claimsOf, ctx)));
  return { findings };
};

/** A source's own dates for a term: its start and end claims where it made them, the term's dates otherwise. */
const ownInterval = (a: Appointment, sourceId: string, claims: readonly Claim[]): Interval => {
  const mine = claims.filter((c) => c.sourceId === sourceId);
  // Where a source gives a bound more than once, its most precise value is what it commits to.
  const precise = (field: string) => mine.filter((c) => c.field === field).sort((x, y) => width(x.value) - width(y.value))[0]?.value;
  const start = precise('start');
  const end = precise('end');
  return {
    start: start === undefined ? a.interval.start : start === 'unknown' ? null : storedDate(start),
    end: end === undefined ? a.interval.end : end === 'open' ? { kind: 'open' } : end === 'unknown' ? { kind: 'unknown' } : { kind: 'date', date: storedDate(end) },
  };
};

/**
 * One source, by its own dates, putting two holders in a one-seat post on the same day: the source contradicts
 * itself (the registry's own dates, which span every source's, cannot show it). Terms that only may overlap (a
 * handover within a year, a month) are possible without overlap and are not reported.
 */
const sourceOverlaps = (post: Post, list: Appointment[], claimsOf: Map<string, Claim[]>, citations: { entityId: string; sourceId: string }[], ctx: ReferenceLoader, subjectOf: (a: Appointment) => Finding['subjects'][number]): Finding[] => {
  const out: Finding[] = [];
  const bySource = new Map<string, { a: Appointment; iv: Interval }[]>();
  for (const a of list.filter(takesSeat)) {
    const claims = claimsOf.get(`appointment:${a.id}`) ?? [];
    const sources = new Set([a.sourceId, ...citations.filter((c) => c.entityId === a.id).map((c) => c.sourceId), ...claims.filter((c) => c.field === 'start' || c.field === 'end').map((c) => c.sourceId)]);
    for (const s of sources) bySource.set(s, [...(bySource.get(s) ?? []), { a, iv: ownInterval(a, s, claims) }]);
  }
  const seen = new Set<string>();
  for (const [sourceId, terms] of bySource) {
    for (const [x, y] of pairs(terms)) {
      if (overlapCertainty(x.iv, y.iv) !== 'certain' || overlapCertainty(x.a.interval, y.a.interval) === 'certain') continue;
      const key = [x.a.id, y.a.id].sort().join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        code: 'source-overlap', severity: 'warning',
        source: { id: sourceId, title: ctx.source(sourceId).title }, post: { id: post.id, name: post.name },
        terms: [x, y].map((t) => ({ person: { id: t.a.personId, name: ctx.personName(t.a.personId) }, start: startText(t.iv), end: endText(t.iv) })),
        subjects: [subjectOf(x.a), subjectOf(y.a)], sources: [ctx.source(sourceId)],
      });
    }
  }
  return out;
};

const width = (v: string): number => {
  const d = tryParsePartialDate(v);
  return d ? d.latest - d.earliest : Infinity;
};

/** One person in two posts of an organization at once, where that organization's rule says one post at a time. */
const exclusivePosts = async (store: Store, all: Appointment[], postById: Map<string, Post>, ctx: ReferenceLoader, subjectOf: (a: Appointment) => Finding['subjects'][number]): Promise<Finding[]> => {
  const orgs = new Map((await store.organizations.getMany([...new Set([...postById.values()].map((p) => p.organizationId))])).map((o) => [o.id, o]));
  const out: Finding[] = [];
  const byPerson = new Map<string, Appointment[]>();
  for (const a of all.filter(servesInPost)) byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a]);
  for (const list of byPerson.values()) {
    for (const [a, b] of pairs(list)) {
      const pa = postById.get(a.postId);
      const pb = postById.get(b.postId);
      if (!pa || !pb || pa.id === pb.id || pa.organizationId !== pb.organizationId || !orgs.get(pa.organizationId)?.exclusivePosts) continue;
      const c = overlapCertainty(a.interval, b.interval);
      if (!c) continue;
      out.push({
        code: 'incompatible-posts', severity: c === 'certain' ? 'error' : 'warning',
        person: { id: a.personId, name: ctx.personName(a.personId) }, posts: [pa, pb].map((p) => ({ id: p.id, name: p.name })),
        organization: { id: pa.organizationId, name: orgs.get(pa.organizationId)!.name }, overlap: c,
        subjects: [subjectOf(a), subjectOf(b)], sources: [ctx.source(a.sourceId), ctx.source(b.sourceId)],
      });
    }
  }
  return out;
};

/**
 * Values that are all dates naming a common day: a year and a day in it (1939, 1939-08-29) refine one another, as
 * the import reconciles them (reconcileDates); they do not disagree.
 */
const refinesOneDate = (values: readonly string[]): boolean => {
  const dates = values.map((v) => tryParsePartialDate(v));
  return dates.every((d) => d !== undefined) && reconcileDates(dates as PartialDate[])!.agree;
};

/**
 * Claims on one field of one entity that disagree (dates that refine one another do not). A disagreement that shows twice (when the end of one term and the
 * start of the next, in the same post, are disputed between the same sources on the same values: one handover) is
 * one finding.
 */
const claimConflicts = (claims: Claim[], appointments: Appointment[], postById: Map<string, Post>, ctx: ReferenceLoader, nameOf: (type: string, id: string) => string): Finding[] => {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.field.startsWith('concurrent:') || c.field === 'table-columns') continue;
    // "unknown" is a bound no one gave, not a value: it disagrees with nothing (nor with the same source's own date).
    if ((c.field === 'start' || c.field === 'end') && c.value === UNKNOWN_BOUND) continue;
    const key = `${c.entityType}\u0000${c.entityId}\u0000${c.field}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const appointmentById = new Map(appointments.map((a) => [a.id, a]));
  const merged = new Map<string, { groups: Claim[][]; sides: { value: string; citing: SourceNamed[] }[] }>();
  for (const group of groups.values()) {
    const values = new Map<string, Claim[]>();
    for (const c of group) values.set(normalizeValue(c.value), [...(values.get(normalizeValue(c.value)) ?? []), c]);
    if (values.size < 2 || refinesOneDate([...values.values()].map((cs) => cs[0]!.value))) continue;
    const first = group[0]!;
    const sides = [...values.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([, cs]) => ({
      value: cs[0]!.value, citing: [...new Set(cs.map((c) => c.sourceId))].map((id) => ({ id, title: ctx.source(id).title })),
    }));
    const a = first.entityType === 'appointment' ? appointmentById.get(first.entityId) : undefined;
    const handover = a && (first.field === 'start' || first.field === 'end') ? `handover\u0000${a.postId}\u0000${JSON.stringify(sides)}` : `${first.entityType}\u0000${first.entityId}\u0000${first.field}`;
    const entry = merged.get(handover) ?? { groups: [], sides };
    entry.groups.push(group);
    merged.set(handover, entry);
  }
  const out: Finding[] = [];
  for (const [key, { groups: gs, sides }] of merged) {
    const all = gs.flat();
    const subjects = gs.map((g) => {
      const c = g[0]!;
      const a = c.entityType === 'appointment' ? appointmentById.get(c.entityId) : undefined;
      return { type: c.entityType, id: c.entityId, name: a ? `${ctx.personName(a.personId)} as ${postById.get(a.postId)?.name ?? a.postId} (${c.field})` : `${nameOf(c.entityType, c.entityId)} (${c.field})` };
    });
    const facts = gs.map((g) => {
      const c = g[0]!;
      const a = c.entityType === 'appointment' ? appointmentById.get(c.entityId) : undefined;
      return a
        ? { type: c.entityType, id: c.entityId, name: ctx.personName(a.personId), post: { id: a.postId, name: postById.get(a.postId)?.name ?? a.postId }, field: c.field }
        : { type: c.entityType, id: c.entityId, name: nameOf(c.entityType, c.entityId), post: null, field: c.field };
    });
    out.push({ code: 'conflicting-claims', severity: 'warning', facts, values: sides, handover: key.startsWith('handover') && gs.length > 1, subjects, sources: [...new Set(all.map((c) => c.sourceId))].map((id) => ctx.source(id)) });
  }
  return out;
};

/**
 * Responsibilities given to two units of one organization at once (the organization each unit was part of on the
 * days they overlap, by the one dated chain walk), responsibilities held while their unit did not exist, and events
 * dated before the units they concern.
 */
const structureFindings = async (store: Store, ctx: ReferenceLoader): Promise<Finding[]> => {
  const out: Finding[] = [];
  const orgs = new Map((await store.organizations.list()).map((o) => [o.id, o]));
  const links = (await store.relations.list()).filter((r) => r.type === 'unit-of');
  const structure = loadedStructure(orgs, links);
  const all = (await store.responsibilities.list()).filter((r) => (r.role ?? 'handles') === 'handles');
  await ctx.preloadSources(all.map((r) => r.sourceId));
  const name = (id: string) => orgs.get(id)?.name ?? id;

  const bySubject = new Map<string, Responsibility[]>();
  for (const r of all) bySubject.set(r.subjectId, [...(bySubject.get(r.subjectId) ?? []), r]);
  const subjects = new Map((await store.subjects.getMany([...bySubject.keys()])).map((s) => [s.id, s]));
  for (const [subjectId, list] of bySubject) {
    const clashes = new Map<string, { units: Set<string>; sources: Set<string> }>();
    for (const [a, b] of pairs(list)) {
      if (a.unitId === b.unitId) continue;
      const ea = within(extentOf(a.interval), organizationExtent(orgs.get(a.unitId) ?? ({} as Organization)));
      const eb = within(extentOf(b.interval), organizationExtent(orgs.get(b.unitId) ?? ({} as Organization)));
      if (!overlapCertainty(ea, eb) || isHandover(a, b)) continue;
      const day = overlapDay(ea, eb);
      if (day === undefined) continue;
      const at = partialDateFromDay(day);
      const [ca, cb] = [chainOn(structure, a.unitId, at), chainOn(structure, b.unitId, at)];
      if (!ca || !cb) continue;
      const top = ca[ca.length - 1]!.organization.id;
      // Two units of one organization, neither inside the other.
      if (top !== cb[cb.length - 1]!.organization.id || ca.some((s) => s.organization.id === b.unitId) || cb.some((s) => s.organization.id === a.unitId)) continue;
      const entry = clashes.get(top) ?? { units: new Set(), sources: new Set() };
      entry.units.add(a.unitId).add(b.unitId);
      entry.sources.add(a.sourceId).add(b.sourceId);
      clashes.set(top, entry);
    }
    for (const [top, c] of clashes) {
      const subject = subjects.get(subjectId);
      out.push({
        code: 'conflicting-responsibility', severity: 'warning',
        subject: { id: subjectId, name: subject?.name ?? subjectId }, units: [...c.units].map((id) => ({ id, name: name(id) })), organization: { id: top, name: name(top) },
        citing: [...c.sources].map((id) => ({ id, title: ctx.source(id).title })),
        subjects: [{ type: 'subject', id: subjectId, name: subject?.name ?? subjectId }, ...[...c.units].map((id) => ({ type: 'organization', id, name: name(id) }))],
        sources: [...c.sources].map((id) => ctx.source(id)),
      });
    }
  }

  for (const r of all) {
    const span = certainSpan(r.interval);
    const unit = orgs.get(r.unitId);
    if (!span || !unit) continue;
    const life = organizationExtent(unit).possible;
    if (!life) continue;
    const before = life.from !== null && span.from !== null && span.from < life.from;
    const after = life.to !== null && (span.to === null || span.to > life.to);
    if (!before && !after) continue;
    out.push({
      code: 'responsibility-outside-unit', severity: 'error',
      unit: { id: r.unitId, name: name(r.unitId) }, subject: { id: r.subjectId, name: subjects.get(r.subjectId)?.name ?? r.subjectId },
      when: before ? 'before-established' : 'after-abolished',
      subjects: [{ type: 'responsibility', id: r.id, name: `${name(r.unitId)} > ${subjects.get(r.subjectId)?.name ?? r.subjectId}` }], sources: [ctx.source(r.sourceId)],
    });
  }
  const events = await store.events.list();
  await ctx.preloadSources(events.map((e) => e.sourceId));
  for (const e of events) {
    const d = e.details as Record<string, unknown>;
    const named = [d['unit'], d['from'], d['to'], d['into'], ...(Array.isArray(d['units']) ? d['units'] : [])].filter((x): x is string => typeof x === 'string' && orgs.has(x));
    for (const unitId of new Set(named)) {
      const unit = orgs.get(unitId)!;
      const firstLink = Math.min(...links.filter((l) => l.fromId === unitId).map((l) => l.interval.start?.earliest ?? -Infinity));
      const from = unit.formed?.earliest ?? (Number.isFinite(firstLink) ? firstLink : undefined);
      if (from === undefined || e.date.latest >= from) continue;
      // An establishment is the start of the unit's life; its own date is the reference, not a contradiction.
      if (e.kind === 'establish' && d['unit'] === unitId) continue;
      out.push({
        code: 'event-before-establishment', severity: 'error', event: { id: e.id, kind: e.kind, date: e.date.text }, unit: { id: unitId, name: unit.name },
        established: formatDay(from),
        subjects: [{ type: 'event', id: e.id, name: e.description }, { type: 'organization', id: unitId, name: unit.name }], sources: [ctx.source(e.sourceId)],
      });
    }
  }
  return out;
};

/** A day on which two facts may both hold (the first such day), for asking what they belonged to then. */
const overlapDay = (a: Extent, b: Extent): Day | undefined => {
  const pa = a.possible;
  const pb = b.possible;
  if (!pa || !pb) return undefined;
  const from = Math.max(pa.from ?? -Infinity, pb.from ?? -Infinity);
  const to = Math.min(pa.to ?? Infinity, pb.to ?? Infinity);
  if (from >= to) return undefined;
  return Number.isFinite(from) ? from : Number.isFinite(to) ? to - 1 : 0;
};

/** One ends on the very (partial) date the other starts: a handover, not two units at once. */
const isHandover = (a: Responsibility, b: Responsibility): boolean => {
  const meets = (x: Responsibility, y: Responsibility) => x.interval.end.kind === 'date' && y.interval.start !== null && x.interval.end.date.text === y.interval.start.text;
  return meets(a, b) || meets(b, a);
};

/** Two records whose names fold to one skeleton, or share a Hangul name: perhaps one person; never merged here. */
const samePersonFindings = async (store: Store, ctx: ReferenceLoader): Promise<Finding[]> => {
  const people = (await store.people.list()).filter((p) => !p.mergedInto);
  const groups = new Map<string, typeof people>();
  for (const p of people) {
    for (const key of new Set([`s:${nameSkeleton(p.name, true).full}`, ...(p.nativeName ? [`h:${p.nativeName.normalize('NFC')}`] : [])])) groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const [key, list] of groups) {
    if (list.length < 2) continue;
    const id = list.map((p) => p.id).sort().join('|');
    if (seen.has(id)) continue;
    seen.add(id);
    await ctx.preloadSources(list.map((p) => p.sourceId));
    out.push({
      code: 'possible-same-person', severity: 'info',
      people: list.map((p) => ({ id: p.id, name: p.name })), sharing: key.startsWith('h:') ? 'hangul-name' : 'name-spelling',
      subjects: list.map((p) => ({ type: 'person', id: p.id, name: p.name })), sources: [...new Set(list.map((p) => p.sourceId))].map((sid) => ctx.source(sid)),
    });
  }
  return out;
};

const holderTableFindings = async (store: Store, post: Post, today: Day, list: Appointment[], claimsOf: Map<string, Claim[]>, ctx: ReferenceLoader): Promise<Finding[]> => {
  const out: Finding[] = [];
  const claims = list.flatMap((a) => claimsOf.get(`appointment:${a.id}`) ?? []);
  const ordinals = deriveOrdinals(list);
  const byId = new Map(list.map((a) => [a.id, a]));
  for (const c of claims.filter((x) => x.field === ORDINAL_FIELD && /^\d+$/.test(x.value))) {
    const derived = ordinals.get(c.entityId);
    if (derived !== Number(c.value)) {
      const a = byId.get(c.entityId);
      out.push({
        code: 'ordinal-mismatch', severity: 'warning', claimed: c.value, derived: derived ?? null,
        term: { id: c.entityId, person: a ? { id: a.personId, name: ctx.personName(a.personId) } : null, post: { id: post.id, name: post.name } },
        subjects: [{ type: 'appointment', id: c.entityId, name: a ? `${ctx.personName(a.personId)} as ${post.name}` : c.entityId }], sources: [ctx.source(c.sourceId)],
      });
    }
  }
  if (!claims.some((c) => c.field.startsWith('concurrent:'))) return out;
  const table = await holders(store, post.id, today);
  for (const term of table.terms) {
    for (const r of term.reconciliation) {
      if (r.status !== 'mismatch' && r.status !== 'unreadable') continue;
      out.push({
        code: 'reconciliation-mismatch', severity: 'warning',
        post: { id: post.id, name: post.name }, person: { id: term.person.id, name: term.person.name }, start: term.start, end: term.end, column: r.column,
        read: r.sourceNames, derived: r.derived, missing: r.missing, extra: r.extra, unmatched: r.unmatched,
        subjects: [{ type: 'appointment', id: term.appointmentId, name: `${term.person.name} as ${post.name}` }],
        sources: [r.source, ...term.sources.filter((s) => s.id !== r.source.id)],
      });
    }
  }
  return out;
};

