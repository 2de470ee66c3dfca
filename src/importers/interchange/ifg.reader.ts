import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../domain/errors.js';
import { formatDay } from '../../domain/time/day.js';
import { parsePartialDate, tryParsePartialDate } from '../../domain/time/partial-date.js';
import { groupBy } from '../../domain/group-by.js';
import { type CsvRow, readCsvFile } from '../csv/csv-reader.js';
import type { Place } from '../../dataset/import-report.js';
import type { DatasetElement } from '../../dataset/dataset-records.js';
import { maxOverlap } from './overlap.js';
import { CONTINUITY_SOURCE, inferPostContinuity, type OrganizationLink } from '../../domain/post-continuity.js';

const SOURCE = 'ifg-ministers-database';
const ids = (kind: string, id: string) => `ifg:${kind}:${id}`;

const LINKS: Record<string, { succession: 'merged-into' | 'split-into' | 'continues-as' | 'functions-to'; event: 'merge' | 'split' | 'rename' | 'transfer' }> = {
  merger: { succession: 'merged-into', event: 'merge' },
  demerger: { succession: 'split-into', event: 'split' },
  'name change': { succession: 'continues-as', event: 'rename' },
  'transfer of functions': { succession: 'functions-to', event: 'transfer' },
};

const day = (v: string | undefined): string | undefined => (v && tryParsePartialDate(v.trim()) ? v.trim() : undefined);

/** The files read; the others (representation, constituency, post groups, election dates) are about Parliament, not government. */
export const IFG_FILES = ['organisation.csv', 'organisation_link.csv', 'post.csv', 'person.csv', 'appointment.csv', 'appointment_characteristics.csv'];

/** The columns each file must have: a file without one (renamed, dropped) is refused at its header, not half read. */
const IFG_COLUMNS: Record<string, readonly string[]> = {
  'organisation.csv': ['id', 'name', 'start_date', 'end_date'],
  'organisation_link.csv': ['id', 'predecessor_organisation_id', 'successor_organisation_id', 'type', 'link_start_date', 'link_end_date'],
  'post.csv': ['id', 'organisation_id', 'name'],
  'person.csv': ['id', 'name', 'start_date', 'end_date'],
  'appointment.csv': ['id', 'person_id', 'post_id', 'start_date', 'end_date'],
  'appointment_characteristics.csv': ['appointment_id', 'is_acting', 'is_on_leave', 'start_date', 'end_date'],
};

/**
 * The Institute for Government's ministers database (CC BY 4.0: credit "Institute for Government"): organisations
 * with their dates; merger, demerger, rename and transfer-of-functions links as successions (a post's holders follow
 * its organisation's) and as structural events; posts and appointments; a person split into several rows because
 * a name changed becomes one person with dated names; an appointment acting throughout is acting; one that covers
 * for a holder on leave in the same post is a cover of that holder's appointment; leave spans are notes and claims.
 * A post has as many seats as the most appointments that run at once in it (covers share their holder's seat).
 */
export async function* ifgElements(dir: string, label: string): AsyncGenerator<DatasetElement> {
  for (const f of IFG_FILES) if (!existsSync(join(dir, f))) throw new DomainError('PARSE_ERROR', `not an IfG ministers folder: no ${f}`, { file: label });
  const rows = async (name: string): Promise<(CsvRow & { place: Place })[]> => {
    const out: (CsvRow & { place: Place })[] = [];
    for await (const r of readCsvFile(join(dir, name), join(label, name), IFG_COLUMNS[name])) out.push({ ...r, place: { file: join(label, name), line: r.line } });
    return out;
  };
  const [orgs, links, posts, people, appointments, traits] = await Promise.all(IFG_FILES.map(rows));

  yield {
    section: 'sources', place: { file: label, path: 'source' },
    value: {
      id: SOURCE, title: 'IfG Ministers Database', url: 'https://www.instituteforgovernment.org.uk/ministers-database', kind: 'dataset',
      publisher: 'Institute for Government', license: 'CC BY 4.0', note: `Credit: Institute for Government. Imported from ${label}`,
    },
  };
  for (const o of orgs!) {
    const f = o.fields;
    yield {
      section: 'organizations', place: o.place,
      value: {
        id: ids('organisation', f['id']!), name: f['name'], kind: 'ministry', ...(day(f['start_date']) ? { formed: day(f['start_date']) } : {}),
        ...(day(f['end_date']) ? { dissolved: day(f['end_date']) } : {}), jurisdiction: 'United Kingdom', source: SOURCE,
        names: f['short_name'] ? [{ name: f['short_name'], kind: 'acronym' }] : [], identifiers: [{ scheme: 'ifg', value: f['id'] }],
      },
    };
  }

  // Appointments by post, with their spans (acting, on leave) — for seats, kinds and covers.
  const spans = groupBy(traits!.map((t) => t.fields), (t) => t['appointment_id']!);
  const isTrue = (v: string | undefined) => v === 'True' || v === 'true';
  const actingThroughout = (id: string) => (spans.get(id) ?? []).length > 0 && spans.get(id)!.every((s) => isTrue(s['is_acting']));
  const byPost = groupBy(appointments!.map((a) => a.fields), (a) => a['post_id']!);
  /** The appointment on leave in the same post while an acting one runs (their spans meet): the one it covers. */
  const covered = (a: Record<string, string>): string | undefined =>
    (byPost.get(a['post_id']!) ?? []).find((other) => other['id'] !== a['id'] && (spans.get(other['id']!) ?? []).some((s) =>
      isTrue(s['is_on_leave']) && (!a['end_date'] || s['start_date']! < a['end_date']) && (!s['end_date'] || a['start_date']! < s['end_date'])))?.['id'];

  // The appointment each cover covers, found once: an appointment acting throughout while its post's holder is on leave.
  const covers = new Map<string, string>();
  for (const a of appointments!) {
    const covering = actingThroughout(a.fields['id']!) ? covered(a.fields) : undefined;
    if (covering) covers.set(a.fields['id']!, covering);
  }

  for (const p of posts!) {
    const f = p.fields;
    const terms = (byPost.get(f['id']!) ?? []).filter((a) => !covers.has(a['id']!));
    const rank = Number(f['rank_equivalence_value']);
    yield {
      section: 'posts', place: p.place,
      value: {
        id: ids('post', f['id']!), organization: ids('organisation', f['organisation_id']!), name: f['name'], seats: Math.max(1, maxOverlap(terms.map((a) => [a['start_date']!, a['end_date'] || 'open']))),
        ...(Number.isInteger(rank) && rank >= 1 ? { rank } : {}), source: SOURCE,
        names: f['display_name'] && f['display_name'] !== f['name'] ? [{ name: f['display_name'], kind: 'alias' }] : [], identifiers: [{ scheme: 'ifg', value: f['id'] }],
      },
    };
  }

  // A person is several rows when a name changed (a peerage, a marriage): one person, a dated name per row.
  const byPerson = groupBy(people!, (r) => r.fields['id']!);
  for (const [id, list] of byPerson) {
    const current = list.find((r) => !r.fields['end_date']) ?? list[list.length - 1]!;
    const dated = list.length > 1;
    const parliament = current.fields['id_parliament']?.replace(/\.0$/, '');
    yield {
      section: 'people', place: current.place,
      value: {
        id: ids('person', id), name: current.fields['display_name'] || current.fields['name'], source: SOURCE,
        names: dated
          ? list.map((r) => ({ name: r.fields['display_name'] || r.fields['name']!, kind: 'primary', lang: 'en', ...(day(r.fields['start_date']) ? { start: day(r.fields['start_date']) } : {}), end: day(r.fields['end_date']) ?? 'open' }))
          : [],
        identifiers: [{ scheme: 'ifg', value: id }, ...(parliament ? [{ scheme: 'uk-parliament', value: parliament }] : [])],
      },
    };
  }

  const leaveClaims: DatasetElement[] = [];
  // The appointments covered come before those covering them (a record refers only to what is already read).
  const ordered = [...appointments!].sort((x, y) => Number(covers.has(x.fields['id']!)) - Number(covers.has(y.fields['id']!)));
  for (const a of ordered) {
    const f = a.fields;
    const own = spans.get(f['id']!) ?? [];
    const acting = actingThroughout(f['id']!);
    const coversId = covers.get(f['id']!);
    const leave = own.filter((s) => isTrue(s['is_on_leave']));
    const someActing = !acting && own.some((s) => isTrue(s['is_acting']));
    // Started and ended the same day: held that day. Ended before it started (a slip): the end is unknown, and the
    // source's end is kept as a claim.
    const sameDay = !!f['end_date'] && f['end_date'] === f['start_date'] && !!day(f['end_date']);
    const backwards = !!day(f['end_date']) && !!day(f['start_date']) && f['end_date']! < f['start_date']!;
    if (backwards) leaveClaims.push({ section: 'claims', place: a.place, value: { entity: `appointment:${ids('appointment', f['id']!)}`, field: 'ended-as-given', value: f['end_date'], source: SOURCE, note: 'before the start the source gives' } });
    const note = [
      ...(sameDay ? ['started and ended the same day'] : []),
      ...(backwards ? [`the source ends it on ${f['end_date']}, before it starts`] : []),
      ...leave.map((s) => `on leave ${s['start_date']}–${s['end_date'] || 'open'}${s['leave_reason'] ? ` (${s['leave_reason']})` : ''}`),
      ...(someActing ? own.filter((s) => isTrue(s['is_acting'])).map((s) => `acting ${s['start_date']}–${s['end_date'] || 'open'}`) : []),
    ].join('; ');
    yield {
      section: 'appointments', place: { ...a.place, path: f['id'] },
      value: {
        id: ids('appointment', f['id']!), post: ids('post', f['post_id']!), person: ids('person', f['person_id']!), start: day(f['start_date']) ?? null,
        end: sameDay ? nextDay(f['end_date']!) : backwards ? 'unknown' : (day(f['end_date']) ?? 'open'), kind: coversId ? 'cover' : acting ? 'acting' : 'substantive', ...(coversId ? { covers: ids('appointment', coversId) } : {}),
        source: SOURCE, ...(note ? { note } : {}),
      },
    };
    for (const s of own) {
      const status = s['cabinet_status'];
      if (status) leaveClaims.push({ section: 'claims', place: a.place, value: { entity: `appointment:${ids('appointment', f['id']!)}`, field: `cabinet-status:${s['start_date']}`, value: status, source: SOURCE } });
    }
  }

  const orgLinks: OrganizationLink[] = [];
  for (const l of links!) {
    const f = l.fields;
    const type = (f['type'] ?? '').toLowerCase();
    const kind = LINKS[type.startsWith('transfer of functions') ? 'transfer of functions' : type];
    if (!kind) {
      yield { section: 'successions', place: l.place, value: { type: 'organization', from: ids('organisation', f['predecessor_organisation_id']!), to: ids('organisation', f['successor_organisation_id']!), kind: f['type'], source: SOURCE } };
      continue;
    }
    const from = day(f['link_start_date']);
    const to = day(f['link_end_date']);
    const date = from && to && to > from ? `${from}..${to}` : from;
    const pred = ids('organisation', f['predecessor_organisation_id']!);
    const succ = ids('organisation', f['successor_organisation_id']!);
    yield { section: 'successions', place: l.place, value: { type: 'organization', from: pred, to: succ, kind: kind.succession, date: date ?? null, source: SOURCE, note: f['type'] } };
    orgLinks.push({ fromId: pred, toId: succ, kind: kind.succession, date: date ?? null, day: from ? parsePartialDate(from).earliest : null });
    if (date) {
      yield {
        section: 'events', place: l.place,
        value: { id: ids('link', f['id']!), kind: kind.event, date, organization: succ, description: `${f['type']}: ${nameOf(orgs!, f['predecessor_organisation_id']!)} → ${nameOf(orgs!, f['successor_organisation_id']!)}`, from: pred, to: succ, source: SOURCE },
      };
    }
  }
  yield* inferredPostLinks(orgLinks, posts!, byPost, join(label, 'organisation_link.csv'));
  yield* leaveClaims;
  for (const [id, list] of byPerson) {
    const gender = list.find((r) => !r.fields['end_date'])?.fields['gender'] ?? list[0]!.fields['gender'];
    if (gender) yield { section: 'claims', place: list[0]!.place, value: { entity: `person:${ids('person', id)}`, field: 'gender', value: gender, source: SOURCE } };
  }
}

/**
 * IfG's rank column (rank_equivalence_value) numbers Prime Minister 1, Deputy Prime Minister and First Secretary 2,
 * Secretary of State 3: the ranks that head a department, whose posts continue through its renames, mergers and splits.
 */
const IFG_HEAD_RANK = 3;

/** The post links inferred from the organisation links (decision 19), under Chancery's own source. */
function* inferredPostLinks(orgLinks: OrganizationLink[], posts: readonly CsvRow[], byPost: Map<string, Record<string, string>[]>, file: string): Generator<DatasetElement> {
  const dayOf = (v: string | undefined) => (day(v) ? parsePartialDate(day(v)!).earliest : undefined);
  const ranked = posts.map((p) => ({
    id: ids('post', p.fields['id']!), organizationId: ids('organisation', p.fields['organisation_id']!), rank: Number(p.fields['rank_equivalence_value']) || undefined,
    terms: (byPost.get(p.fields['id']!) ?? []).flatMap((a) => (dayOf(a['start_date']) === undefined ? [] : [[dayOf(a['start_date'])!, dayOf(a['end_date']) ?? null] as const])),
  }));
  const inferred = inferPostContinuity(orgLinks, ranked, IFG_HEAD_RANK);
  if (!inferred.length) return;
  yield { section: 'sources', place: { file, path: 'inferred' }, value: { ...CONTINUITY_SOURCE } };
  for (const l of inferred) {
    yield {
      section: 'successions', place: { file, path: `${l.fromId} → ${l.toId}` },
      value: { type: 'post', from: l.fromId, to: l.toId, kind: l.kind, date: l.date, ordinals: 'continue', source: CONTINUITY_SOURCE.id, note: CONTINUITY_SOURCE.note },
    };
  }
}

const nextDay = (d: string): string => formatDay(parsePartialDate(d).latest + 1);

const nameOf = (orgs: readonly CsvRow[], id: string): string => orgs.find((o) => o.fields['id'] === id)?.fields['name'] ?? id;
