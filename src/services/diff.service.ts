import type { Organization, StructuralEvent } from '../domain/model.js';
import { certaintyDuring, type Interval } from '../domain/time/interval.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';
import { organizationNameAt, resolveOrganization } from './lookup.service.js';
import { endText, type OrganizationRef, organizationRef, type PersonRef, type PostRef, postRef, type SourceRef, startText, ViewContext } from './views.js';
import { holdersOn } from './who.service.js';

interface UnitState {
  id: string;
  name: string;
  parentId: string | null;
}

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
  units: {
    established: { unit: OrganizationRef; parent: string | null }[];
    abolished: { unit: OrganizationRef; parent: string | null }[];
    renamed: { unit: OrganizationRef; from: string; to: string }[];
    moved: { unit: OrganizationRef; from: string | null; to: string | null }[];
  };
  responsibilities: {
    gained: { subject: string; units: OrganizationRef[]; previously: OrganizationRef[]; sources: SourceRef[] }[];
    lost: { subject: string; units: OrganizationRef[]; now: OrganizationRef[]; sources: SourceRef[] }[];
    moved: { subject: string; from: OrganizationRef[]; to: OrganizationRef[]; sources: SourceRef[] }[];
  };
  holders: { post: PostRef; from: string[]; to: string[]; changes: { person: PersonRef; change: 'started' | 'ended'; date: string; acting: boolean; source: SourceRef }[] }[];
  events: EventRef[];
}

const possiblyOn = (iv: Interval, at: PartialDate): boolean => certaintyDuring(iv, at) !== undefined;
/** Inside `(from, to]`: after the first date and up to the second. */
const between = (d: PartialDate, from: PartialDate, to: PartialDate): boolean => d.latest > from.earliest && d.earliest <= to.latest;

/** What changed in an organization between two dates: units, responsibilities, holders, with events and sources. */
export const diff = async (store: Store, orgRef: string, from: PartialDate, to: PartialDate): Promise<DiffAnswer> => {
  const root = await resolveOrganization(store, orgRef);
  const ctx = new ViewContext(store);
  const [before, after] = [await treeAt(store, root, from), await treeAt(store, root, to)];

  const units: DiffAnswer['units'] = { established: [], abolished: [], renamed: [], moved: [] };
  const ref = (u: UnitState): OrganizationRef => ({ id: u.id, name: u.name });
  for (const [id, u] of after) if (!before.has(id)) units.established.push({ unit: ref(u), parent: u.parentId });
  for (const [id, u] of before) {
    const now = after.get(id);
    if (!now) units.abolished.push({ unit: ref(u), parent: u.parentId });
    else {
      if (now.name !== u.name) units.renamed.push({ unit: ref(now), from: u.name, to: now.name });
      if (now.parentId !== u.parentId) units.moved.push({ unit: ref(now), from: u.parentId, to: now.parentId });
    }
  }

  const allUnits = [...new Set([...before.keys(), ...after.keys()])];
  const responsibilities = await store.responsibilities.forUnits(allUnits);
  await ctx.preloadSources(responsibilities.map((r) => r.sourceId));
  const holdersOf = (tree: Map<string, UnitState>, at: PartialDate) => {
    const m = new Map<string, Set<string>>();
    for (const r of responsibilities) if ((r.role ?? 'handles') === 'handles' && tree.has(r.unitId) && possiblyOn(r.interval, at)) m.set(r.subjectId, (m.get(r.subjectId) ?? new Set()).add(r.unitId));
    return m;
  };
  const [subjBefore, subjAfter] = [holdersOf(before, from), holdersOf(after, to)];
  const name = async (subjectId: string) => (await store.subjects.get(subjectId))?.name ?? subjectId;
  const sourcesFor = (subjectId: string, unitIds: Iterable<string>) => {
    const ids = new Set(unitIds);
    return [...new Set(responsibilities.filter((r) => r.subjectId === subjectId && ids.has(r.unitId)).map((r) => r.sourceId))].map((id) => ctx.source(id));
  };
  const refs = async (ids: Iterable<string>): Promise<OrganizationRef[]> =>
    (await store.organizations.getMany([...new Set(ids)])).map((o) => ({ id: o.id, name: after.get(o.id)?.name ?? before.get(o.id)?.name ?? o.name }));
  const changes: DiffAnswer['responsibilities'] = { gained: [], lost: [], moved: [] };
  for (const [subjectId, unitsAfter] of subjAfter) {
    const unitsBefore = subjBefore.get(subjectId);
    if (!unitsBefore) {
      const elsewhere = (await store.responsibilities.forSubject(subjectId)).filter((r) => !after.has(r.unitId) && possiblyOn(r.interval, from)).map((r) => r.unitId);
      changes.gained.push({ subject: await name(subjectId), units: await refs(unitsAfter), previously: await refs(elsewhere), sources: sourcesFor(subjectId, unitsAfter) });
    } else if ([...unitsAfter].sort().join() !== [...unitsBefore].sort().join()) {
      changes.moved.push({ subject: await name(subjectId), from: await refs(unitsBefore), to: await refs(unitsAfter), sources: sourcesFor(subjectId, [...unitsBefore, ...unitsAfter]) });
    }
  }
  for (const [subjectId, unitsBefore] of subjBefore) {
    if (subjAfter.has(subjectId)) continue;
    const now = (await store.responsibilities.forSubject(subjectId)).filter((r) => !after.has(r.unitId) && possiblyOn(r.interval, to)).map((r) => r.unitId);
    changes.lost.push({ subject: await name(subjectId), units: await refs(unitsBefore), now: await refs(now), sources: sourcesFor(subjectId, unitsBefore) });
  }

  const holders: DiffAnswer['holders'] = [];
  for (const post of await store.posts.forOrganizations(allUnits)) {
    const [hBefore, hAfter] = [await holdersOn(store, post, from, ctx), await holdersOn(store, post, to, ctx)];
    const appointments = await store.appointments.forPost(post.id);
    await ctx.preload(appointments);
    const moves: DiffAnswer['holders'][number]['changes'] = [];
    for (const a of appointments) {
      if (a.interval.start && between(a.interval.start, from, to)) moves.push({ person: ctx.person(a.personId), change: 'started', date: startText(a.interval)!, acting: a.acting, source: ctx.source(a.sourceId) });
      if (a.interval.end.kind === 'date' && between(a.interval.end.date, from, to)) moves.push({ person: ctx.person(a.personId), change: 'ended', date: endText(a.interval)!, acting: a.acting, source: ctx.source(a.sourceId) });
    }
    moves.sort((x, y) => x.date.localeCompare(y.date) || (x.change === 'ended' ? -1 : 1));
    const names = (hs: typeof hBefore) => hs.map((h) => `${h.person.name}${h.certainty === 'possible' ? ' (possibly)' : ''}`);
    if (moves.length || names(hBefore).join() !== names(hAfter).join()) holders.push({ post: postRef(post), from: names(hBefore), to: names(hAfter), changes: moves });
  }

  const events: StructuralEvent[] = [];
  for (const id of new Set([root.id, ...allUnits])) events.push(...(await store.events.forOrganization(id)));
  await ctx.preloadSources(events.map((e) => e.sourceId));
  const inRange = [...new Map(events.filter((e) => between(e.date, from, to)).map((e) => [e.id, e])).values()];
  return {
    organization: organizationRef(root),
    from: from.text,
    to: to.text,
    units,
    responsibilities: changes,
    holders,
    events: inRange.map((e) => ({ id: e.id, kind: e.kind, date: e.date.text, description: e.description, source: ctx.source(e.sourceId) })),
  };
};

/** The organization and every unit under it on `at`, with the name each bore then and its parent. */
const treeAt = async (store: Store, root: Organization, at: PartialDate): Promise<Map<string, UnitState>> => {
  const out = new Map<string, UnitState>([[root.id, { id: root.id, name: await organizationNameAt(store, root, at), parentId: null }]]);
  const queue = [root.id];
  while (queue.length) {
    const id = queue.shift()!;
    for (const rel of await store.relations.to(id, ['unit-of'])) {
      if (out.has(rel.fromId) || !possiblyOn(rel.interval, at)) continue;
      const unit = await store.organizations.get(rel.fromId);
      if (!unit) continue;
      out.set(unit.id, { id: unit.id, name: await organizationNameAt(store, unit, at), parentId: id });
      queue.push(unit.id);
    }
  }
  return out;
};
