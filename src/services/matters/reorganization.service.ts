import { DomainError } from '../../domain/errors.js';
import type { StructuralEvent } from '../../domain/model.js';
import { subjectCatalog } from '../../domain/subjects/subject-catalog.js';
import { type Day, formatDay } from '../../domain/time/day.js';
import type { Store } from '../../storage/store.js';
import { type DeskCaller, deskSettings } from './desk.service.js';
import { routeMatter } from './matter-routing.service.js';
import { transferMatter } from './matter.service.js';

export interface MovedMatter {
  reference: string;
  from: string;
  to: string;
  /** The structural event that made the other unit responsible, when the registry records one. */
  event: { id: string; kind: string; date: string; description: string; sourceId: string } | null;
  /** `transferred`: sent to the unit (it accepts to restart the clock); `proposed`: the organization's setting asks for a person to decide. */
  outcome: 'transferred' | 'proposed';
}

/** The latest transfer event, on or before `on` and after the matter's clock started, that speaks of the subject or the units. */
const eventFor = async (store: Store, units: readonly string[], subjectId: string, subjectName: string, after: Day, on: Day): Promise<StructuralEvent | undefined> => {
  const events = await store.events.forOrganizations(units);
  return events
    .filter((e) => e.date.earliest <= on && e.date.latest > after)
    .filter((e) => {
      const text = JSON.stringify(e.details) + e.description;
      return text.includes(subjectId) || text.includes(subjectName) || units.some((u) => text.includes(u));
    })
    .sort((a, b) => b.date.earliest - a.date.earliest)[0];
};

/**
 * Re-routes every open matter on `on`: where routing now gives the first subject to one other unit (a structural
 * event, a change of responsibility), the matter is transferred there with the event as its reason, or only proposed
 * when its organization's setting says so. The receiving unit then accepts; its clock starts the day after. Admins only.
 */
export const followReorganizations = async (store: Store, caller: DeskCaller, on: Day): Promise<MovedMatter[]> => {
  if (caller.user.role !== 'admin') throw new DomainError('FORBIDDEN', 'moving matters after a reorganization is for admins', { field: 'authorization' });
  const catalog = subjectCatalog();
  const moved: MovedMatter[] = [];
  for (let after = ''; ; ) {
    const page = await store.matters.openLed(after, 200);
    for (const { matter: m } of page) {
      const routing = await routeMatter(store, m.subjects.slice(0, 1), on, m.organizationId);
      const to = routing.leadUnitId;
      if (!to || to === m.leadUnitId) continue;
      const subject = catalog.get(m.subjects[0]!);
      const chainIds = ((routing.kept[0]?.['candidates'] as { chain: { unit: { id: string } }[] }[] | undefined) ?? []).flatMap((c) => c.chain.map((s) => s.unit.id));
      const event = await eventFor(store, [...new Set([m.leadUnitId!, to, ...chainIds])], m.subjects[0]!, subject?.name ?? '', m.clockFrom, on);
      const settings = await deskSettings(store, m.organizationId);
      const eventView = event ? { id: event.id, kind: event.kind, date: event.date.text, description: event.description, sourceId: event.sourceId } : null;
      const outcome = settings.onReorganization === 'propose' ? 'proposed' : 'transferred';
      if (outcome === 'transferred') {
        const why = `routing on ${formatDay(on)} gives ${subject?.name ?? m.subjects[0]} to another unit${event ? `: ${event.kind} of ${event.date.text} (${event.description}; source ${event.sourceId})` : ''}`;
        await transferMatter(store, caller, m.id, to, why.slice(0, 1000), m.version, routing.kept);
      }
      moved.push({ reference: m.reference, from: m.leadUnitId!, to, event: eventView, outcome });
    }
    if (page.length < 200) break;
    after = page[page.length - 1]!.matter.id;
  }
  return moved;
};
