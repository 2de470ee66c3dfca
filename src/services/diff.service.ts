import { DomainError } from '../domain/errors.js';
import { servesInPost, type StructuralEvent, type Succession, type SuccessionKind } from '../domain/model.js';
import { subjectCatalog } from '../domain/subjects/subject-catalog.js';
import { type Certainty, certaintyDuring } from '../domain/time/interval.js';
import { type PartialDate, partialDateFromDay } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';
import { nameOn, resolveOrganization } from './lookup.service.js';
import { buildPostTimeline, loadPostStates, timelineStateOn } from './post-state.service.js';
import { responsibilityExtent, type TreeNode, treeAt } from './structure.service.js';
import { endText, type OrganizationRef, type PersonRef, type PostRef, type SourceRef, sourcesOfFacts, startText, ReferenceLoader } from './views.js';

/** How a holder's term changed between two dates. */
export const TERM_CHANGES = ['started', 'ended'] as const;

export interface EventRef {
  id: string;
  kind: string;
  date: string;
  description: string;
  source: SourceRef;
}

export interface DiffAnswer {
  organization: OrganizationRef;
  from: string;
  to: string;
  /** How partial bounds were read: a year or month stands for its first day, so `--from 2024 --to 2025` is 2024. */
  interpretedAs: { from: string; to: string };
  units: {
    established: { unit: OrganizationRef; parent: string | null }[];
    abolished: { unit: OrganizationRef; parent: string | null }[];
    renamed: { unit: OrganizationRef; from: string; to: string }[];
    moved: { unit: OrganizationRef; from: string | null; to: string | null }[];
    /**
     * Renames into a new record, mergers, splits and transfers of functions a source links (successions), grouped:
     * several merged into one, one split into several. A unit they end or begin is not also listed as abolished or
     * established.
     */
    reorganized: { kind: SuccessionKind; from: OrganizationRef[]; to: OrganizationRef[]; date: string | null; sources: SourceRef[] }[];
  };
  responsibilities: {
    /** `certainty`: how surely the units handled it on the later date (on the earlier one for `lost`). */
    gained: { subject: string; units: OrganizationRef[]; previously: OrganizationRef[]; certainty: Certainty; sources: SourceRef[] }[];
    lost: { subject: string; units: OrganizationRef[]; now: OrganizationRef[]; certainty: Certainty; sources: SourceRef[] }[];
    moved: { subject: string; from: OrganizationRef[]; to: OrganizationRef[]; certainty: Certainty; sources: SourceRef[] }[];
  };
  holders: { post: PostRef; from: string[]; to: string[]; changes: { person: PersonRef; change: (typeof TERM_CHANGES)[number]; date: string; acting: boolean; source: SourceRef }[] }[];
  events: EventRef[];
}

/** Inside `(from, to]`: after the first day and up to the second. */
const between = (d: PartialDate, from: PartialDate, to: PartialDate): boolean => d.latest > from.earliest && d.earliest <= to.latest;

/**
 * The two days a diff compares. A partial bound stands for its first day: "from 2024 to 2025" is the year 2024, what
 * a person means by it, rather than two whole years in which everything "may" be in force.
 */
export const diffBounds = (from: PartialDate, to: PartialDate): { from: PartialDate; to: PartialDate } => {
  const a = partialDateFromDay(from.earliest);
  const b = partialDateFromDay(to.earliest);
  if (b.earliest < a.earliest) throw new DomainError('INVALID_ARGUMENT', `the end (${to.text}) is before the start (${from.text})`, { field: 'to', value: to.text });
  return { from: a, to: b };
};

/** "What changed during 2024": from the period's first day to the day after its last. */
export const periodBounds = (period: PartialDate): { from: PartialDate; to: PartialDate } =>
  ({ from: partialDateFromDay(period.earliest), to: partialDateFromDay(period.latest + 1) });

/**
 * The successions of organizations dated in `(from, to]` that touch `unitIds`, grouped as people say them: the
 * organizations merged into one, the ones one was split into, a rename, a transfer of functions.
 */
const reorganizations = async (store: Store, unitIds: readonly string[], from: PartialDate, to: PartialDate, ctx: ReferenceLoader): Promise<DiffAnswer['units']['reorganized']> => {
  const links = (await store.successions.touching('organization', unitIds)).filter((l) => l.date && between(l.date, from, to));
  if (!links.length) return [];
  const orgs = new Map((await store.organizations.getMany(links.flatMap((l) => [l.fromId, l.toId]))).map((o) => [o.id, o]));
  await ctx.preloadSources(links.map((l) => l.sourceId));
  const ref = (id: string): OrganizationRef => ({ id, name: orgs.get(id)?.name ?? id, currentName: null });
  const groups = new Map<string, Succession[]>();
  for (const l of links) {
    // A merger gathers what went into one organization; a split, what one went into; a rename or transfer is itself.
    const key = l.kind === 'merged-into' ? `${l.kind}\u0000${l.toId}` : l.kind === 'split-into' ? `${l.kind}\u0000${l.fromId}` : `${l.kind}\u0000${l.fromId}\u0000${l.toId}`;
    groups.set(`${key}\u0000${l.date!.text}`, [...(groups.get(`${key}\u0000${l.date!.text}`) ?? []), l]);
  }
  return [...groups.values()].map((ls) => ({
    kind: ls[0]!.kind, date: ls[0]!.date!.text,
    from: [...new Set(ls.map((l) => l.fromId))].map(ref), to: [...new Set(ls.map((l) => l.toId))].map(ref),
    sources: [...new Set(ls.map((l) => l.sourceId))].map((id) => ctx.source(id)),
  })).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
};

/** What changed in an organization between two dates: units, responsibilities, holders, with events and sources. */
export const diff = async (store: Store, orgRef: string, fromInput: PartialDate, toInput: PartialDate): Promise<DiffAnswer> => {
  const { from, to } = diffBounds(fromInput, toInput);
  const root = await resolveOrganization(store, orgRef);
  const ctx = new ReferenceLoader(store, to);
  const before = (await treeAt(store, root, from)) ?? new Map<string, TreeNode>();
  const after = (await treeAt(store, root, to)) ?? new Map<string, TreeNode>();
  const allUnits = [...new Set([...before.keys(), ...after.keys(), root.id])];
  const names = await store.names.forEntities('organization', allUnits);
  const nameAt = (id: string, at: PartialDate, fallback: string) => nameOn(names.filter((n) => n.entityId === id), at) ?? fallback;
  const ref = (n: TreeNode, at: PartialDate): OrganizationRef => ({ id: n.organization.id, name: nameAt(n.organization.id, at, n.organization.name), currentName: null });

  const units: DiffAnswer['units'] = { established: [], abolished: [], renamed: [], moved: [], reorganized: [] };
  for (const [id, n] of after) if (!before.has(id)) units.established.push({ unit: ref(n, to), parent: n.parentId });
  for (const [id, n] of before) {
    const now = after.get(id);
    if (!now) units.abolished.push({ unit: ref(n, from), parent: n.parentId });
    else {
      const [was, is] = [nameAt(id, from, n.organization.name), nameAt(id, to, n.organization.name)];
      if (was !== is) units.renamed.push({ unit: ref(now, to), from: was, to: is });
      if (now.parentId !== n.parentId) units.moved.push({ unit: ref(now, to), from: n.parentId, to: now.parentId });
    }
  }

  units.reorganized = await reorganizations(store, allUnits, from, to, ctx);
  const linked = new Set(units.reorganized.flatMap((r) => [...r.from, ...r.to].map((u) => u.id)));
  units.established = units.established.filter((x) => !linked.has(x.unit.id));
  units.abolished = units.abolished.filter((x) => !linked.has(x.unit.id));

  const responsibilities = (await store.responsibilities.forUnits(allUnits)).filter((r) => (r.role ?? 'handles') === 'handles');
  const cited = await sourcesOfFacts(store, 'responsibility', responsibilities);
  await ctx.preloadSources([...cited.values()].flat());
  const catalog = subjectCatalog();
  const stored = new Map((await store.subjects.getMany([...new Set(responsibilities.map((r) => r.subjectId))])).map((s) => [s.id, s]));
  // Each subject's units on the date, with how surely each handled it (the rule `chart` and `route` read them by).
  const holding = (tree: Map<string, TreeNode>, at: PartialDate) => {
    const m = new Map<string, Map<string, Certainty>>();
    for (const r of responsibilities) {
      const n = tree.get(r.unitId);
      const c = n ? certaintyDuring(responsibilityExtent(r, n.organization, catalog.get(r.subjectId) ?? stored.get(r.subjectId)), at) : undefined;
      if (!c) continue;
      const units = m.get(r.subjectId) ?? new Map<string, Certainty>();
      if (units.get(r.unitId) !== 'certain') units.set(r.unitId, c);
      m.set(r.subjectId, units);
    }
    return m;
  };
  const surest = (units: Map<string, Certainty>): Certainty => ([...units.values()].includes('certain') ? 'certain' : 'possible');
  const [subjBefore, subjAfter] = [holding(before, from), holding(after, to)];
  const changedSubjects = [...new Set([...subjBefore.keys(), ...subjAfter.keys()])];
  const elsewhereAll = await store.responsibilities.forSubjects(changedSubjects.filter((s) => !subjBefore.has(s) || !subjAfter.has(s)));
  const orgs = new Map((await store.organizations.getMany([...allUnits, ...elsewhereAll.map((r) => r.unitId)])).map((o) => [o.id, o]));
  const refs = (ids: Iterable<string>, at: PartialDate): OrganizationRef[] =>
    [...new Set(ids)].map((id) => ({ id, name: nameAt(id, at, orgs.get(id)?.name ?? id), currentName: null }));
  const sourcesFor = (subjectId: string, unitIds: Iterable<string>) => {
    const ids = new Set(unitIds);
    return [...new Set(responsibilities.filter((r) => r.subjectId === subjectId && ids.has(r.unitId)).flatMap((r) => cited.get(r.id) ?? [r.sourceId]))].map((id) => ctx.source(id));
  };
  const elsewhere = (subjectId: string, tree: Map<string, TreeNode>, at: PartialDate) =>
    elsewhereAll.filter((r) => r.subjectId === subjectId && !tree.has(r.unitId) && (r.role ?? 'handles') === 'handles' && certaintyDuring(r.interval, at)).map((r) => r.unitId);
  const changes: DiffAnswer['responsibilities'] = { gained: [], lost: [], moved: [] };
  const subjectName = (id: string) => (catalog.get(id) ?? stored.get(id))?.name ?? id;
  for (const [subjectId, unitsAfter] of subjAfter) {
    const unitsBefore = subjBefore.get(subjectId);
    const certainty = surest(unitsAfter);
    if (!unitsBefore) {
      changes.gained.push({ subject: subjectName(subjectId), units: refs(unitsAfter.keys(), to), previously: refs(elsewhere(subjectId, after, from), from), certainty, sources: sourcesFor(subjectId, unitsAfter.keys()) });
    } else if ([...unitsAfter.keys()].sort().join() !== [...unitsBefore.keys()].sort().join()) {
      changes.moved.push({ subject: subjectName(subjectId), from: refs(unitsBefore.keys(), from), to: refs(unitsAfter.keys(), to), certainty, sources: sourcesFor(subjectId, [...unitsBefore.keys(), ...unitsAfter.keys()]) });
    }
  }
  for (const [subjectId, unitsBefore] of subjBefore) {
    if (subjAfter.has(subjectId)) continue;
    changes.lost.push({ subject: subjectName(subjectId), units: refs(unitsBefore.keys(), from), now: refs(elsewhere(subjectId, before, to), to), certainty: surest(unitsBefore), sources: sourcesFor(subjectId, unitsBefore.keys()) });
  }

  const posts = await store.posts.forOrganizations(allUnits);
  const data = await loadPostStates(store, posts, ctx, false);
  const holders: DiffAnswer['holders'] = [];
  for (const post of posts) {
    // One timeline for both dates: the post's terms are bounded by their lives once.
    const timeline = buildPostTimeline(post, data, ctx);
    const names = (at: PartialDate) => timelineStateOn(timeline, at, ctx).holders.map((h) => `${h.person.name}${h.certainty === 'possible' ? ' (possibly)' : ''}`);
    const [hBefore, hAfter] = [names(from), names(to)];
    const moves: DiffAnswer['holders'][number]['changes'] = [];
    for (const a of (data.appointments.get(post.id) ?? []).filter(servesInPost)) {
      if (a.interval.start && between(a.interval.start, from, to)) moves.push({ person: ctx.person(a.personId), change: 'started', date: startText(a.interval)!, acting: a.kind !== 'substantive', source: ctx.source(a.sourceId) });
      if (a.interval.end.kind === 'date' && between(a.interval.end.date, from, to)) moves.push({ person: ctx.person(a.personId), change: 'ended', date: endText(a.interval)!, acting: a.kind !== 'substantive', source: ctx.source(a.sourceId) });
    }
    moves.sort((x, y) => x.date.localeCompare(y.date) || (x.change === 'ended' ? -1 : 1));
    if (moves.length || hBefore.join() !== hAfter.join()) holders.push({ post: ctx.post(post), from: hBefore, to: hAfter, changes: moves });
  }

  const events: StructuralEvent[] = await store.events.forOrganizations(allUnits);
  await ctx.preloadSources(events.map((e) => e.sourceId));
  const inRange = events.filter((e) => between(e.date, from, to));
  return {
    organization: { id: root.id, name: root.name, currentName: null }, from: fromInput.text, to: toInput.text, interpretedAs: { from: from.text, to: to.text },
    units, responsibilities: changes, holders,
    events: inRange.map((e) => ({ id: e.id, kind: e.kind, date: e.date.text, description: e.description, source: ctx.source(e.sourceId) })),
  };
};
