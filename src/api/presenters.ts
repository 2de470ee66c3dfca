import { sourceCoverage } from '../domain/sources.js';
import { formatDay } from '../domain/time/day.js';
import { type Appointment, type Claim, isActing, type Organization, type Person, type Post, type Relation, type Responsibility, type Source, type StructuralEvent } from '../domain/model.js';
import type { Interval } from '../domain/time/interval.js';
import { certaintyAt } from '../domain/time/interval.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import { endText, startText } from '../services/views.js';

/** Entities as the API shows them: dates as the text sources gave, intervals as `start`/`end` (see docs/cli.md). */
const interval = (iv: Interval, at?: PartialDate) => ({
  start: startText(iv),
  end: endText(iv),
  ...(at ? { certaintyAt: certaintyAt(iv, at.earliest) ?? null } : {}),
});

export const presentOrganization = (o: Organization) => ({
  id: o.id, name: o.name, nativeName: o.nativeName ?? null, kind: o.kind, agencyType: o.agencyType ?? null, jurisdiction: o.jurisdiction ?? null,
  headquarters: o.headquarters ?? null, logo: o.logo ?? null, formed: o.formed?.text ?? null, dissolved: o.dissolved?.text ?? null, sourceId: o.sourceId,
});
export const presentPost = (p: Post) => ({ id: p.id, organizationId: p.organizationId, name: p.name, seats: p.seats, rank: p.rank ?? null, existedFrom: p.life?.from?.text ?? null, existedUntil: p.life?.to?.text ?? null, subjectId: p.subjectId ?? null, sourceId: p.sourceId });
export const presentPerson = (p: Person) => ({
  id: p.id, name: p.name, nativeName: p.nativeName ?? null, born: p.born?.text ?? null, died: p.died?.text ?? null, mergedInto: p.mergedInto ?? null, sourceId: p.sourceId,
});
export const presentAppointment = (a: Appointment, at?: PartialDate) => ({
  id: a.id, postId: a.postId, personId: a.personId, kind: a.kind, acting: isActing(a), coversId: a.coversId ?? null, endReason: a.endReason ?? null, ...interval(a.interval, at), note: a.note ?? null, sourceId: a.sourceId,
});
export const presentResponsibility = (r: Responsibility, at?: PartialDate) => ({
  id: r.id, unitId: r.unitId, subjectId: r.subjectId, role: r.role ?? 'handles', ...interval(r.interval, at), note: r.note ?? null, sourceId: r.sourceId,
});
export const presentRelation = (r: Relation, at?: PartialDate) => ({ id: r.id, fromId: r.fromId, toId: r.toId, type: r.type, ...interval(r.interval, at), sourceId: r.sourceId });
export const presentEvent = (e: StructuralEvent) => ({ id: e.id, kind: e.kind, date: e.date.text, organizationId: e.organizationId, description: e.description, details: e.details, sourceId: e.sourceId });
/** A source's coverage end and the rule that gave it (sourceCoverage): what its open facts are certain up to. */
const presentCoverage = (s: Source) => {
  const c = sourceCoverage(s);
  return { coverage: c ? formatDay(c.end) : null, coverageRule: c?.rule ?? null };
};
export const presentSource = (s: Source) => ({ id: s.id, title: s.title, url: s.url ?? null, kind: s.kind, publisher: s.publisher ?? null, license: s.license ?? null, published: s.published ?? null, accessed: s.accessed ?? null, asOf: s.asOf ?? null, note: s.note ?? null, ...presentCoverage(s) });
export const presentClaim = (c: Claim) => ({ id: c.id, entityType: c.entityType, entityId: c.entityId, field: c.field, value: c.value, sourceId: c.sourceId, quote: c.quote ?? null, note: c.note ?? null });
