import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { cellOf, csvLine, plainCell } from '../../dataset/csv-columns.js';
import { emptyReport, type ImportReport, record } from '../../dataset/import-report.js';
import { DomainError, isDomainError } from '../../domain/errors.js';
import { CLASSIFICATIONS, checkKind, FINISHED, type KeptRouting, type Matter, MATTER_LIMITS, MATTER_STATUSES } from '../../domain/matters/matter.js';
import { subjectCatalog } from '../../domain/subjects/subject-catalog.js';
import { dayOfInstant, formatDay } from '../../domain/time/day.js';
import { parseCsv } from '../../importers/csv/csv-reader.js';
import type { Store } from '../../storage/store.js';
import { type DeskCaller, deskActor, deskCalendar } from './desk.service.js';
import { dueDay } from '../../domain/matters/working-days.js';
import { dayOfText } from './matter.service.js';

/** The columns of a matter record, in order: the CSV header and the JSON Lines keys. */
export const MATTER_COLUMNS = [
  'id', 'reference', 'organization', 'kind', 'senderRef', 'sender', 'subjects', 'received', 'language', 'title', 'summary', 'classification', 'status',
  'leadUnit', 'consultedUnits', 'triageCandidates', 'transferTo', 'clockFrom', 'targetDays', 'repliedOn', 'version', 'createdAt', 'updatedAt', 'routing',
] as const;
const LISTS = new Set(['subjects', 'consultedUnits', 'triageCandidates', 'routing']);
const NUMBERS = new Set(['targetDays', 'version']);

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const recordSchema = z.strictObject({
  id: z.string().min(1).max(100), reference: z.string().regex(/^[A-Z0-9]{1,12}-\d{4}-\d{6,}$/), organization: z.string().max(200).nullable(),
  kind: z.string(), senderRef: z.string().max(200).nullable(), sender: z.string().min(1).max(MATTER_LIMITS.sender), subjects: z.array(z.string()).min(1).max(MATTER_LIMITS.subjects),
  received: day, language: z.string().max(20).nullable(), title: z.string().min(1).max(MATTER_LIMITS.title), summary: z.string().max(MATTER_LIMITS.summary).nullable(),
  classification: z.enum(CLASSIFICATIONS), status: z.enum(MATTER_STATUSES), leadUnit: z.string().nullable(), consultedUnits: z.array(z.string()),
  triageCandidates: z.array(z.string()), transferTo: z.string().nullable(), clockFrom: day, targetDays: z.number().int().min(1).max(365), repliedOn: day.nullable(),
  version: z.number().int().min(1), createdAt: z.string(), updatedAt: z.string(), routing: z.array(z.record(z.string(), z.unknown())),
});
export type MatterRecord = z.infer<typeof recordSchema>;

export const matterRecord = (m: Matter): MatterRecord => ({
  id: m.id, reference: m.reference, organization: m.organizationId, kind: m.kind, senderRef: m.sender.ref, sender: m.sender.name, subjects: m.subjects,
  received: formatDay(m.received), language: m.language, title: m.title, summary: m.summary, classification: m.classification, status: m.status,
  leadUnit: m.leadUnitId, consultedUnits: m.consultedUnitIds, triageCandidates: m.triageCandidates, transferTo: m.transferTo, clockFrom: formatDay(m.clockFrom),
  targetDays: m.targetDays, repliedOn: m.repliedOn === null ? null : formatDay(m.repliedOn), version: m.version, createdAt: m.createdAt, updatedAt: m.updatedAt,
  routing: m.routing,
});

const requireReader = async (store: Store, caller: DeskCaller, write: boolean): Promise<void> => {
  const a = await deskActor(store, caller);
  if (!(a.roles.has('admin') || (!write && a.roles.has('auditor')))) {
    throw new DomainError('FORBIDDEN', `${write ? 'importing' : 'exporting'} matters is for ${write ? 'admins' : 'auditors and admins'}`, { field: 'authorization' });
  }
};

/** Every matter as JSON Lines or CSV (one record a line; lists and routing answers as JSON in CSV cells). Auditors and admins. */
export const exportMatters = async (store: Store, caller: DeskCaller, format: 'jsonl' | 'csv', write: (chunk: string) => void): Promise<number> => {
  await requireReader(store, caller, false);
  if (format === 'csv') write(csvLine(MATTER_COLUMNS));
  let n = 0;
  for (let after = ''; ; ) {
    const page = await store.matters.page(after, 1000);
    for (const { matter } of page) {
      const r = matterRecord(matter);
      write(format === 'jsonl' ? `${JSON.stringify(r)}\n` : csvLine(MATTER_COLUMNS.map((c) => cellOf(r[c]))));
      n++;
    }
    if (page.length < 1000) return n;
    after = page[page.length - 1]!.matter.id;
  }
};

/** The records of a JSON Lines or CSV text, each with its line, or the reason it cannot be read. */
const recordsOf = (text: string, format: 'jsonl' | 'csv'): { line: number; value?: unknown; error?: string }[] => {
  if (format === 'jsonl') {
    return text.split('\n').map((l, i) => ({ l: l.trim(), line: i + 1 })).filter((x) => x.l).map(({ l, line }) => {
      try {
        return { line, value: JSON.parse(l) as unknown };
      } catch {
        return { line, error: 'not JSON' };
      }
    });
  }
  const rows = parseCsv(text, 'matters');
  const header = rows[0] ?? [];
  return rows.slice(1).map((cells, i) => {
    const line = i + 2;
    try {
      const value: Record<string, unknown> = {};
      header.forEach((h, j) => {
        const cell = plainCell(cells[j] ?? '');
        value[h] = LISTS.has(h) ? JSON.parse(cell || '[]') : NUMBERS.has(h) ? Number(cell) : cell === '' && h !== 'sender' && h !== 'title' ? null : cell;
      });
      return { line, value };
    } catch {
      return { line, error: 'a list cell is not JSON' };
    }
  });
};

/** A record checked against the registry: its kind, days, subjects and units; the matter it stands for. */
const matterOf = async (store: Store, r: MatterRecord): Promise<Matter> => {
  checkKind(r.kind);
  const catalog = subjectCatalog();
  r.subjects.forEach((id, i) => {
    if (!catalog.get(id)) throw new DomainError('UNKNOWN_SUBJECT', `no subject with id "${id}"`, { field: `subjects[${i}]`, value: id });
  });
  const units = [r.organization, r.leadUnit, r.transferTo, ...r.consultedUnits, ...r.triageCandidates].filter((u): u is string => u !== null);
  const known = new Set((await store.organizations.getMany([...new Set(units)])).map((o) => o.id));
  const missing = units.find((u) => !known.has(u));
  if (missing) throw new DomainError('NOT_FOUND', `no organization "${missing}" in the registry`, { field: 'leadUnit', value: missing });
  return {
    id: r.id, reference: r.reference, organizationId: r.organization, kind: r.kind, sender: { ref: r.senderRef, name: r.sender }, subjects: r.subjects,
    received: dayOfText(r.received, 'received'), language: r.language, title: r.title, summary: r.summary, classification: r.classification, status: r.status,
    leadUnitId: r.leadUnit, consultedUnitIds: r.consultedUnits, triageCandidates: r.triageCandidates, routing: r.routing as KeptRouting[],
    clockFrom: dayOfText(r.clockFrom, 'clockFrom'), targetDays: r.targetDays, transferTo: r.transferTo, repliedOn: r.repliedOn === null ? null : dayOfText(r.repliedOn, 'repliedOn'),
    version: r.version, createdAt: r.createdAt, updatedAt: r.updatedAt,
  };
};

/**
 * Imports matters (admins): a new reference is created; a record equal to the stored matter is unchanged; a newer
 * version of it is merged (kept in its history as an import); anything else is rejected with its line and field.
 * Each record is its own transaction; the report balances (read = created + unchanged + merged + rejected).
 */
export const importMatters = async (store: Store, caller: DeskCaller, text: string, format: 'jsonl' | 'csv', file: string): Promise<ImportReport> => {
  await requireReader(store, caller, true);
  const report = emptyReport(file, `matters-${format}`);
  for (const { line, value, error } of recordsOf(text, format)) {
    const place = { file, line };
    if (error) {
      record(report, 'matter', 'rejected', place, { message: error });
      continue;
    }
    const parsed = recordSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      record(report, 'matter', 'rejected', place, { message: issue.message, field: issue.path.join('.') });
      continue;
    }
    try {
      const outcome = await store.transaction(async (tx) => {
        const m = await matterOf(tx, parsed.data);
        const existing = await tx.matters.byReference(m.reference);
        const cal = await deskCalendar(tx, m.organizationId);
        const due = dueDay(cal, m.clockFrom, m.targetDays);
        if (!existing) {
          if (await tx.matters.get(m.id)) throw new DomainError('CONFLICT', `another matter has id "${m.id}"`, { field: 'id', value: m.id });
          await tx.matters.insert(m, due, !FINISHED.has(m.status));
          const [prefix, year, n] = m.reference.split('-');
          await tx.matters.counterAtLeast(prefix!, Number(year), Number(n));
          await tx.matters.addChange({ matterId: m.id, version: m.version, action: 'import', at: caller.now, userId: caller.user.id, reason: `imported from ${file}`, after: m }, dayOfInstant(caller.now), null, m.leadUnitId);
          return 'created' as const;
        }
        if (isDeepStrictEqual(matterRecord(existing.matter), matterRecord(m))) return 'unchanged' as const;
        if (existing.matter.id !== m.id || m.version <= existing.matter.version) {
          throw new DomainError('CONFLICT', `${m.reference} is at version ${existing.matter.version} here with other content; the record has version ${m.version}`, { field: 'version', value: m.version });
        }
        // Kept at the record's version (higher than the stored one), so importing the same file again changes nothing.
        await tx.matters.update(m, due, !FINISHED.has(m.status), existing.matter.version);
        await tx.matters.addChange({ matterId: m.id, version: m.version, action: 'import', at: caller.now, userId: caller.user.id, reason: `imported from ${file} (its version ${m.version})`, after: m }, dayOfInstant(caller.now), existing.matter.leadUnitId, m.leadUnitId);
        return 'merged' as const;
      });
      record(report, 'matter', outcome, place, outcome === 'merged' ? { message: `newer version of ${parsed.data.reference}`, id: parsed.data.reference } : undefined);
    } catch (e) {
      if (!isDomainError(e)) throw e;
      record(report, 'matter', 'rejected', place, { message: e.message, ...(e.place.field ? { field: e.place.field } : {}), ...(e.place.value !== undefined ? { value: String(e.place.value) } : {}) });
    }
  }
  return report;
};
