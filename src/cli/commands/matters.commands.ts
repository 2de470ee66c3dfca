import { readFile, writeFile } from 'node:fs/promises';
import { DomainError } from '../../domain/errors.js';
import type { Classification } from '../../domain/matters/matter.js';
import { dayOfInstant, formatDay } from '../../domain/time/day.js';
import { addMembership, type DeskCaller, deskSettings, putDeskSettings } from '../../services/matters/desk.service.js';
import { matterJson } from '../../services/matters/matter-present.js';
import { listMatters } from '../../services/matters/matter-queue.service.js';
import { matterReport, reportCsv } from '../../services/matters/matter-report.service.js';
import {
  acceptTransfer, assignMatter, dayOfText, type MatterStep, type MatterView, registerMatter, showMatter, stepMatter, transferMatter,
} from '../../services/matters/matter.service.js';
import { resolveOrganization } from '../../services/lookup.service.js';
import { followReorganizations } from '../../services/matters/reorganization.service.js';
import type { Store } from '../../storage/store.js';
import { type GlobalOptions, requireArgument, withStore } from '../context.js';
import type { Io } from '../io.js';
import { json } from '../present.js';
import { EXIT_IMPORT_INCOMPLETE } from '../exit-codes.js';
import { exportMatters, importMatters } from '../../services/matters/matter-interchange.service.js';

/** Every desk command acts as a named account (`--as`): the CLI runs where the database is, so it trusts the name. */
type DeskOptions = GlobalOptions & { as?: string; now?: string };

/** The account and the clock of a command (`--now`, an ISO instant, for back-dated entry; default the system clock). */
const callerOf = async (store: Store, opts: DeskOptions): Promise<DeskCaller> => {
  const name = requireArgument(opts.as, '--as');
  const user = await store.users.byName(name);
  if (!user) throw new DomainError('NOT_FOUND', `no user named "${name}" (chancery users add)`, { field: '--as', value: name });
  const now = opts.now ?? new Date().toISOString();
  if (Number.isNaN(Date.parse(now))) throw new DomainError('INVALID_ARGUMENT', '--now is an ISO instant, e.g. 2024-06-03T09:00:00Z', { field: '--now', value: now });
  return { user, now: new Date(now).toISOString() };
};

const line = (v: MatterView): string =>
  [v.matter.reference, v.matter.status, v.due, v.deadline, v.matter.leadUnitId ?? `triage: ${v.matter.triageCandidates.join(' | ') || 'no candidate'}`, v.matter.title].join('\t');

const detail = (v: MatterView & { history?: { version: number; action: string; at: string; userName: string | null; reason: string | null }[] }): string => {
  const m = v.matter;
  const lines = [
    `${m.reference}  ${m.title}`, `  kind ${m.kind}, ${m.classification}, status ${m.status} (version ${m.version})`,
    `  from ${m.sender.name}${m.sender.ref ? ` (${m.sender.ref})` : ''}, received ${formatDay(m.received)}`,
    `  lead ${m.leadUnitId ?? '(triage)'}${m.transferTo ? `, transferred to ${m.transferTo} (to accept)` : ''}${m.consultedUnitIds.length ? `; consulted ${m.consultedUnitIds.join(', ')}` : ''}`,
    `  due ${v.due} (${m.targetDays} working days from ${formatDay(m.clockFrom)}, calendar ${v.calendar}): ${v.deadline}, ${v.workingDaysUsed} used`,
  ];
  for (const h of v.history ?? []) lines.push(`  v${h.version} ${h.at} ${h.action} by ${h.userName ?? '?'}${h.reason ? `: ${h.reason}` : ''}`);
  return lines.join('\n');
};

const show = (io: Io, opts: GlobalOptions, v: MatterView): number => {
  io.out(opts.json ? json(matterJson(v)) : detail(v));
  return 0;
};

export const mattersRegisterCommand = async (
  opts: DeskOptions & { org?: string; kind?: string; sender?: string; senderRef?: string; subject?: string[]; received?: string; language?: string; title?: string; summary?: string; classification?: string },
  io: Io,
): Promise<number> => {
  const v = await withStore(opts, io, async (store) => registerMatter(store, await callerOf(store, opts), {
    organization: opts.org ?? null, kind: requireArgument(opts.kind, '--kind'),
    sender: opts.senderRef ? { ref: opts.senderRef, name: requireArgument(opts.sender, '--sender') } : requireArgument(opts.sender, '--sender'),
    subjects: opts.subject ?? [], received: requireArgument(opts.received, '--received'), title: requireArgument(opts.title, '--title'),
    ...(opts.language ? { language: opts.language } : {}), ...(opts.summary ? { summary: opts.summary } : {}),
    ...(opts.classification ? { classification: opts.classification as Classification } : {}),
  }));
  return show(io, opts, v);
};

export const mattersListCommand = async (opts: DeskOptions & { unit?: string; triage?: boolean; all?: boolean; on?: string; after?: string; limit?: string }, io: Io): Promise<number> => {
  const page = await withStore(opts, io, async (store) => listMatters(store, await callerOf(store, opts), {
    ...(opts.unit ? { unit: opts.unit } : {}), triage: Boolean(opts.triage), all: Boolean(opts.all), ...(opts.after ? { after: opts.after } : {}),
    ...(opts.limit ? { limit: Number(opts.limit) } : {}), ...(opts.on ? { on: dayOfText(opts.on, '--on') } : {}),
  }));
  io.out(opts.json ? json({ matters: page.matters.map(matterJson), next: page.next }) : [...page.matters.map(line), ...(page.next ? [`more: --after ${page.next}`] : [])].join('\n') || 'no matters');
  return 0;
};

export const mattersShowCommand = async (ref: string, opts: DeskOptions, io: Io): Promise<number> => {
  const v = await withStore(opts, io, async (store) => showMatter(store, await callerOf(store, opts), ref));
  io.out(opts.json ? json({ matter: matterJson(v), history: v.history }) : detail(v));
  return 0;
};

/** The version to check: `--if-match`, else the one read now (the CLI reads and writes in one go). */
const versionOf = async (store: Store, ref: string, given: string | undefined): Promise<number | undefined> => {
  if (given !== undefined) return Number(given);
  return ((await store.matters.get(ref)) ?? (await store.matters.byReference(ref.toUpperCase())))?.matter.version;
};

type ChangeOptions = DeskOptions & { unit?: string; reason?: string; ifMatch?: string };

export const mattersAssignCommand = async (ref: string, opts: ChangeOptions, io: Io): Promise<number> =>
  show(io, opts, await withStore(opts, io, async (store) =>
    assignMatter(store, await callerOf(store, opts), ref, requireArgument(opts.unit, '--unit'), requireArgument(opts.reason, '--reason'), await versionOf(store, ref, opts.ifMatch))));

export const mattersTransferCommand = async (ref: string, opts: ChangeOptions, io: Io): Promise<number> =>
  show(io, opts, await withStore(opts, io, async (store) =>
    transferMatter(store, await callerOf(store, opts), ref, requireArgument(opts.unit, '--unit'), requireArgument(opts.reason, '--reason'), await versionOf(store, ref, opts.ifMatch))));

export const mattersAcceptCommand = async (ref: string, opts: ChangeOptions, io: Io): Promise<number> =>
  show(io, opts, await withStore(opts, io, async (store) => acceptTransfer(store, await callerOf(store, opts), ref, await versionOf(store, ref, opts.ifMatch), opts.reason)));

export const mattersStepCommand = async (ref: string, step: MatterStep, opts: ChangeOptions, io: Io): Promise<number> =>
  show(io, opts, await withStore(opts, io, async (store) => stepMatter(store, await callerOf(store, opts), ref, step, await versionOf(store, ref, opts.ifMatch), opts.reason)));

export const mattersReportCommand = async (opts: DeskOptions & { scope?: string; from?: string; to?: string; on?: string; format?: string }, io: Io): Promise<number> => {
  const format = opts.json ? 'json' : (opts.format ?? 'table');
  if (!['table', 'json', 'csv'].includes(format)) throw new DomainError('INVALID_ARGUMENT', '--format is table, json or csv', { field: '--format', value: format });
  const r = await withStore(opts, io, async (store) => {
    const caller = await callerOf(store, opts);
    return matterReport(store, caller, {
      ...(opts.scope ? { scope: opts.scope } : {}), from: dayOfText(requireArgument(opts.from, '--from'), '--from'), to: dayOfText(requireArgument(opts.to, '--to'), '--to'),
      on: opts.on ? dayOfText(opts.on, '--on') : dayOfInstant(caller.now),
    });
  });
  if (format === 'json') io.out(json(r));
  else if (format === 'csv') io.out(reportCsv(r).trimEnd());
  else {
    const pct = (x: number | null) => (x === null ? '-' : `${Math.round(x * 100)}%`);
    io.out([`matters ${r.from} to ${r.to} (overdue on ${r.on})`, 'unit\treceived\treplied\twithin target\tmedian days\toverdue\tin\tout',
      ...r.units.map((u) => [u.unit.name, u.received, u.replied, pct(u.shareWithinTarget), u.medianWorkingDays ?? '-', u.overdue, u.transferredIn, u.transferredOut].join('\t'))].join('\n'));
  }
  return 0;
};

export const mattersMemberCommand = async (user: string, opts: DeskOptions & { role?: string; unit?: string; from?: string; to?: string }, io: Io): Promise<number> => {
  const m = await withStore(opts, io, async (store) => addMembership(store, await callerOf(store, opts), {
    user, role: requireArgument(opts.role, '--role'), ...(opts.unit ? { unit: opts.unit } : {}), from: opts.from ?? io.today, ...(opts.to ? { to: opts.to } : {}),
  }));
  io.out(opts.json ? json(m) : `${user}: ${m.role}${m.unitId ? ` of ${m.unitId}` : ''} from ${formatDay(m.fromDay)}${m.toDay !== null ? ` to ${formatDay(m.toDay)}` : ''}`);
  return 0;
};

export const mattersSettingsCommand = async (opts: DeskOptions & { org?: string; calendar?: string; target?: string[]; onReorganization?: string }, io: Io): Promise<number> => {
  const s = await withStore(opts, io, async (store) => {
    const caller = await callerOf(store, opts);
    const org = opts.org && opts.org !== '*' ? await resolveOrganization(store, opts.org) : undefined;
    const current = await deskSettings(store, org?.id ?? null);
    const targets = { ...current.targets };
    for (const t of opts.target ?? []) {
      const [kind, days] = t.split('=');
      if (!kind || !days) throw new DomainError('INVALID_ARGUMENT', '--target is kind=days, e.g. note-verbale=10 or *=20', { field: '--target', value: t });
      targets[kind] = Number(days);
    }
    const mode = opts.onReorganization ?? current.onReorganization;
    if (mode !== 'transfer' && mode !== 'propose') throw new DomainError('INVALID_ARGUMENT', '--on-reorganization is transfer or propose', { field: '--on-reorganization', value: mode });
    const next = { ...current, calendar: opts.calendar ?? current.calendar, targets, onReorganization: mode as 'transfer' | 'propose' };
    await putDeskSettings(store, caller, next);
    return next;
  });
  io.out(opts.json ? json(s) : `${s.organizationId}: calendar ${s.calendar ?? '(from jurisdiction)'}, targets ${JSON.stringify(s.targets)}, on reorganization: ${s.onReorganization}`);
  return 0;
};

export const mattersFollowCommand = async (opts: DeskOptions & { on?: string }, io: Io): Promise<number> => {
  const moved = await withStore(opts, io, async (store) => followReorganizations(store, await callerOf(store, opts), dayOfText(opts.on ?? io.today, '--on')));
  io.out(opts.json ? json({ moved }) : moved.map((m) => `${m.reference}\t${m.outcome}\t${m.from} → ${m.to}${m.event ? `\t${m.event.kind} ${m.event.date} (${m.event.sourceId})` : ''}`).join('\n') || 'no open matter changes hands');
  return 0;
};

export const mattersExportCommand = async (opts: DeskOptions & { format?: string; out?: string }, io: Io): Promise<number> => {
  const format = opts.format ?? 'jsonl';
  if (format !== 'jsonl' && format !== 'csv') throw new DomainError('INVALID_ARGUMENT', '--format is jsonl or csv', { field: '--format', value: format });
  const chunks: string[] = [];
  const n = await withStore(opts, io, async (store) => exportMatters(store, await callerOf(store, opts), format, (c) => chunks.push(c)));
  if (opts.out) {
    await writeFile(opts.out, chunks.join(''));
    io.err(`wrote ${n} matter(s) to ${opts.out}`);
  } else io.out(chunks.join('').trimEnd());
  return 0;
};

export const mattersImportCommand = async (file: string, opts: DeskOptions & { format?: string }, io: Io): Promise<number> => {
  const format = opts.format ?? (file.endsWith('.csv') ? 'csv' : 'jsonl');
  if (format !== 'jsonl' && format !== 'csv') throw new DomainError('INVALID_ARGUMENT', '--format is jsonl or csv', { field: '--format', value: format });
  const text = await readFile(file, 'utf8');
  const report = await withStore(opts, io, async (store) => importMatters(store, await callerOf(store, opts), text, format, file));
  const t = report.totals;
  io.out(opts.json ? json(report) : [`read ${t.read}: created ${t.created}, unchanged ${t.unchanged}, merged ${t.merged}, rejected ${t.rejected}`,
    ...report.entries.filter((e) => e.status === 'rejected').map((e) => `${e.file}:${e.line ?? ''}: ${e.field ? `${e.field}: ` : ''}${e.message}`)].join('\n'));
  return t.rejected > 0 ? EXIT_IMPORT_INCOMPLETE : 0;
};
