import { DomainError } from '../../domain/errors.js';
import type { OrganizationKind } from '../../domain/model.js';
import { documentSections, streamJsonDocument } from '../dataset/json-stream.js';
import { SECTION_ORDER } from '../dataset/dataset-file.loader.js';
import type { Section } from '../dataset/dataset-file.schema.js';
import { slugify } from '../../domain/names.js';
import type { InputElement } from './elements.js';
import { maxOverlap } from './overlap.js';

type Obj = Record<string, unknown>;
/** What makes a JSON document Popolo: at least one of these lists (a Chancery export has them too). */
const POPOLO_SECTIONS = ['persons', 'organizations', 'memberships', 'posts'];
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const date = (v: unknown): string | undefined => {
  const s = str(v);
  return s && /^\d{4}(-\d{2}){0,2}$/.test(s) ? s : s?.slice(0, 10);
};

const KINDS: Record<string, OrganizationKind> = {
  legislature: 'legislature', party: 'party', 'political party': 'party', executive: 'government', government: 'government', cabinet: 'cabinet',
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
export async function* popoloElements(file: string, label: string, opts: PopoloOptions): AsyncGenerator<InputElement> {
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
  const orgs = new Map<string, { name: string; seats?: number }>();
  const periods = new Map<string, { name: string; start?: string; end?: string; org?: string }>();
  const areas = new Map<string, string>();
  for await (const e of pass('organizations')) {
    const o = e.value as Obj;
    const id = str(o['id']);
    if (id) orgs.set(id, { name: str(o['name']) ?? id, ...(typeof o['seats'] === 'number' ? { seats: o['seats'] } : {}) });
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
  // Posts made for memberships without one: one per organization and role, counted to size their seats.
  const made = new Map<string, { org: string; role: string; count: number; line: number; index: number; spans: [string, string | undefined][] }>();
  const madePostId = (org: string, role: string) => `${org}/${slugify(role) || 'member'}`;
  for await (const e of pass('memberships')) {
    const m = e.value as Obj;
    if (own(m) || str(m['post_id'])) continue;
    const org = str(m['organization_id']);
    if (!org) continue;
    const role = str(m['role']) ?? 'member';
    const id = madePostId(org, role);
    const p = made.get(id) ?? { org, role, count: 0, line: e.line, index: e.index, spans: [] };
    p.count++;
    const period = periods.get(str(m['legislative_period_id']) ?? '');
    const start = date(m['start_date']) ?? period?.start;
    if (start) p.spans.push([start, date(m['end_date']) ?? period?.end ?? 'open']);
    made.set(id, p);
  }

  const chancery = (section: Section) => `chancery_${section}`;
  const overflow: InputElement[] = [];
  for (const section of SECTION_ORDER) {
    // Records a Chancery export carries as they are.
    for await (const e of pass(chancery(section))) yield { section, value: e.value as Obj, place: place(e) };
    switch (section) {
      case 'subjects':
        for await (const e of pass('areas')) {
          const v = e.value as Obj;
          const id = str(v['id']);
          if (id) yield { section, value: { id: `area:${slugify(id)}`, kind: 'territory', name: str(v['name']) ?? id, source }, place: place(e) };
          else yield { section, value: v, place: place(e) };
        }
        break;
      case 'organizations':
        for await (const e of pass('organizations')) {
          const o = e.value as Obj;
          yield { section, value: own(o) ?? organization(o, source), place: place(e) };
        }
        break;
      case 'posts':
        for await (const e of pass('posts')) {
          const p = e.value as Obj;
          yield { section, value: own(p) ?? { id: p['id'], organization: p['organization_id'], name: str(p['label']) ?? str(p['role']) ?? 'member', seats: 1, ...(date(p['start_date']) ? { start: date(p['start_date']) } : {}), ...(date(p['end_date']) ? { end: date(p['end_date']) } : {}), source }, place: place(e) };
        }
        for (const [id, p] of made) {
          // The organization's seats, unless the memberships as given overlap more (a predecessor's end not
          // recorded): then as many as overlap, and the stated number is kept as a claim on the post.
          const stated = orgs.get(p.org)?.seats;
          const overlap = maxOverlap(p.spans);
          const seats = stated !== undefined ? Math.max(stated, overlap) : p.count;
          if (stated !== undefined && overlap > stated) {
            overflow.push({ section: 'claims', value: { entity: `post:${id}`, field: 'seats', value: String(stated), source, note: `the organization's seats; its memberships as given overlap up to ${overlap}` }, place: { file: label, line: p.line, path: `memberships[${p.index}]` } });
          }
          yield { section, value: { id, organization: p.org, name: p.role.charAt(0).toUpperCase() + p.role.slice(1), seats: Math.max(1, Math.min(seats, 100_000)), source }, place: { file: label, line: p.line, path: `memberships[${p.index}]` } };
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
          // Its party, area and period, as claims on it, read in the same pass (each follows the record it is about).
          const a = membership(m, source, periods, madePostId);
          yield { section, value: a, place: place(e) };
          const entity = `appointment:${a['id'] as string}`;
          const party = str(m['on_behalf_of_id']);
          if (party) yield { section: 'claims', value: { entity, field: 'on-behalf-of', value: orgs.get(party)?.name ?? party, source }, place: place(e) };
          const area = str(m['area_id']);
          if (area) yield { section: 'claims', value: { entity, field: 'area', value: areas.get(area) ?? area, source }, place: place(e) };
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

const organization = (o: Obj, source: string): Obj => ({
  id: o['id'], name: str(o['name']) ?? o['id'], kind: KINDS[(str(o['classification']) ?? '').toLowerCase()] ?? 'other',
  ...(date(o['founding_date']) ? { formed: date(o['founding_date']) } : {}), ...(date(o['dissolution_date']) ? { dissolved: date(o['dissolution_date']) } : {}),
  source, names: otherNames(o), identifiers: identifiers(o),
});

const person = (p: Obj, source: string): Obj => ({
  id: p['id'], name: str(p['name']) ?? [str(p['given_name']), str(p['family_name'])].filter(Boolean).join(' '),
  ...(date(p['birth_date']) ? { born: date(p['birth_date']) } : {}), ...(date(p['death_date']) ? { died: date(p['death_date']) } : {}),
  source, names: otherNames(p), identifiers: identifiers(p),
});

const membership = (m: Obj, source: string, periods: Map<string, { start?: string; end?: string }>, madePostId: (org: string, role: string) => string): Obj => {
  const post = str(m['post_id']) ?? madePostId(str(m['organization_id']) ?? '', str(m['role']) ?? 'member');
  const period = periods.get(str(m['legislative_period_id']) ?? '');
  const start = date(m['start_date']) ?? period?.start ?? null;
  const end = date(m['end_date']) ?? period?.end;
  const person = m['person_id'];
  return {
    id: str(m['id']) ?? `${post}:${String(person)}:${start ?? 'undated'}`, post, person, start, end: end ?? 'open', source,
    ...(!date(m['start_date']) && period?.start ? { note: 'dates of the legislative period' } : {}),
  };
};
