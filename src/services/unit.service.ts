import { type Certainty, certaintyDuring, extentOf } from '../domain/time/interval.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import { subjectCatalog } from '../domain/subjects/subject-catalog.js';
import type { Store } from '../storage/store.js';
import { resolveOrganization } from './lookup.service.js';
import { endText, type OrganizationRef, type PostRef, type SourceRef, sourcesOfFacts, startText, ReferenceLoader } from './views.js';

export interface UnitResponsibilityView {
  subject: { id: string; kind: string; code: string | null; name: string };
  role: string;
  start: string | null;
  end: string | null;
  sources: SourceRef[];
  note: string | null;
  /** With a date asked: how surely the unit handled the subject on it (null: not on that date). */
  certainty: Certainty | null;
}

export interface UnitAnswer {
  unit: OrganizationRef & { kind: string; formed: string | null; dissolved: string | null };
  names: { name: string; from: string | null; to: string | null }[];
  posts: PostRef[];
  /** Every responsibility the unit was ever recorded with, oldest first: its history of countries and functions. */
  responsibilities: UnitResponsibilityView[];
  source: SourceRef;
}

/** A unit's page: its dates, names, posts and the countries and functions it handled over time, each with sources. */
export const unitHistory = async (store: Store, ref: string, at?: PartialDate): Promise<UnitAnswer> => {
  const unit = await resolveOrganization(store, ref);
  const ctx = new ReferenceLoader(store);
  const [posts, rs, names] = await Promise.all([store.posts.forOrganizations([unit.id]), store.responsibilities.forUnits([unit.id]), store.names.forEntities('organization', [unit.id])]);
  const cited = await sourcesOfFacts(store, 'responsibility', rs);
  await ctx.preloadSources([unit.sourceId, ...rs.map((r) => r.sourceId), ...[...cited.values()].flat()]);
  const catalog = subjectCatalog();
  const stored = new Map((await store.subjects.getMany([...new Set(rs.map((r) => r.subjectId))])).map((s) => [s.id, s]));
  const start = (r: (typeof rs)[number]) => r.interval.start?.earliest ?? Number.NEGATIVE_INFINITY;
  const responsibilities = [...rs]
    .sort((a, b) => start(a) - start(b) || a.subjectId.localeCompare(b.subjectId))
    .map((r): UnitResponsibilityView => {
      const s = catalog.get(r.subjectId) ?? stored.get(r.subjectId);
      return {
        subject: { id: r.subjectId, kind: s?.kind ?? 'function', code: s?.code ?? null, name: s?.name ?? r.subjectId },
        role: r.role ?? 'handles', start: startText(r.interval), end: endText(r.interval),
        sources: [...new Set(cited.get(r.id) ?? [r.sourceId])].map((id) => ctx.source(id)), note: r.note ?? null,
        certainty: at ? (certaintyDuring(extentOf(r.interval), at) ?? null) : null,
      };
    });
  return {
    unit: { id: unit.id, name: unit.name, currentName: null, kind: unit.kind, formed: unit.formed?.text ?? null, dissolved: unit.dissolved?.text ?? null },
    names: names.map((n) => ({ name: n.name, from: n.interval ? startText(n.interval) : null, to: n.interval ? endText(n.interval) : null })),
    posts: posts.filter((p) => p.organizationId === unit.id).map((p) => ctx.post(p)),
    responsibilities,
    source: ctx.source(unit.sourceId),
  };
};

