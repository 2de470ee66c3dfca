import { memoOnFrozen } from '../domain/frozen-memo.js';
import { subjectCatalog } from '../domain/subjects/subject-catalog.js';
import { groupBy } from '../domain/group-by.js';
import { type Organization, organizationLife, type Relation, type RelationType, type Responsibility, type Subject } from '../domain/model.js';
import { ALWAYS, type Certainty, certaintyDuring, type Extent, extentOf, lifeExtent, within } from '../domain/time/interval.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';

/** When an organization existed, as a fact can be bounded by it. */
export const organizationExtent = memoOnFrozen((o: Organization): Extent => lifeExtent(organizationLife(o)));

const ownLinkExtent = memoOnFrozen((link: Relation): Extent => extentOf(link.interval));

/** A link's days, bounded by the lives of both organizations it joins. */
export const linkExtent = (link: Relation, from: Organization | undefined, to: Organization | undefined): Extent => {
  const own = ownLinkExtent(link);
  if (from && to) return within(own, organizationExtent(from), organizationExtent(to));
  return from || to ? within(own, organizationExtent((from ?? to)!)) : own;
};

/**
 * When a unit handled a subject: the responsibility's own dates within the unit's life and the subject's (a state
 * before its independence or after its dissolution is handled by nobody). The one rule `chart`, `diff`, `route` and
 * the map read responsibilities by.
 */
export const responsibilityExtent = (r: Responsibility, unit: Organization, subject: Subject | undefined): Extent => {
  // A country through time: the states it continues bound the responsibility as much as the country of today.
  const life = subject && subjectCatalog().get(subject.id) ? subjectCatalog().territory(subject.id).extent : lifeExtent(subject?.life ?? ALWAYS);
  return within(extentOf(r.interval), organizationExtent(unit), life);
};

export interface ChainStep {
  organization: Organization;
  /** The link from this unit up to the next one, on the date; undefined at the top. */
  link: Relation | undefined;
  /** How surely this unit stood here on the date: its own life, and its link up. */
  certainty: Certainty;
}

const rank = (c: Certainty | undefined): number => (c === 'certain' ? 2 : c === 'possible' ? 1 : 0);
const weaker = (a: Certainty, b: Certainty | undefined): Certainty | undefined => (b === undefined ? undefined : rank(a) <= rank(b) ? a : b);

/** Organizations and their links up, loaded: what a chain walk reads, without a query. */
export interface LoadedStructure {
  organization(id: string): Organization | undefined;
  linksUp(id: string): readonly Relation[];
}

export const loadedStructure = (organizations: ReadonlyMap<string, Organization>, links: readonly Relation[]): LoadedStructure => {
  const up = groupBy(links.filter((l) => l.type === 'unit-of'), (l) => l.fromId);
  return { organization: (id) => organizations.get(id), linksUp: (id) => up.get(id) ?? [] };
};

/**
 * Every organization above these units by any `unit-of` link of any date, read level by level (two queries a level,
 * whatever the number of units): a structure for many chain walks that asks the database nothing more.
 */
export const ancestry = async (store: Store, unitIds: readonly string[], known: Map<string, Organization> = new Map()): Promise<LoadedStructure> => {
  const up = new Map<string, Relation[]>();
  for (const o of await store.organizations.getMany(unitIds.filter((id) => !known.has(id)))) known.set(o.id, o);
  let frontier = [...new Set(unitIds)];
  for (let depth = 0; frontier.length && depth < 50; depth++) {
    for (const id of frontier) up.set(id, []);
    const links = await store.relations.fromMany(frontier, ['unit-of']);
    for (const l of links) up.get(l.fromId)!.push(l);
    const next = [...new Set(links.map((l) => l.toId))].filter((id) => !up.has(id));
    for (const o of await store.organizations.getMany(next.filter((id) => !known.has(id)))) known.set(o.id, o);
    frontier = next;
  }
  return { organization: (id) => known.get(id), linksUp: (id) => up.get(id) ?? [] };
};

/** Every unit under an organization by a `unit-of` link of any date, level by level (the organization included). */
export const descendants = async (store: Store, organizationId: string): Promise<string[]> => {
  const out = new Set([organizationId]);
  let level = [organizationId];
  for (let depth = 0; level.length && depth < 50; depth++) {
    level = [...new Set((await store.relations.toMany(level, ['unit-of'])).map((l) => l.fromId))].filter((id) => !out.has(id));
    for (const id of level) out.add(id);
  }
  return [...out];
};

/**
 * The one dated walk up a chain of units: the unit, then the organization it is `unit-of` on `at` (the link that
 * most surely holds then), up to the top. Undefined when the unit itself did not exist on `at`. A loop in the data
 * ends the walk.
 */
export const chainOn = (structure: LoadedStructure, unitId: string, at: PartialDate): ChainStep[] | undefined => {
  const first = structure.organization(unitId);
  if (!first) return undefined;
  const own = certaintyDuring(organizationExtent(first), at);
  if (!own) return undefined;
  let certainty: Certainty = own;
  const steps: ChainStep[] = [];
  const seen = new Set<string>();
  let current: Organization | undefined = first;
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    const links = structure.linksUp(current.id);
    let best: { link: Relation; c: Certainty } | undefined;
    for (const l of links) {
      const c = certaintyDuring(linkExtent(l, current, structure.organization(l.toId)), at);
      if (c && (!best || rank(c) > rank(best.c))) best = { link: l, c };
    }
    // A unit whose every link to a parent lies outside the date was not part of anything then: it did not stand.
    if (links.length && !best && steps.length === 0) return undefined;
    const standing: Certainty = best ? (weaker(certainty, best.c) ?? certainty) : certainty;
    steps.push({ organization: current, link: best?.link, certainty: standing });
    if (!best) break;
    current = structure.organization(best.link.toId);
    certainty = current ? (weaker(standing, certaintyDuring(organizationExtent(current), at)) ?? standing) : standing;
  }
  return steps;
};

/** A unit's chain on `at` (`chainOn`), reading its ancestry from the store. */
export const chainAt = async (store: Store, unitId: string, at: PartialDate): Promise<ChainStep[] | undefined> => chainOn(await ancestry(store, [unitId]), unitId, at);

export interface TreeNode {
  organization: Organization;
  parentId: string | null;
  link: Relation | undefined;
  certainty: Certainty;
  depth: number;
}

/**
 * An organization and every unit under it on `at`, level by level (one query per level, not per unit), each with
 * the link that holds then and how surely. Undefined when the organization itself did not exist on `at`.
 */
export const treeAt = async (store: Store, root: Organization, at: PartialDate, types: readonly RelationType[] = ['unit-of']): Promise<Map<string, TreeNode> | undefined> => {
  const rootCertainty = certaintyDuring(organizationExtent(root), at);
  if (!rootCertainty) return undefined;
  const out = new Map<string, TreeNode>([[root.id, { organization: root, parentId: null, link: undefined, certainty: rootCertainty, depth: 0 }]]);
  let level = [root.id];
  for (let depth = 1; level.length && depth < 50; depth++) {
    const links = (await store.relations.toMany(level, types)).filter((l) => !out.has(l.fromId));
    const children = new Map((await store.organizations.getMany(links.map((l) => l.fromId))).map((o) => [o.id, o]));
    const next: string[] = [];
    for (const l of links) {
      const child = children.get(l.fromId);
      const parent = out.get(l.toId);
      if (!child || !parent || out.has(child.id)) continue;
      const c = certaintyDuring(linkExtent(l, child, parent.organization), at);
      if (!c) continue;
      out.set(child.id, { organization: child, parentId: l.toId, link: l, certainty: weaker(parent.certainty, c) ?? c, depth });
      next.push(child.id);
    }
    level = next;
  }
  return out;
};
