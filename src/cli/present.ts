import type { ImportReport, ReportEntry } from '../dataset/import-report.js';
import { reconciliationText } from '../domain/messages/reconciliation.text.js';
import { withReasonTexts } from '../domain/messages/catalogue.js';
import { en, sayInEnglish as say } from '../domain/messages/en.messages.js';
import type { LookupNote } from '../domain/reasons.js';
import { padEnd, padStart, width } from './text-width.js';
import type { AreaWhoAnswer } from '../services/area.service.js';
import type { CareerAnswer } from '../services/career.service.js';
import type { ChartAnswer, ChartNode } from '../services/chart.service.js';
import type { Finding } from '../services/check.service.js';
import type { HoldersAnswer, TermView } from '../services/holders.service.js';
import type { DiffAnswer } from '../services/diff.service.js';
import type { RouteAnswer } from '../services/routing.service.js';
import type { HolderView, WhoAnswer } from '../services/who.service.js';

/** An answer as JSON: each reason with its English `text` beside its code and parameters (as the API gives it). */
export const json = (value: unknown): string => JSON.stringify(value, withReasonTexts(en), 2);

/**
 * How text is emphasized: plain, or (on a terminal, without NO_COLOR) with colour. Presenters mark words; the entry
 * point turns marks into terminal codes after escaping the data, so a name can never colour or move anything.
 */
export interface Style {
  strong(text: string): string;
  dim(text: string): string;
  warn(text: string): string;
  error(text: string): string;
}
export const PLAIN: Style = { strong: (t) => t, dim: (t) => t, warn: (t) => t, error: (t) => t };
/** Private-use characters that stand for terminal codes until the entry point replaces them. */
export const MARKS = { strong: '\ue000', dim: '\ue001', warn: '\ue002', error: '\ue003', end: '\ue00f' } as const;
export const MARKED: Style = {
  strong: (t) => `${MARKS.strong}${t}${MARKS.end}`, dim: (t) => `${MARKS.dim}${t}${MARKS.end}`,
  warn: (t) => `${MARKS.warn}${t}${MARKS.end}`, error: (t) => `${MARKS.error}${t}${MARKS.end}`,
};

/** Items joined by commas and wrapped to `columns`, continuation lines indented by `indent`. */
const wrap = (items: readonly string[], first: string, indent: string, columns = 110): string[] => {
  const lines: string[] = [];
  let line = first;
  let fresh = true;
  for (const [i, item] of items.entries()) {
    const piece = item + (i < items.length - 1 ? ',' : '');
    if (!fresh && width(line) + 1 + width(piece) > columns) {
      lines.push(line);
      line = indent + piece;
    } else {
      line += (fresh ? '' : ' ') + piece;
    }
    fresh = false;
  }
  lines.push(line);
  return lines;
};

const span = (start: string | null, end: string | null): string => `${start ?? '?'} – ${end ?? '?'}`;

const holderLine = (h: HolderView): string => {
  const flags = [h.kind === 'cover' ? `covering for ${h.covers?.person.name ?? 'a holder on leave'}` : h.acting ? 'acting' : '', h.certainty === 'possible' ? 'possibly' : '', h.disputed ? 'dates disputed' : ''].filter(Boolean);
  const native = h.person.nativeName ? ` (${h.person.nativeName})` : '';
  const name = h.person.currentName ? `${h.person.name} (now ${h.person.currentName})` : h.person.name;
  return `${h.ordinal ? `${h.ordinal}${h.ordinalSource === 'derived' ? '*' : ''}. ` : ''}${name}${native}  ${span(h.start, h.end)}${flags.length ? `  [${flags.join(', ')}]` : ''}  — ${h.sources.map((s) => s.title).join('; ')}`;
};

const STATUS_TEXT: Record<WhoAnswer['status'], string> = {
  held: '', 'possibly-held': 'no holder is certain', vacant: 'vacant', 'no-data': 'no data for this period', 'not-existing': 'the post did not exist',
};

/** How the name asked was read, and where a post went on: one line each, under the answer's title. */
const noteLines = (notes: readonly LookupNote[]): string[] => notes.map((n) => `  note: ${say(n)}`);

export const presentWho = (a: WhoAnswer): string => {
  const then = a.countryThen ? ` (the country then: ${a.countryThen.name})` : '';
  const title = `${a.post.name}${a.post.currentName ? ` (now ${a.post.currentName})` : ''} on ${a.at}${then}`;
  // Terms whose start is unknown, first recorded after the date: named apart, never as possible holders.
  const later = a.recordedLater.map((r) => `  not yet recorded: ${r.person.name}, first recorded on ${r.firstRecorded}`);
  if (a.holders.length === 0) return [`${title}: ${STATUS_TEXT[a.status]}${a.reason ? ` — ${say(a.reason)}` : ''}`, ...noteLines(a.notes), ...later].join('\n');
  const lines = [`${title}:`, ...noteLines(a.notes), ...a.holders.map((h) => `  ${holderLine(h)}`)];
  if (a.reason) lines.push(`  (${say(a.reason)})`);
  if (a.holders.some((h) => h.ordinalSource === 'derived')) lines.push(`  ${DERIVED_ORDINAL_NOTE}`);
  return [...lines, ...later].join('\n');
};

/** Who represented an area: each of its posts, its holders with the party they sat for. */
export const presentAreaWho = (a: AreaWhoAnswer): string => {
  if (a.posts.length === 0) return `${a.area.name} on ${a.at}: no post is recorded for this area`;
  const lines = [`${a.area.name} on ${a.at}:`];
  for (const p of a.posts) {
    if (p.holders.length === 0) lines.push(`  ${p.post.name}: ${STATUS_TEXT[p.status]}${p.reason ? ` — ${say(p.reason)}` : ''}`);
    else lines.push(`  ${p.post.name}:`, ...p.holders.map((h) => `    ${holderLine(h)}${a.parties[h.appointmentId] ? `  (${a.parties[h.appointmentId]})` : ''}`));
  }
  return lines.join('\n');
};

const duration = (t: TermView): string =>
  t.timeInOffice ? `${t.timeInOffice.approximate ? '≥' : ''}${t.timeInOffice.years}y ${t.timeInOffice.days}d` : '';

/** The footnote to numbers marked `*`: they are Chancery's count, which no source gives. */
export const DERIVED_ORDINAL_NOTE = '* numbered by Chancery (in order of start); no source gives this number';

export const presentHolders = (a: HoldersAnswer, st: Style = PLAIN): string => {
  const lines = [st.strong(`${a.post.name} — ${a.terms.length} terms`), ...noteLines(a.notes)];
  const name = (t: TermView) => `${t.person.name}${t.person.nativeName ? ` ${t.person.nativeName}` : ''}`;
  const [nw, sw] = [Math.max(4, ...a.terms.map((t) => width(name(t)))), Math.max(4, ...a.terms.map((t) => width(span(t.start, t.end))))];
  lines.push(st.dim(`No.  ${padEnd('Name', nw)}  ${padEnd('Term', sw)}  Time in office`));
  for (const t of a.terms) {
    // A number Chancery derived (no source numbers the term so) is marked, so it is not read as a source's.
    const mark = t.ordinal ? `${t.ordinal}${t.ordinalSource === 'derived' ? '*' : ''}` : t.kind === 'nominated' ? 'nom' : t.acting ? '—' : '';
    const flags = [t.party ?? '', t.kind === 'cover' ? 'cover' : t.acting ? 'acting' : '', t.kind === 'nominated' ? 'nominated, did not serve' : '', t.endReason ?? ''].filter(Boolean);
    lines.push(`${padStart(mark, 3)}  ${padEnd(name(t), nw)}  ${padEnd(span(t.start, t.end), sw)}  ${duration(t)}${flags.length ? `  (${flags.join(', ')})` : ''}`);
    for (const [label, names] of Object.entries(t.concurrent)) lines.push(`       ${label}: ${names.join(', ') || '—'}`);
    for (const r of t.reconciliation.filter((x) => x.status !== 'match')) lines.push(`       ${st.warn('!')} ${reconciliationText(r)}`);
  }
  if (a.terms.some((t) => t.ordinalSource === 'derived')) lines.push(st.dim(DERIVED_ORDINAL_NOTE));
  if (a.unresolvedColumns.length) lines.push(`columns with no matching post: ${a.unresolvedColumns.join(', ')}`);
  return lines.join('\n');
};

const chartNode = (n: ChartNode, depth: number, lines: string[], st: Style): void => {
  const pad = '  '.repeat(depth);
  const unitPossible = n.certainty === 'possible';
  lines.push(`${pad}${st.strong(n.organization.name)}${unitPossible ? st.dim(' ?') : ''}`);
  for (const p of n.posts) {
    const who = p.holders.map((h) => `${h.person.name}${h.acting ? ' (acting)' : ''}${h.certainty === 'possible' ? st.dim('?') : ''}`).join(', ') || (p.status === 'vacant' ? 'vacant' : p.status === 'not-existing' ? 'did not exist' : 'no holder recorded');
    lines.push(`${pad}  • ${p.post.name}${p.seats > 1 ? ` (${p.seats} seats)` : ''}: ${who}`);
  }
  if (n.responsibilities.length) {
    // The unit's mark covers its subjects: only a subject less sure than its unit is marked again.
    const mark = (certainty: string) => (!unitPossible && certainty === 'possible' ? st.dim('?') : '');
    lines.push(...wrap(n.responsibilities.map((r) => r.subject.name + mark(r.certainty)), `${pad}  handles: `, `${pad}           `));
  }
  for (const u of n.units) chartNode(u, depth + 1, lines, st);
};

const hasPossible = (n: ChartNode): boolean =>
  n.certainty === 'possible' || n.posts.some((p) => p.holders.some((h) => h.certainty === 'possible')) || n.responsibilities.some((r) => r.certainty === 'possible') || n.units.some(hasPossible);

/** Relations other than being a unit, in words, from the organization's side. */
const RELATED: Record<string, { to: string; from: string }> = {
  'agency-of': { to: 'an agency of', from: 'its agencies' },
  'affiliated-institute-of': { to: 'an institute affiliated to', from: 'institutes affiliated to it' },
  'sponsored-organization-of': { to: 'sponsored by', from: 'organizations it sponsors' },
  'unit-of': { to: 'a unit of', from: 'its units' },
};

export const presentChart = (a: ChartAnswer, st: Style = PLAIN): string => {
  if (a.status === 'not-existing') {
    return `${a.root.organization.name} did not exist on ${a.at}${a.existed.from ? ` (formed ${a.existed.from}${a.existed.to ? `, dissolved ${a.existed.to}` : ''})` : ''}`;
  }
  const body: string[] = [];
  chartNode(a.root, 0, body, st);
  const lines = [`${st.strong(a.root.organization.name)} on ${a.at}${a.root.certainty === 'possible' ? st.dim(' ?') : ''}`, ...body.slice(1)];
  const byType = new Map<string, { to: string[]; from: string[] }>();
  for (const r of a.related) {
    const g = byType.get(r.type) ?? { to: [], from: [] };
    g[r.direction === 'to' ? 'to' : 'from'].push(r.organization.name + (r.certainty === 'possible' ? st.dim('?') : ''));
    byType.set(r.type, g);
  }
  for (const [type, g] of byType) {
    const words = RELATED[type] ?? { to: type, from: `(${type})` };
    if (g.to.length) lines.push(...wrap(g.to, `It is ${words.to}: `, '  '));
    if (g.from.length) lines.push(...wrap(g.from, `${words.from[0]!.toUpperCase()}${words.from.slice(1)}: `, '  '));
  }
  if (hasPossible(a.root) || a.related.some((r) => r.certainty === 'possible')) {
    lines.push(st.dim('? = possibly so on that day: the sources\' dates do not settle it (a year or month only, or no date at all)'));
  }
  return lines.join('\n');
};

export const presentFindings = (findings: readonly Finding[], st: Style = PLAIN): string => {
  if (findings.length === 0) return 'no findings';
  return findings.map((f) => {
    const label = f.severity === 'error' ? st.error('ERROR') : f.severity === 'warning' ? st.warn('WARNING') : st.dim('NOTE');
    // Sources the message already names are not repeated.
    const message = say(f);
    const titles = [...new Set(f.sources.map((x) => x.title))].filter((t) => !message.includes(t));
    return `${label} ${f.code}: ${message}${titles.length ? `\n    ${st.dim(`sources: ${titles.join('; ')}`)}` : ''}`;
  }).join('\n');
};

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
    const shown = r.entries.filter((e) => e.status === 'rejected' || e.status === 'cleaned' || (verbose && e.status !== 'created' && e.kind !== 'source'));
    for (const g of groupEntries(shown)) {
      const e = g.first;
      const value = e.value ? ` ${JSON.stringify(e.value.length > 80 ? `${e.value.slice(0, 77)}…` : e.value)}` : '';
      const where = g.places.join(', ');
      lines.push(g.count === 1 ? `  ${e.status}: ${where}${value}: ${e.message}` : `  ${e.status} ×${g.count} (${e.kind}): ${e.message}${value} — at ${where}${g.count > g.places.length ? ', …' : ''}`);
    }
    // What each source covers, and by which rule: what its open terms are certain up to.
    const covering = r.entries.filter((e) => e.status === 'note' && e.kind === 'source');
    for (const e of covering.slice(0, 5)) lines.push(`  ${e.message}`);
    if (covering.length > 5) lines.push(`  … and ${covering.length - 5} more sources: chancery sources show <id> says what each covers`);
    for (const e of r.entries) if (e.status === 'note' && e.kind === 'xml' && !e.line) lines.push(`  ${e.message}`);
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
  for (const p of a.posts) {
    const held = p.holders.map((h) => `${h.person.name}${h.acting ? ' (acting)' : ''}${h.certainty === 'possible' ? '?' : ''}`).join(', ');
    lines.push(`  post: ${p.post.name}${p.organization ? ` — ${p.organization.name}` : ''}: ${p.status === 'vacant' ? 'vacant' : held}`);
  }
  for (const m of a.missions) lines.push(`  mission: ${m.mission.name}${m.city ? ` (${m.city})` : ''}${m.certainty === 'possible' ? ' (possibly)' : ''}`);
  if (!a.missionListComplete) lines.push('  (the list of missions held is partial)');
  for (const r of a.reasoning) lines.push(`  · ${say(r)}`);
  return lines.join('\n');
};

/** How a diff names an organization's succession. */
const REORGANIZED: Record<DiffAnswer['units']['reorganized'][number]['kind'], string> = {
  'continues-as': 'renamed', 'merged-into': 'merged', 'split-into': 'split', 'functions-to': 'functions transferred',
};

export const presentDiff = (a: DiffAnswer): string => {
  const read = a.interpretedAs.from !== a.from || a.interpretedAs.to !== a.to ? ` (read as ${a.interpretedAs.from} to ${a.interpretedAs.to}: a year or month stands for its first day)` : '';
  const lines = [`${a.organization.name}: changes from ${a.from} to ${a.to}${read}`];
  const u = a.units;
  for (const x of u.established) lines.push(`  + unit ${x.unit.name}`);
  for (const x of u.abolished) lines.push(`  - unit ${x.unit.name}`);
  for (const x of u.renamed) lines.push(`  ~ unit renamed: ${x.from} → ${x.to}`);
  for (const x of u.moved) lines.push(`  ~ unit moved: ${x.unit.name}: ${x.from ?? '—'} → ${x.to ?? '—'}`);
  const names = (us: { name: string }[]) => us.map((x) => x.name).join(', ');
  for (const x of u.reorganized) lines.push(`  ~ ${REORGANIZED[x.kind]}: ${names(x.from)} → ${names(x.to)}${x.date ? ` (${x.date})` : ''} — ${x.sources.map((s) => s.title).join('; ')}`);
  const mark = (c: string) => (c === 'possible' ? ' (possibly)' : '');
  for (const x of a.responsibilities.gained) lines.push(`  + ${x.subject} to ${names(x.units)}${mark(x.certainty)}${x.previously.length ? ` (before: ${names(x.previously)})` : ''}`);
  for (const x of a.responsibilities.lost) lines.push(`  - ${x.subject} from ${names(x.units)}${mark(x.certainty)}${x.now.length ? ` (now: ${names(x.now)})` : ''}`);
  for (const x of a.responsibilities.moved) lines.push(`  ~ ${x.subject}: ${names(x.from)} → ${names(x.to)}${mark(x.certainty)}`);
  for (const h of a.holders) {
    lines.push(`  ${h.post.name}: ${h.from.join(', ') || '—'} → ${h.to.join(', ') || '—'}`);
    for (const c of h.changes) lines.push(`      ${c.date} ${c.change} ${c.person.name}${c.acting ? ' (acting)' : ''}`);
  }
  for (const e of a.events) lines.push(`  event ${e.date} ${e.kind}: ${e.description} — ${e.source.title}`);
  if (lines.length === 1) lines.push('  no change recorded');
  return lines.join('\n');
};

/** How the person view labels the spellings Chancery made itself: never as a source's or the press's. */
export const GENERATED_NAMES = 'romanized by Chancery (generated, not a source\'s spelling)';

export const presentCareer = (a: CareerAnswer): string => {
  const p = a.person;
  const lines = [`${p.name}${p.currentName ? ` (now ${p.currentName})` : ''}${p.nativeName ? ` ${p.nativeName}` : ''}${p.born || p.died ? ` (${p.born ?? '?'}–${p.died ?? ''})` : ''}${a.at ? ` on ${a.at}` : ''}`];
  lines.push(...noteLines(a.notes));
  const dated = a.names.filter((n) => n.from || n.to);
  if (dated.length) lines.push(`  names: ${dated.map((n) => `${n.name} (${n.from ?? '?'}–${n.to ?? ''})`).join('; ')}`);
  // A spelling a source also gives is the source's: only the others are Chancery's alone.
  const sourced = new Set(a.names.filter((n) => !n.generated).map((n) => n.name));
  const generated = a.names.filter((n) => n.generated && !sourced.has(n.name));
  if (generated.length) lines.push(`  ${GENERATED_NAMES}: ${generated.map((n) => n.name).join('; ')}`);
  if (a.terms.length === 0) lines.push(a.at ? '  held no post on that date, as far as the registry knows' : '  no posts recorded');
  for (const t of a.terms) {
    const flags = [t.kind !== 'substantive' ? t.kind : '', t.certainty === 'possible' ? 'possibly' : '', t.endReason ?? ''].filter(Boolean);
    const number = t.ordinal ? ` (${t.ordinal}${t.ordinalSource === 'derived' ? '*' : ''})` : '';
    lines.push(`  ${t.post.name}${number}${t.countryThen ? ` (the country then: ${t.countryThen.name})` : ''}${t.organization ? `, ${t.organization.name}` : ''}${t.party ? ` (${t.party})` : ''}  ${span(t.start, t.end)}${flags.length ? `  [${flags.join(', ')}]` : ''}  — ${t.sources.map((s) => s.title).join('; ')}`);
  }
  if (a.terms.some((t) => t.ordinalSource === 'derived')) lines.push(DERIVED_ORDINAL_NOTE);
  return lines.join('\n');
};
