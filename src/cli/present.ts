import type { ImportReport, ReportEntry } from '../importers/import-report.js';
import { padEnd, padStart, width } from './text-width.js';
import type { CareerAnswer } from '../services/career.service.js';
import type { ChartAnswer, ChartNode } from '../services/chart.service.js';
import type { Finding } from '../services/check.service.js';
import type { HoldersAnswer, TermView } from '../services/holders.service.js';
import type { DiffAnswer } from '../services/diff.service.js';
import type { RouteAnswer } from '../services/routing.service.js';
import type { HolderView, WhoAnswer } from '../services/who.service.js';

export const json = (value: unknown): string => JSON.stringify(value, null, 2);

const span = (start: string | null, end: string | null): string => `${start ?? '?'} – ${end ?? '?'}`;

const holderLine = (h: HolderView): string => {
  const flags = [h.kind === 'cover' ? `covering for ${h.covers?.person.name ?? 'a holder on leave'}` : h.acting ? 'acting' : '', h.certainty === 'possible' ? 'possibly' : '', h.disputed ? 'dates disputed' : ''].filter(Boolean);
  const native = h.person.nativeName ? ` (${h.person.nativeName})` : '';
  const name = h.person.currentName ? `${h.person.name} (now ${h.person.currentName})` : h.person.name;
  return `${h.ordinal ? `${h.ordinal}. ` : ''}${name}${native}  ${span(h.start, h.end)}${flags.length ? `  [${flags.join(', ')}]` : ''}  — ${h.sources.map((s) => s.title).join('; ')}`;
};

const STATUS_TEXT: Record<WhoAnswer['status'], string> = {
  held: '', 'possibly-held': 'no holder is certain', vacant: 'vacant', 'no-data': 'no data for this period', 'not-existing': 'the post did not exist',
};

export const presentWho = (a: WhoAnswer): string => {
  const title = `${a.post.name}${a.post.currentName ? ` (now ${a.post.currentName})` : ''} on ${a.at}`;
  if (a.holders.length === 0) return `${title}: ${STATUS_TEXT[a.status]}${a.explanation ? ` — ${a.explanation}` : ''}`;
  const lines = [`${title}:`, ...a.holders.map((h) => `  ${holderLine(h)}`)];
  if (a.explanation) lines.push(`  (${a.explanation})`);
  return lines.join('\n');
};

const duration = (t: TermView): string =>
  t.timeInOffice ? `${t.timeInOffice.approximate ? '≥' : ''}${t.timeInOffice.years}y ${t.timeInOffice.days}d` : '';

export const presentHolders = (a: HoldersAnswer): string => {
  const lines = [`${a.post.name} — ${a.terms.length} terms`];
  const name = (t: TermView) => `${t.person.name}${t.person.nativeName ? ` ${t.person.nativeName}` : ''}`;
  const [nw, sw] = [Math.max(4, ...a.terms.map((t) => width(name(t)))), Math.max(4, ...a.terms.map((t) => width(span(t.start, t.end))))];
  lines.push(`No.  ${padEnd('Name', nw)}  ${padEnd('Term', sw)}  Time in office`);
  for (const t of a.terms) {
    const mark = t.ordinal ? String(t.ordinal) : t.kind === 'nominated' ? 'nom' : t.acting ? '—' : '';
    const flags = [t.kind === 'cover' ? 'cover' : t.acting ? 'acting' : '', t.kind === 'nominated' ? 'nominated, did not serve' : '', t.endReason ?? ''].filter(Boolean);
    lines.push(`${padStart(mark, 3)}  ${padEnd(name(t), nw)}  ${padEnd(span(t.start, t.end), sw)}  ${duration(t)}${flags.length ? `  (${flags.join(', ')})` : ''}`);
    for (const [label, names] of Object.entries(t.concurrent)) lines.push(`       ${label}: ${names.join(', ') || '—'}`);
    for (const r of t.reconciliation.filter((x) => x.status !== 'match')) {
      const why = r.status === 'lost' ? 'cell lost to a row span in the source' : `source says ${r.sourceNames.join(', ') || '—'}`;
      lines.push(`       ! ${r.column} (${r.source.title}): ${r.status}: ${why}${r.shiftedFrom ? ` (found in the ${r.shiftedFrom} column)` : ''}`);
    }
  }
  if (a.unresolvedColumns.length) lines.push(`columns with no matching post: ${a.unresolvedColumns.join(', ')}`);
  return lines.join('\n');
};

const chartNode = (n: ChartNode, depth: number, lines: string[]): void => {
  const pad = '  '.repeat(depth);
  lines.push(`${pad}${n.organization.name}${n.certainty === 'possible' ? ' (possibly)' : ''}`);
  for (const p of n.posts) {
    const who = p.holders.map((h) => `${h.person.name}${h.acting ? ' (acting)' : ''}${h.certainty === 'possible' ? '?' : ''}`).join(', ') || (p.status === 'vacant' ? 'vacant' : p.status === 'not-existing' ? 'did not exist' : 'no holder recorded');
    lines.push(`${pad}  • ${p.post.name}${p.seats > 1 ? ` (${p.seats} seats)` : ''}: ${who}`);
  }
  if (n.responsibilities.length) lines.push(`${pad}  ↳ ${n.responsibilities.map((r) => r.subject.name + (r.certainty === 'possible' ? '?' : '')).join(', ')}`);
  for (const u of n.units) chartNode(u, depth + 1, lines);
};

export const presentChart = (a: ChartAnswer): string => {
  if (a.status === 'not-existing') {
    return `${a.root.organization.name} did not exist on ${a.at}${a.existed.from ? ` (formed ${a.existed.from}${a.existed.to ? `, dissolved ${a.existed.to}` : ''})` : ''}`;
  }
  const lines = [`As of ${a.at} ('?' = only possibly so on that date):`];
  chartNode(a.root, 0, lines);
  if (a.related.length) {
    lines.push('Related:');
    for (const r of a.related) lines.push(`  ${r.direction === 'to' ? `is ${r.type}` : `has (${r.type})`} ${r.organization.name}`);
  }
  return lines.join('\n');
};

export const presentFindings = (findings: readonly Finding[]): string =>
  findings.length === 0
    ? 'no findings'
    : findings.map((f) => `${f.severity.toUpperCase()} ${f.code}: ${f.message}\n    sources: ${f.sources.map((s) => s.title).join('; ')}`).join('\n');

/** Entries of one kind and reason, however many values they name: one line each, with a count and the first places. */
const groupEntries = (entries: readonly ReportEntry[]): { key: string; first: ReportEntry; count: number; places: string[] }[] => {
  const groups = new Map<string, { key: string; first: ReportEntry; count: number; places: string[] }>();
  for (const e of entries) {
    const key = `${e.status}\u0000${e.kind}\u0000${e.message.replace(/"[^"]*"/g, '"…"').replace(/\d{4}(-\d{2}){0,2}/g, '…')}`;
    const g = groups.get(key) ?? { key, first: e, count: 0, places: [] };
    g.count++;
    const place = [e.file && e.line ? `${e.file}:${e.line}` : e.file, e.field].filter(Boolean).join(': ');
    if (g.places.length < 3 && place) g.places.push(place);
    groups.set(key, g);
  }
  return [...groups.values()];
};

export const presentImport = (reports: readonly ImportReport[], verbose = false): string => {
  const lines: string[] = [];
  for (const r of reports) {
    const t = r.totals;
    lines.push(`${r.file}: read ${t.read}: ${t.created} created, ${t.unchanged} unchanged, ${t.merged} merged, ${t.rejected} rejected${r.derived ? ` (+${r.derived} derived)` : ''}`);
    const shown = r.entries.filter((e) => e.status === 'rejected' || e.status === 'cleaned' || (verbose && e.status !== 'created'));
    for (const g of groupEntries(shown)) {
      const e = g.first;
      const value = e.value ? ` ${JSON.stringify(e.value.length > 80 ? `${e.value.slice(0, 77)}…` : e.value)}` : '';
      const where = g.places.join(', ');
      lines.push(g.count === 1 ? `  ${e.status}: ${where}${value}: ${e.message}` : `  ${e.status} ×${g.count} (${e.kind}): ${e.message}${value} — at ${where}${g.count > g.places.length ? ', …' : ''}`);
    }
    if (r.stoppedAt) lines.push(`  stopped at record ${r.stoppedAt.record} (${r.stoppedAt.place}): ${r.stoppedAt.message}; run the import again to complete it`);
  }
  return lines.join('\n');
};

export const presentRoute = (a: RouteAnswer): string => {
  const lines = [`${a.subject.name} (${a.subject.kind}${a.subject.code ? ` ${a.subject.code}` : ''}) on ${a.at}: ${a.status}`];
  for (const n of a.notExisting) lines.push(`  ${n.unit.name}: did not exist then${n.existed.from ? ` (from ${n.existed.from})` : ''}`);
  for (const c of a.candidates) {
    lines.push(`  ${c.unit.name}${c.certainty === 'possible' ? ' (possibly)' : ''} — ${c.organization.name}`);
    for (const step of c.chain) {
      const who = step.head.holders.map((h) => `${h.person.name}${h.acting ? ' (acting)' : ''}${h.certainty === 'possible' ? '?' : ''}`).join(', ');
      lines.push(`    ↑ ${step.unit.name}: ${step.head.post ? `${step.head.post.name}: ${who || 'unknown'}` : 'head not recorded'}`);
    }
    lines.push(`    sources: ${c.sources.map((s) => s.title).join('; ')}`);
    for (const n of c.notes) lines.push(`    note: ${n}`);
  }
  for (const m of a.missions) lines.push(`  mission: ${m.mission.name}${m.city ? ` (${m.city})` : ''}${m.certainty === 'possible' ? ' (possibly)' : ''}`);
  if (!a.missionListComplete) lines.push('  (the list of missions held is partial)');
  for (const r of a.reasoning) lines.push(`  · ${r}`);
  return lines.join('\n');
};

export const presentDiff = (a: DiffAnswer): string => {
  const lines = [`${a.organization.name}: changes from ${a.from} to ${a.to}`];
  const u = a.units;
  for (const x of u.established) lines.push(`  + unit ${x.unit.name}`);
  for (const x of u.abolished) lines.push(`  - unit ${x.unit.name}`);
  for (const x of u.renamed) lines.push(`  ~ unit renamed: ${x.from} → ${x.to}`);
  for (const x of u.moved) lines.push(`  ~ unit moved: ${x.unit.name}: ${x.from ?? '—'} → ${x.to ?? '—'}`);
  const names = (us: { name: string }[]) => us.map((x) => x.name).join(', ');
  for (const x of a.responsibilities.gained) lines.push(`  + ${x.subject} to ${names(x.units)}${x.previously.length ? ` (before: ${names(x.previously)})` : ''}`);
  for (const x of a.responsibilities.lost) lines.push(`  - ${x.subject} from ${names(x.units)}${x.now.length ? ` (now: ${names(x.now)})` : ''}`);
  for (const x of a.responsibilities.moved) lines.push(`  ~ ${x.subject}: ${names(x.from)} → ${names(x.to)}`);
  for (const h of a.holders) {
    lines.push(`  ${h.post.name}: ${h.from.join(', ') || '—'} → ${h.to.join(', ') || '—'}`);
    for (const c of h.changes) lines.push(`      ${c.date} ${c.change} ${c.person.name}${c.acting ? ' (acting)' : ''}`);
  }
  for (const e of a.events) lines.push(`  event ${e.date} ${e.kind}: ${e.description} — ${e.source.title}`);
  if (lines.length === 1) lines.push('  no change recorded');
  return lines.join('\n');
};

export const presentCareer = (a: CareerAnswer): string => {
  const p = a.person;
  const lines = [`${p.name}${p.currentName ? ` (now ${p.currentName})` : ''}${p.nativeName ? ` ${p.nativeName}` : ''}${p.born || p.died ? ` (${p.born ?? '?'}–${p.died ?? ''})` : ''}${a.at ? ` on ${a.at}` : ''}`];
  const dated = a.names.filter((n) => n.from || n.to);
  if (dated.length) lines.push(`  names: ${dated.map((n) => `${n.name} (${n.from ?? '?'}–${n.to ?? ''})`).join('; ')}`);
  if (a.terms.length === 0) lines.push(a.at ? '  held no post on that date, as far as the registry knows' : '  no posts recorded');
  for (const t of a.terms) {
    const flags = [t.kind !== 'substantive' ? t.kind : '', t.certainty === 'possible' ? 'possibly' : '', t.endReason ?? ''].filter(Boolean);
    lines.push(`  ${t.post.name}${t.organization ? `, ${t.organization.name}` : ''}  ${span(t.start, t.end)}${flags.length ? `  [${flags.join(', ')}]` : ''}  — ${t.sources.map((s) => s.title).join('; ')}`);
  }
  return lines.join('\n');
};
