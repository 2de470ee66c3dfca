import { DomainError } from '../../domain/errors.js';
import type { OrganizationKind } from '../../domain/model.js';
import { documentSections, streamJsonDocument } from '../dataset/json-stream.js';
import { SECTION_ORDER } from '../../dataset/dataset.schema.js';
import type { Section } from '../../dataset/dataset.schema.js';
import { slugify } from '../../domain/names.js';
import type { DatasetElement } from '../../dataset/dataset-records.js';
import { maxOverlap } from './overlap.js';
import { tryParsePartialDate } from '../../domain/time/partial-date.js';

type Obj = Record<string, unknown>;
/** What makes a JSON document Popolo: at least one of these lists (a Chancery export has them too). */
const POPOLO_SECTIONS = ['persons', 'organizations', 'memberships', 'posts'];
const plain = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
/**
 * A text in every language the file gives it in: a plain string (no language), or Popolo's multilingual form
 * `{"lang:en": …, "lang:cy": …}` (EveryPolitician's m17n files), English first.
 */
export const languages = (v: unknown): { lang?: string; text: string }[] => {
  const s = plain(v);
  if (s) return [{ text: s }];
  if (!v || typeof v !== 'object' || Array.isArray(v)) return [];
  const out = Object.entries(v as Obj).flatMap(([k, t]) => {
    const text = plain(t);
    return text ? [{ lang: k.replace(/^lang:/, ''), text }] : [];
  });
  return out.sort((a, b) => Number(b.lang === 'en') - Number(a.lang === 'en'));
};
/** A text field as one string: the plain value, or its English (else first) form. */
const str = (v: unknown): string | undefined => languages(v)[0]?.text;
const date = (v: unknown): string | undefined => {
  const s = str(v);
  return s && /^\d{4}(-\d{2}){0,2}$/.test(s) ? s : s?.slice(0, 10);
};

// EveryPolitician's m17n files class a parliament as a `branch` (of government: its legislative branch).
const KINDS: Record<string, OrganizationKind> = {
  legislature: 'legislature', branch: 'legislature', party: 'party', 'political party': 'party', executive: 'government', government: 'government', cabinet: 'cabinet',
  ministry: 'ministry', department: 'department', agency: 'agency', committee: 'other', chamber: 'legislature', embassy: 'mission', mission: 'mission',
};

/** The source an input without its own stands for: the file, by name (its digest tells versions apart). */
export interface PopoloOptions {
  source: { id: string; title: string; note?: string };
}

/**
 * Popolo JSON: persons, organizations, posts, memberships, areas and events (legislative periods, elections).
 * A document Chancery exported carries each record whole under `chancery` and the rest in `chancery_<section>`
 * arrays: those are read as they are. Anything else is mapped (docs/formats.md): a membership is an appointment, to
 * its post or, without one, to a post made for its organization and role (as many seats as the organization has);
 * its dates default to its legislative period's; its party, area and period are claims on it. Areas become
 * territories; events become claims on their organization. Sections are read in dependency order, a pass each, so
 * memory holds one element (and a map of organizations, periods and areas, which are few).
 */
export async function* popoloElements(file: string, label: string, opts: PopoloOptions): AsyncGenerator<DatasetElement> {
  const keys = new Set(await documentSections(file));
  // Anything else (noise, another JSON document) would import as its source alone.
  if (!POPOLO_SECTIONS.some((k) => keys.has(k))) {
    throw new DomainError('PARSE_ERROR', `not a Popolo file: it has none of ${POPOLO_SECTIONS.map((k) => `"${k}"`).join(', ')} at its top level`, { file: label, line: 1 });
  }
  const pass = (section: string) => (keys.has(section) ? streamJsonDocument(file, new Set([section])) : emptyStream());
  const place = (e: { line: number; section: string; index: number }) => ({ file: label, line: e.line, path: `${e.section}[${e.index}]` });
  const source = opts.source.id;
  const own = (v: unknown): Obj | undefined => (v && typeof v === 'object' && (v as Obj)['chancery'] && typeof (v as Obj)['chancery'] === 'object' ? ((v as Obj)['chancery'] as Obj) : undefined);

  // A Chancery export names its own sources; any other document is cited as itself.
  if (!keys.has('chancery_sources')) yield { section: 'sources', value: { id: source, title: opts.source.title, kind: 'dataset', ...(opts.source.note ? { note: opts.source.note } : {}) }, place: { file: label, path: 'source' } };

  // What memberships need from elsewhere: organizations' seats and names, periods' dates, areas' names.
  const orgs = new Map<string, { name: string; seats?: number; seatCounts: Map<string, number> }>();
  const periods = new Map<string, { name: string; start?: string; end?: string; org?: string }>();
  const areas = new Map<string, string>();
  for await (const e of pass('organizations')) {
    const o = e.value as Obj;
    const id = str(o['id']);
    if (id) orgs.set(id, { name: str(o['name']) ?? id, ...(seatNumber(o['seats']) ? { seats: seatNumber(o['seats'])! } : {}), seatCounts: seatCounts(o['seat_counts']) });
  }
  for await (const e of pass('events')) {
    const v = e.value as Obj;
    const id = str(v['id']);
    if (id) periods.set(id, { name: str(v['name']) ?? id, ...(date(v['start_date']) ? { start: date(v['start_date'])! } : {}), ...(date(v['end_date']) ? { end: date(v['end_date'])! } : {}), ...(str(v['organization_id']) ? { org: str(v['organization_id'])! } : {}) });
  }
  for await (const e of pass('areas')) {
    const v = e.value as Obj;
    const id = str(v['id']);
    if (id) areas.set(id, str(v['name']) ?? id);
  }
  // Posts made for memberships without one: one per organization and role — and per area, where the file describes
  // the area (a constituency, a region): "Member of the Scottish Parliament for Clydesdale", for that area, so that
  // who represented an area on a date is who held its post. Counted to size their seats.
  const made = new Map<string, MadePost & { count: number; line: number; index: number; spans: [string, string | undefined][] }>();
  const madePost = (m: Obj): MadePost => {
    const org = str(m['organization_id']) ?? '';
    const role = str(m['role']) ?? 'member';
    const area = str(m['area_id']);
    const tied = area !== undefined && areas.has(area) ? area : undefined;
    return { id: `${org}/${slugify(role) || 'member'}${tied ? `/${slugify(tied)}` : ''}`, org, role, ...(tied ? { area: tied } : {}), ...(str(m['role_code']) ? { roleCode: str(m['role_code'])! } : {}) };
  };
  for await (const e of pass('memberships')) {
    const m = e.value as Obj;
    if (own(m) || str(m['post_id']) || !str(m['organization_id'])) continue;
    const post = madePost(m);
    const id = post.id;
    const p = made.get(id) ?? { ...post, count: 0, line: e.line, index: e.index, spans: [] };
    p.count++;
    const { start, end, seated } = membershipSpan(m, periods);
    if (start && seated) p.spans.push([start, end ?? 'open']);
    made.set(id, p);
  }

  const chancery = (section: Section) => `chancery_${section}`;
  const overflow: DatasetElement[] = [];
  const statedSeats = new Set<string>();
  for (const section of SECTION_ORDER) {
    // Records a Chancery export carries as they are.
    for await (const e of pass(chancery(section))) yield { section, value: e.value as Obj, place: place(e) };
    switch (section) {
      case 'subjects':
        for await (const e of pass('areas')) {
          const v = e.value as Obj;
          const id = str(v['id']);
          if (id) yield { section, value: { id: areaSubject(id), kind: 'territory', name: str(v['name']) ?? id, source }, place: place(e) };
          else yield { section, value: v, place: place(e) };
        }
        break;
      case 'organizations':
        for await (const e of pass('organizations')) {
          const o = e.value as Obj;
          yield { section, value: own(o) ?? organization(o, source, areas), place: place(e) };
        }
        break;
      case 'posts':
        for await (const e of pass('posts')) {
          const p = e.value as Obj;
          yield { section, value: own(p) ?? { id: p['id'], organization: p['organization_id'], name: str(p['label']) ?? str(p['role']) ?? 'member', seats: 1, ...(date(p['start_date']) ? { start: date(p['start_date']) } : {}), ...(date(p['end_date']) ? { end: date(p['end_date']) } : {}), source }, place: place(e) };
        }
        for (const [id, p] of made) {
          // The seats the file states for the role (`seat_counts`) or the organization (`seats`), unless the
          // memberships as given overlap more (a predecessor's end not recorded): then as many as overlap, and the
          // stated number is kept as a claim on the post. Stated nowhere: as many as overlap (undated: as many as
          // there are), never one per membership of every term. A post for one area has as many seats as its
          // members overlap; the chamber's stated number is then a claim on the organization (once).
          const at = { file: label, line: p.line, path: `memberships[${p.index}]` };
          const org = orgs.get(p.org);
          const stated = (p.roleCode ? org?.seatCounts.get(p.roleCode) : undefined) ?? (org?.seatCounts.size === 1 && !p.roleCode ? [...org.seatCounts.values()][0] : undefined) ?? org?.seats;
          const overlap = maxOverlap(p.spans);
          const seats = stated !== undefined && !p.area ? Math.max(stated, overlap) : p.spans.length ? overlap : p.count;
          if (stated !== undefined && p.area && !statedSeats.has(`${p.org}/${p.role}`)) {
            statedSeats.add(`${p.org}/${p.role}`);
            overflow.push({ section: 'claims', value: { entity: `organization:${p.org}`, field: 'seats', value: String(stated), source, note: `seats of ${madePostName(p, orgs, areas, false)}${p.roleCode ? ` (${p.roleCode})` : ''}, as the file states them` }, place: at });
          } else if (stated !== undefined && !p.area && overlap > stated) {
            overflow.push({ section: 'claims', value: { entity: `post:${id}`, field: 'seats', value: String(stated), source, note: `the organization's seats; its memberships as given overlap up to ${overlap}` }, place: at });
          }
          yield { section, value: { id, organization: p.org, name: madePostName(p, orgs, areas, true), seats: Math.max(1, Math.min(seats, 100_000)), ...(p.area ? { subject: areaSubject(p.area) } : {}), source }, place: at };
        }
        break;
      case 'people':
        for await (const e of pass('persons')) {
          const p = e.value as Obj;
          const mine = own(p);
          yield { section, value: mine ?? person(p, source), place: place(e) };
          if (mine) continue;
          for (const field of ['gender', 'email', 'image'] as const) {
            const v = str(p[field]);
            if (v) yield { section: 'claims', value: { entity: `person:${p['id'] as string}`, field, value: v, source }, place: place(e) };
          }
        }
        break;
      case 'relations':
        for await (const e of pass('organizations')) {
          const o = e.value as Obj;
          if (own(o) || !str(o['parent_id'])) continue;
          yield { section, value: { from: o['id'], to: o['parent_id'], type: 'unit-of', start: date(o['founding_date']) ?? null, ...(date(o['dissolution_date']) ? { end: date(o['dissolution_date']) } : {}), source }, place: place(e) };
        }
        break;
      case 'appointments':
        for await (const e of pass('memberships')) {
          const m = e.value as Obj;
          const mine = own(m);
          if (mine) {
            yield { section, value: mine, place: place(e) };
            continue;
          }
          // Its party, period and (unless its post is the area's) area, as claims on it, read in the same pass (each
          // follows the record it is about).
          const post = str(m['post_id']) ? undefined : madePost(m);
          const a = membership(m, source, periods, post?.id);
          yield { section, value: a, place: place(e) };
          const entity = `appointment:${a['id'] as string}`;
          const party = str(m['on_behalf_of_id']);
          if (party) yield { section: 'claims', value: { entity, field: 'on-behalf-of', value: orgs.get(party)?.name ?? party, source }, place: place(e) };
          const area = str(m['area_id']);
          if (area && !post?.area) yield { section: 'claims', value: { entity, field: 'area', value: areas.get(area) ?? area, source }, place: place(e) };
          const period = str(m['legislative_period_id']);
          if (period) yield { section: 'claims', value: { entity, field: 'legislative-period', value: periods.get(period)?.name ?? period, source }, place: place(e) };
        }
        break;
      case 'claims':
        yield* overflow;
        for await (const e of pass('events')) {
          const v = e.value as Obj;
          const org = str(v['organization_id']) ?? [...orgs.keys()][0];
          const id = str(v['id']) ?? `event-${e.index}`;
          const when = [date(v['start_date']) ?? '?', date(v['end_date']) ?? ''].join('..').replace(/\.\.$/, '');
          yield { section, value: { entity: `organization:${org ?? ''}`, field: `event:${id}`, value: `${str(v['name']) ?? id}${str(v['classification']) ? ` (${str(v['classification'])})` : ''}: ${when}`, source }, place: place(e) };
        }
        break;
      default:
        break;
    }
  }
}

async function* emptyStream(): AsyncGenerator<never> {}

/** A post made for memberships that name none: the organization's role, for one area or for the whole organization. */
interface MadePost {
  id: string;
  org: string;
  role: string;
  area?: string;
  roleCode?: string;
}

const areaSubject = (id: string): string => `area:${slugify(id)}`;

/**
 * Its name: the role as the file writes it ("Member of the Scottish Parliament", "Member"); for one area, a bare
 * "member" is a member of the organization, and the area follows ("Member of Dáil Éireann for Dublin Central").
 */
const madePostName = (p: MadePost, orgs: ReadonlyMap<string, { name: string }>, areas: ReadonlyMap<string, string>, withArea: boolean): string => {
  const role = p.role.charAt(0).toUpperCase() + p.role.slice(1);
  if (!p.area) return role;
  const of = /^member$/i.test(p.role) ? `${role} of ${orgs.get(p.org)?.name ?? p.org}` : role;
  return withArea ? `${of} for ${areas.get(p.area) ?? p.area}` : of;
};

const identifiers = (x: Obj): { scheme: string; value: string }[] => {
  const list = Array.isArray(x['identifiers']) ? (x['identifiers'] as Obj[]) : [];
  const out = list.map((i) => ({ scheme: str(i['scheme']) ?? 'other', value: str(i['identifier']) ?? '' })).filter((i) => i.value);
  const wikidata = str(x['wikidata']);
  if (wikidata && !out.some((i) => i.scheme === 'wikidata' && i.value === wikidata)) out.push({ scheme: 'wikidata', value: wikidata });
  return out;
};

const otherNames = (x: Obj): Obj[] =>
  (Array.isArray(x['other_names']) ? (x['other_names'] as Obj[]) : []).flatMap((n) => {
    const name = str(n['name']);
    if (!name) return [];
    // A dated other name is the name in use then (a title, a married name); an undated one is another spelling.
    const start = date(n['start_date']);
    const end = date(n['end_date']);
    return [{ name, kind: start || end ? 'primary' : 'alias', ...(str(n['lang']) ? { lang: str(n['lang']) } : {}), ...(start ? { start } : {}), ...(end ? { end } : {}) }];
  });

/**
 * A multilingual `name` (`{"lang:en": …, "lang:cy": …}`): each language's form as a name of that language, besides
 * the one the record is shown by (English, else the first), which the record's own name already carries.
 */
const languageNames = (x: Obj): Obj[] => {
  const forms = languages(x['name']);
  return forms.filter((f, i) => f.lang && (i > 0 || f.lang !== 'en')).map((f) => ({ name: f.text, kind: 'alias', lang: f.lang }));
};

const organization = (o: Obj, source: string, areas: ReadonlyMap<string, string>): Obj => ({
  id: o['id'], name: str(o['name']) ?? o['id'], kind: KINDS[(str(o['classification']) ?? '').toLowerCase()] ?? 'other',
  ...(date(o['founding_date']) ? { formed: date(o['founding_date']) } : {}), ...(date(o['dissolution_date']) ? { dissolved: date(o['dissolution_date']) } : {}),
  ...(areas.get(str(o['area_id']) ?? '') ? { jurisdiction: areas.get(str(o['area_id'])!) } : {}),
  source, names: [...languageNames(o), ...otherNames(o)], identifiers: identifiers(o),
});

const person = (p: Obj, source: string): Obj => ({
  id: p['id'], name: str(p['name']) ?? [str(p['given_name']), str(p['family_name'])].filter(Boolean).join(' '),
  ...(date(p['birth_date']) ? { born: date(p['birth_date']) } : {}), ...(date(p['death_date']) ? { died: date(p['death_date']) } : {}),
  source, names: [...languageNames(p), ...otherNames(p)], identifiers: identifiers(p),
});

/** Seats as a file writes them: a number, or a number in a string (EveryPolitician's `seat_counts`). */
const seatNumber = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v.trim()) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : undefined;
};
/** `seat_counts`: seats per role (a Wikidata position), as EveryPolitician's m17n files state them per organization. */
const seatCounts = (v: unknown): Map<string, number> =>
  new Map(v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v as Obj).flatMap(([k, n]) => (seatNumber(n) ? [[k, seatNumber(n)!] as const] : [])) : []);

export type Periods = ReadonlyMap<string, { name: string; start?: string; end?: string }>;

/**
 * A membership's span: its own dates, else its legislative period's. One whose own end falls on or before the start
 * it takes from its period was elected (or chosen) for the term but never sat in it (died, disqualified, took
 * another seat): not `seated`, kept as a nomination rather than refused for ending before it starts.
 */
export const membershipSpan = (m: Obj, periods: Periods): { start?: string; end?: string; fromPeriod: boolean; seated: boolean } => {
  const period = periods.get(str(m['legislative_period_id']) ?? '');
  const own = date(m['start_date']);
  const start = own ?? period?.start;
  const end = date(m['end_date']) ?? period?.end;
  const ownEnd = date(m['end_date']);
  const from = start ? tryParsePartialDate(start) : undefined;
  const to = ownEnd ? tryParsePartialDate(ownEnd) : undefined;
  const seated = !(own === undefined && from && to && to.latest <= from.earliest);
  return { ...(start ? { start } : {}), ...(end ? { end } : {}), fromPeriod: own === undefined && start !== undefined, seated };
};

const membership = (m: Obj, source: string, periods: Periods, madePostId: string | undefined): Obj => {
  const post = str(m['post_id']) ?? madePostId;
  const { start, end, fromPeriod, seated } = membershipSpan(m, periods);
  const person = m['person_id'];
  const id = str(m['id']) ?? `${post}:${String(person)}:${start ?? 'undated'}`;
  if (!seated) {
    const period = periods.get(str(m['legislative_period_id']) ?? '');
    return {
      id, post, person, start: null, end: end!, kind: 'nominated', source,
      note: `chosen for ${period?.name ?? 'the term'} (from ${start!}), but the membership ends ${end!}, before it: never seated`,
    };
  }
  return { id, post, person, start: start ?? null, end: end ?? 'open', source, ...(fromPeriod ? { note: 'dates of the legislative period' } : {}) };
};
