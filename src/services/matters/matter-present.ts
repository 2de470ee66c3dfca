import { subjectCatalog } from '../../domain/subjects/subject-catalog.js';
import { formatDay } from '../../domain/time/day.js';
import type { MatterView } from './matter.service.js';

/** A matter as both faces show it: days as dates, subjects with their names; what the CLI's --json and the API answer. */
export const matterJson = (v: MatterView) => {
  const m = v.matter;
  const catalog = subjectCatalog();
  return {
    id: m.id, reference: m.reference, organization: m.organizationId, kind: m.kind, sender: m.sender,
    subjects: m.subjects.map((id) => ({ id, name: catalog.get(id)?.name ?? id })), received: formatDay(m.received), language: m.language,
    title: m.title, summary: m.summary, classification: m.classification, status: m.status, leadUnit: m.leadUnitId, consultedUnits: m.consultedUnitIds,
    triageCandidates: m.triageCandidates, transferTo: m.transferTo, clockFrom: formatDay(m.clockFrom), targetDays: m.targetDays, due: v.due,
    deadline: v.deadline, workingDaysUsed: v.workingDaysUsed, calendar: v.calendar, repliedOn: m.repliedOn === null ? null : formatDay(m.repliedOn),
    version: m.version, createdAt: m.createdAt, updatedAt: m.updatedAt, routing: m.routing,
  };
};
export type MatterJson = ReturnType<typeof matterJson>;
