import type { KeptRouting } from '../../domain/matters/matter.js';
import { partialDateFromDay, type PartialDate } from '../../domain/time/partial-date.js';
import type { Day } from '../../domain/time/day.js';
import { subjectCatalog } from '../../domain/subjects/subject-catalog.js';
import type { Store } from '../../storage/store.js';
import { route, type RouteAnswer } from '../routing.service.js';

/** What routing says of a matter's subjects on a day: its lead unit, or triage's candidates; its consulted units. */
export interface MatterRouting {
  leadUnitId: string | null;
  /** Set when the first subject's answer is not one certain unit: triage chooses among these (possibly none). */
  triageCandidates: string[];
  consultedUnitIds: string[];
  /** Each subject's routing answer, whole, as it was. */
  kept: KeptRouting[];
}

/**
 * The one unit a routing answer gives (`covered`: one unit, certain or possible, its certainty kept in the answer),
 * or undefined when it gives none, several (`conflict`) or cannot place a change of hands (`uncertain`).
 */
export const certainUnit = (a: RouteAnswer): string | undefined =>
  a.status === 'covered' && a.candidates.length === 1 ? a.candidates[0]!.unit.id : undefined;

/**
 * Routes each subject on `day` within the organization (or anywhere): the first subject's unit leads; every other
 * subject's certain unit is consulted. A first subject with no certain unit (sources in conflict, a change of hands
 * not placed, no unit) leaves the lead to triage, with the units routing named as candidates.
 */
export const routeMatter = async (store: Store, subjectIds: readonly string[], day: Day, organizationId: string | null): Promise<MatterRouting> => {
  const at: PartialDate = partialDateFromDay(day);
  const catalog = subjectCatalog();
  const answers: RouteAnswer[] = [];
  for (const id of subjectIds) answers.push(await route(store, catalog.get(id)?.name ?? id, at, organizationId ?? undefined));
  const first = answers[0]!;
  const lead = certainUnit(first) ?? null;
  const consulted = [...new Set(answers.slice(1).flatMap((a) => certainUnit(a) ?? []))].filter((u) => u !== lead);
  return {
    leadUnitId: lead,
    triageCandidates: lead ? [] : first.candidates.map((c) => c.unit.id),
    consultedUnitIds: consulted,
    kept: answers.map((a) => JSON.parse(JSON.stringify(a)) as KeptRouting),
  };
};
