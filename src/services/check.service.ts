import type { Appointment, Claim, Organization, Post, Relation, Responsibility } from '../domain/model.js';
import { nameSkeleton } from '../domain/name-skeleton.js';
import { deriveOrdinals } from '../domain/ordinal.js';
import type { Day } from '../domain/time/day.js';
import { formatDay } from '../domain/time/day.js';
import { certainSpan, type Certainty, overlapCertainty } from '../domain/time/interval.js';
import { tryParsePartialDate } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';
import { holders } from './holders.service.js';
import { type SourceRef, ViewContext } from './views.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  subjects: { type: string; id: string; name: string }[];
  sources: SourceRef[];
}

const severityOf = (c: Certainty): Severity => (c === 'certain' ? 'error' : 'warning');
const pairs = <T>(xs: readonly T[]): [T, T][] => xs.flatMap((a, i) => xs.slice(i + 1).map((b) => [a, b] as [T, T]));

/** Two claims agree when they say the same thing, dates compared as the days they denote. */
const normalizeValue = (v: string): string => {
  const d = tryParsePartialDate(v);
  return d ? `${d.earliest}/${d.latest}` : v.trim().toLowerCase();
};

/**
 * Data checks over the whole registry: tenures that overlap on a single-seat post, ends before starts, more
 * holders than seats, one person in two posts of one organization at once, claims that disagree, subjects given
 * to two units of one organization, ordinals and related-post columns that dated data contradicts.
 */
export const check = async (store: Store, today: Day): Promise<{ findings: Finding[] }> => {
  const findings: Finding[] = [];
  const ctx = new ViewContext(store);
  const posts = await store.posts.list();
  const appointments = await store.appointments.list();
  await ctx.preload(appointments);
  const postById = new Map(posts.map((p) => [p.id, p]));
  const byPost = new Map<string, Appointment[]>();
  for (const a of appointments) byPost.set(a.postId, [...(byPost.get(a.postId) ?? []), a]);
  const subjectOf = (a: Appointment) => ({ type: 'appointment', id: a.id, name: `${ctx.personName(a.personId)} as ${postById.get(a.postId)?.name ?? a.postId}` });

  for (const [postId, list] of byPost) {
    const post = postById.get(postId)!;
    for (const a of list) {
      const iv = a.interval;
      if (iv.start && iv.end.kind === 'date' && iv.end.date.latest <= iv.start.earliest) {
        findings.push({ code: 'end-before-start', severity: 'error', message: `${subjectOf(a).name}: ends ${iv.end.date.text}, not after its start ${iv.start.text}`, subjects: [subjectOf(a)], sources: [ctx.source(a.sourceId)] });
      }
    }
    if (post.seats === 1) {
      for (const [a, b] of pairs(list)) {
        const c = overlapCertainty(a.interval, b.interval);
        if (!c) continue;
        findings.push({
          code: 'overlapping-holders', severity: severityOf(c),
          message: `${post.name} has one seat, but ${ctx.personName(a.personId)} and ${ctx.personName(b.personId)} ${c === 'certain' ? 'overlap' : 'may overlap (partial or uncertain dates)'}`,
          subjects: [subjectOf(a), subjectOf(b)], sources: [ctx.source(a.sourceId), ctx.source(b.sourceId)],
        });
      }
    } else {
      findings.push(...seatFindings(post, list, ctx, subjectOf));
    }
  }
  findings.push(...incompatiblePosts(appointments, postById, ctx, subjectOf));
  findings.push(...(await claimConflicts(store, ctx)));
  findings.push(...(await responsibilityConflicts(store, ctx)));
  findings.push(...(await structureFindings(store, ctx)));
  findings.push(...(await samePersonFindings(store, ctx)));
  for (const post of posts) findings.push(...(await holderTableFindings(store, post, today, byPost.get(post.id) ?? [], ctx)));
  return { findings };
};

const seatFindings = (post: Post, list: Appointment[], ctx: ViewContext, subjectOf: (a: Appointment) => Finding['subjects'][number]): Finding[] => {
  // The count can only rise at a certain start, so checking each certain start day is enough.
  const spans = list.map((a) => ({ a, s: certainSpan(a.interval) })).filter((x) => x.s);
  for (const { s } of spans) {
    const day = s!.from!;
    const inOffice = spans.filter((x) => x.s!.from! <= day && (x.s!.to === null || day < x.s!.to));
    if (inOffice.length > post.seats) {
      return [{
        code: 'seats-exceeded', severity: 'error', message: `${post.name} has ${post.seats} seats but ${inOffice.length} holders on ${formatDay(day)}`,
        subjects: inOffice.map((x) => subjectOf(x.a)), sources: inOffice.map((x) => ctx.source(x.a.sourceId)),
      }];
    }
  }
  return [];
};

const incompatiblePosts = (all: Appointment[], postById: Map<string, Post>, ctx: ViewContext, subjectOf: (a: Appointment) => Finding['subjects'][number]): Finding[] => {
  const out: Finding[] = [];
  const byPerson = new Map<string, Appointment[]>();
  for (const a of all) byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a]);
  for (const list of byPerson.values()) {
    for (const [a, b] of pairs(list)) {
      const pa = postById.get(a.postId)!;
      const pb = postById.get(b.postId)!;
      if (pa.id === pb.id || pa.organizationId !== pb.organizationId) continue;
      const c = overlapCertainty(a.interval, b.interval);
      if (!c) continue;
      out.push({
        code: 'incompatible-posts', severity: severityOf(c),
        message: `${ctx.personName(a.personId)} is claimed as ${pa.name} and as ${pb.name} of the same organization at ${c === 'certain' ? 'the same time' : 'possibly the same time (a tenure is undated)'}`,
        subjects: [subjectOf(a), subjectOf(b)], sources: [ctx.source(a.sourceId), ctx.source(b.sourceId)],
      });
    }
  }
  return out;
};

const claimConflicts = async (store: Store, ctx: ViewContext): Promise<Finding[]> => {
  const claims = await store.claims.list();
  await ctx.preloadSources(claims.map((c) => c.sourceId));
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.field.startsWith('concurrent:') || c.field === 'table-columns') continue;
    const key = `${c.entityType}\u0000${c.entityId}\u0000${c.field}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const out: Finding[] = [];
  for (const group of groups.values()) {
    const values = new Map<string, Claim[]>();
    for (const c of group) values.set(normalizeValue(c.value), [...(values.get(normalizeValue(c.value)) ?? []), c]);
    if (values.size < 2) continue;
    const first = group[0]!;
    const sides = [...values.values()].map((cs) => `${cs[0]!.value} (${cs.map((c) => ctx.source(c.sourceId).title).join('; ')})`);
    out.push({
      code: 'conflicting-claims', severity: 'warning',
      message: `${first.entityType} ${first.entityId}: sources disagree on ${first.field}: ${sides.join(' vs ')}`,
      subjects: [{ type: first.entityType, id: first.entityId, name: first.entityId }],
      sources: [...new Set(group.map((c) => c.sourceId))].map((id) => ctx.source(id)),
    });
  }
  return out;
};

const responsibilityConflicts = async (store: Store, ctx: ViewContext): Promise<Finding[]> => {
  // Several missions in one country are normal; only units that handle a subject can conflict.
  const all = (await store.responsibilities.list()).filter((r) => (r.role ?? 'handles') === 'handles');
  await ctx.preloadSources(all.map((r) => r.sourceId));
  const parentOf = new Map((await store.relations.list()).filter((r) => r.type === 'unit-of').map((r) => [r.fromId, r.toId]));
  const rootOf = (id: string): string => {
    let cur = id;
    for (let i = 0; i < 20 && parentOf.has(cur); i++) cur = parentOf.get(cur)!;
    return cur;
  };
  const bySubjectOrg = new Map<string, Responsibility[]>();
  for (const r of all) {
    const key = `${r.subjectId}\u0000${rootOf(r.unitId)}`;
    bySubjectOrg.set(key, [...(bySubjectOrg.get(key) ?? []), r]);
  }
  const out: Finding[] = [];
  for (const list of bySubjectOrg.values()) {
    const clashes = pairs(list).filter(([a, b]) => a.unitId !== b.unitId && a.unitId !== rootOf(b.unitId) && b.unitId !== rootOf(a.unitId) && !isHandover(a, b) && overlapCertainty(a.interval, b.interval));
    if (clashes.length === 0) continue;
    const units = [...new Set(clashes.flatMap(([a, b]) => [a, b]))];
    const subject = (await store.subjects.get(list[0]!.subjectId))!;
    out.push({
      code: 'conflicting-responsibility', severity: 'warning',
      message: `${subject.name} is given to ${[...new Set(units.map((r) => r.unitId))].join(' and ')} of one organization at once (${units.map((r) => `${r.unitId.split('/').pop()}: ${ctx.source(r.sourceId).title}`).join('; ')})`,
      subjects: [{ type: 'subject', id: subject.id, name: subject.name }, ...[...new Set(units.map((r) => r.unitId))].map((id) => ({ type: 'organization', id, name: id }))],
      sources: [...new Set(units.map((r) => r.sourceId))].map((id) => ctx.source(id)),
    });
  }
  return out;
};

/** One ends on the very (partial) date the other starts: a handover, not two units at once. */
const isHandover = (a: Responsibility, b: Responsibility): boolean => {
  const meets = (x: Responsibility, y: Responsibility) => x.interval.end.kind === 'date' && y.interval.start !== null && x.interval.end.date.text === y.interval.start.text;
  return meets(a, b) || meets(b, a);
};

/** When a unit existed, as far as its links and dates tell: undefined bounds are unknown, not unbounded. */
const existence = (org: Organization | undefined, links: Relation[]): { from?: Day; to?: Day } => {
  const linkStarts = links.map((l) => l.interval.start?.earliest);
  const linkEnds = links.map((l) => (l.interval.end.kind === 'date' ? l.interval.end.date.latest : undefined));
  const known = (xs: (number | undefined)[]): xs is number[] => xs.length > 0 && xs.every((x) => x !== undefined);
  const from = org?.formed?.earliest ?? (known(linkStarts) ? Math.min(...linkStarts) : undefined);
  const to = org?.dissolved?.latest ?? (known(linkEnds) ? Math.max(...linkEnds) : undefined);
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
};

/** Responsibilities held while their unit did not exist, and events dated before the units they concern. */
const structureFindings = async (store: Store, ctx: ViewContext): Promise<Finding[]> => {
  const out: Finding[] = [];
  const orgs = new Map((await store.organizations.list()).map((o) => [o.id, o]));
  const links = new Map<string, Relation[]>();
  for (const r of await store.relations.list()) if (r.type === 'unit-of') links.set(r.fromId, [...(links.get(r.fromId) ?? []), r]);
  const lifeOf = (id: string) => existence(orgs.get(id), links.get(id) ?? []);
  const all = await store.responsibilities.list();
  await ctx.preloadSources(all.map((r) => r.sourceId));
  for (const r of all) {
    const span = certainSpan(r.interval);
    const life = lifeOf(r.unitId);
    if (!span) continue;
    const before = life.from !== undefined && span.from !== null && span.from < life.from;
    const after = life.to !== undefined && (span.to === null || span.to > life.to);
    if (!before && !after) continue;
    out.push({
      code: 'responsibility-outside-unit', severity: 'error',
      message: `${r.unitId} is given ${r.subjectId} ${before ? 'before it was established' : 'after it was abolished'}`,
      subjects: [{ type: 'responsibility', id: r.id, name: `${r.unitId} > ${r.subjectId}` }], sources: [ctx.source(r.sourceId)],
    });
  }
  const events = await store.events.list();
  await ctx.preloadSources(events.map((e) => e.sourceId));
  for (const e of events) {
    const d = e.details as Record<string, unknown>;
    const named = [d['unit'], d['from'], d['to'], d['into'], ...(Array.isArray(d['units']) ? d['units'] : [])].filter((x): x is string => typeof x === 'string' && orgs.has(x));
    for (const unitId of named) {
      const life = lifeOf(unitId);
      if (life.from === undefined || e.date.latest >= life.from) continue;
      // An establishment is the start of the unit's life; its own date is the reference, not a contradiction.
      if (e.kind === 'establish' && d['unit'] === unitId) continue;
      out.push({
        code: 'event-before-establishment', severity: 'error', message: `${e.kind} of ${e.date.text} concerns ${unitId}, established only from ${formatDay(life.from)}`,
        subjects: [{ type: 'event', id: e.id, name: e.description }, { type: 'organization', id: unitId, name: orgs.get(unitId)!.name }], sources: [ctx.source(e.sourceId)],
      });
    }
  }
  return out;
};

/** Two records whose names fold to one skeleton, or share a Hangul name: perhaps one person; never merged here. */
const samePersonFindings = async (store: Store, ctx: ViewContext): Promise<Finding[]> => {
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
      message: `${list.map((p) => `${p.name} (${p.id})`).join(' and ')} ${key.startsWith('h:') ? 'share the Hangul name' : 'are spellings of one name'}: one person or several? (chancery people merge, if a source says so)`,
      subjects: list.map((p) => ({ type: 'person', id: p.id, name: p.name })), sources: [...new Set(list.map((p) => p.sourceId))].map((sid) => ctx.source(sid)),
    });
  }
  return out;
};

const holderTableFindings = async (store: Store, post: Post, today: Day, list: Appointment[], ctx: ViewContext): Promise<Finding[]> => {
  const out: Finding[] = [];
  const claims = await store.claims.forEntities('appointment', list.map((a) => a.id));
  const ordinals = deriveOrdinals(list);
  for (const c of claims.filter((x) => x.field === 'ordinal' && /^\d+$/.test(x.value))) {
    const derived = ordinals.get(c.entityId);
    if (derived !== Number(c.value)) {
      out.push({
        code: 'ordinal-mismatch', severity: 'warning', message: `${c.entityId}: the source numbers this term ${c.value}, the rule gives ${derived ?? 'none'}`,
        subjects: [{ type: 'appointment', id: c.entityId, name: c.entityId }], sources: [ctx.source(c.sourceId)],
      });
    }
  }
  if (!claims.some((c) => c.field.startsWith('concurrent:'))) return out;
  const table = await holders(store, post.id, today);
  for (const term of table.terms) {
    for (const r of term.reconciliation) {
      if (r.status !== 'mismatch' && r.status !== 'unreadable') continue;
      const parts = [r.missing.length ? `dated data also has ${r.missing.join(', ')}` : '', r.extra.length ? `the source also has ${r.extra.join(', ')}` : '', r.unmatched.length ? `unmatched words: ${r.unmatched.join(', ')}` : ''].filter(Boolean);
      out.push({
        code: 'reconciliation-mismatch', severity: 'warning',
        message: `${post.name} ${term.person.name} (${term.start ?? '?'}–${term.end ?? '?'}): "${r.column}" column reads ${JSON.stringify(r.sourceNames.join(', '))}, derived ${JSON.stringify(r.derived.join(', '))}; ${parts.join('; ')}`,
        subjects: [{ type: 'appointment', id: term.appointmentId, name: `${term.person.name} as ${post.name}` }],
        sources: [r.source, ...term.sources.filter((s) => s.id !== r.source.id)],
      });
    }
  }
  return out;
};
