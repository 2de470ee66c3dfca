import { subjectCatalog } from '../domain/subjects/subject-catalog.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';
import { resolveOrganization } from './lookup.service.js';
import { prepared, preparedKind } from './prepared/prepared-answers.js';
import { route, type RouteStatus } from './routing.service.js';
import type { SubjectPostView } from './subject-posts.service.js';
import type { OrganizationRef, SourceRef } from './views.js';
import type { Certainty } from '../domain/time/interval.js';

export interface CoverageUnit {
  unit: OrganizationRef;
  organization: OrganizationRef;
  certainty: Certainty;
  sources: SourceRef[];
}

export interface CoverageEntry {
  subject: { id: string; code: string | null; name: string; kind: string };
  /** ISO 3166-1 numeric code: the key world maps give their shapes. */
  numeric: string | null;
  status: RouteStatus;
  units: CoverageUnit[];
  /** The posts for the country on the date (a chief of mission's) with their holders: the map of a registry of envoys. */
  posts: SubjectPostView[];
}

export interface CoverageAnswer {
  at: string;
  organization: OrganizationRef | null;
  /** One entry per country or territory some unit is recorded for; a country without one is not covered, one that did not exist is absent. */
  countries: CoverageEntry[];
}

const HANDLES = ['handles'] as const;

/**
 * Which unit handles each country on a date, for a map: the routing answer of every country some unit is recorded as
 * handling around then or some post is for (a chief of mission's), so that the map and `route` can never disagree
 * (one rule, in `route`).
 */
const computeCoverage = async (store: Store, at: PartialDate, orgRef?: string): Promise<CoverageAnswer> => {
  const catalog = subjectCatalog();
  const org = orgRef ? await resolveOrganization(store, orgRef) : undefined;
  const countries = catalog.countries();
  const countryIds = countries.map((c) => c.id);
  const recorded = await store.responsibilities.possiblyDuring({ subjectIds: countryIds, from: at.earliest, to: at.latest, roles: HANDLES });
  // And the countries a post is for (a chief of mission's): `route` says whether it answers on the date.
  const withPosts = await store.posts.forSubjects(countryIds);
  const handled = new Set(recorded.map((r) => r.subjectId));
  const subjectsWithPosts = new Set(withPosts.map((p) => p.subjectId!));
  const subjectIds = [...new Set([...handled, ...subjectsWithPosts])].sort();
  const out: CoverageEntry[] = [];
  for (const id of subjectIds) {
    const subject = catalog.get(id);
    if (!subject?.code) continue;
    // The posts for every country were read above: a route need not read them again for a country that has none.
    const answer = await route(store, subject.code, at, org?.id, { subjectsWithPosts });
    // A state that did not exist on the date is not on that day's map at all (South Sudan in 1949), as in `route`.
    if (answer.status === 'not-covered' || answer.reasoning.some((r) => r.code === 'subject-not-begun' || r.code === 'subject-ended')) continue;
    out.push({
      subject: { id: subject.id, code: subject.code, name: subject.name, kind: subject.kind },
      numeric: catalog.numericCode(subject.id) ?? null,
      status: answer.status,
      units: answer.candidates.map((c) => ({ unit: c.unit, organization: c.organization, certainty: c.certainty, sources: c.sources })),
      posts: answer.posts,
    });
  }
  return { at: at.text, organization: org ? { id: org.id, name: org.name, currentName: null } : null, countries: out };
};

/**
 * The map's answer for a date (and organization), kept while nothing it read changes (decision 12), for the last
 * few dates asked: on a large registry it is the routing answer of every country across every organization (at
 * 100,000 appointments, 20,000 units in one answer), and a map asks the same date again and again.
 */
export const COVERAGE = preparedKind<{ at: PartialDate; orgRef: string | undefined }, CoverageAnswer>(
  'coverage', ({ at, orgRef }) => `${at.text}\u0000${orgRef ?? ''}`, { most: 16 },
);

export const coverage = (store: Store, at: PartialDate, orgRef?: string): Promise<CoverageAnswer> =>
  prepared(store, COVERAGE, { at, orgRef }, (s) => computeCoverage(s, at, orgRef));
