import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../domain/errors.js';
import { groupBy } from '../../domain/group-by.js';
import { tryParsePartialDate } from '../../domain/time/partial-date.js';
import { readCsvFile } from '../csv/csv-reader.js';
import type { Place } from '../../dataset/import-report.js';
import { jsonObject, readJsonFile } from '../json-file.js';
import { slugify } from '../../domain/names.js';
import type { DatasetElement } from '../../dataset/dataset-records.js';
import { maxOverlap } from './overlap.js';

const WIKIDATA = 'wikidata';
type Row = Record<string, string> & { _place?: never };
interface Read {
  rows: Row[];
  places: Place[];
}

/**
 * A Wikidata date with its precision code (9 year, 10 month, 11 day): kept to that precision and no finer, so a
 * year-precision date is stored as a year. Without a code, the text's own precision.
 */
export const wikidataDate = (value: string | undefined, precision?: string): string | undefined => {
  const raw = (value ?? '').trim().replace(/^\+/, '');
  const v = raw.includes('T') ? raw.slice(0, raw.indexOf('T')) : raw;
  if (!v) return undefined;
  const p = Number(precision);
  const cut = p === 9 ? v.slice(0, 4) : p === 10 ? v.slice(0, 7) : v;
  return tryParsePartialDate(cut) ? cut : undefined;
};

/** The columns each table must have (the others this reader reads are optional). */
const COLUMNS: Record<string, readonly string[]> = {
  'all-cabinets.csv': ['item', 'itemLabel'], 'ministries.csv': ['item', 'itemLabel'], 'cabinet-positions.csv': ['item', 'itemLabel'],
  'wanted-positions.csv': ['position', 'title'], 'xtra-positions.csv': ['position', 'title'], 'legislative-positions.csv': ['position', 'title'],
  'position-info.csv': ['position', 'positionLabel'], 'bio.csv': ['id', 'name'], 'holders21.csv': ['position', 'person'],
  'current.csv': ['position', 'person'], 'legislators.csv': ['position', 'person'], 'officeholders.csv': ['position', 'officeholder'],
  'current-cabinet.csv': ['position', 'positionLabel', 'item', 'itemLabel'],
  'wpoffice:wikidata.csv': ['item', 'itemLabel'], 'wpoffice:scraped.csv': ['item', 'itemLabel'], 'cabinet:wikidata.csv': ['item', 'itemLabel', 'position', 'positionLabel'],
  'cabinet:scraped.csv': ['itemLabel', 'positionLabel'], 'cabinet:positions.csv': ['position', 'positionlabel'], 'family.csv': ['id', 'name', 'relative'], 'predecessors.csv': ['positionid', 'position', 'from'],
  'successors.csv': ['positionid', 'position', 'from'], 'enwiki-index.csv': ['wikidata', 'title'],
};

/** A field of a JSON object that must be a non-empty text, refused with its file and field otherwise. */
const text = (o: Record<string, unknown>, field: string, file: string): string => {
  const v = o[field];
  if (typeof v !== 'string' || v.trim() === '') throw new DomainError('PARSE_ERROR', `"${field}" must be a non-empty text`, { file, line: 1, field });
  return v;
};

const metaOf = (raw: Record<string, unknown>, file: string): { jurisdiction: { id: string; name: string }; cabinet: { parent: string } } => {
  const jurisdiction = jsonObject(raw['jurisdiction'], file, '"jurisdiction"');
  const cabinet = jsonObject(raw['cabinet'], file, '"cabinet"');
  return { jurisdiction: { id: text(jurisdiction, 'id', file), name: text(jurisdiction, 'name', file) }, cabinet: { parent: text(cabinet, 'parent', file) } };
};

const normal = (title: string): string => title.toLowerCase().replace(/ of (north korea|the cabinet|the dprk)$/, '').replace(/-/g, ' ').replace(/^the /, '').trim();
const qid = (v: string | undefined): string | undefined => (v && /^Q\d+$/.test(v.trim()) ? v.trim() : undefined);

/**
 * Tables of North Korean office holders drawn from Wikidata (CC0) and the Wikipedia pages that list them: people with
 * dates of birth and death at their Wikidata precision; the state, the cabinet, its successive cabinets and
 * ministries; positions (with their lives, predecessors and successors) as posts; holders as appointments, each from
 * the file that states it. QIDs are kept as identifiers. Where a Wikidata statement and a Wikipedia page give a term,
 * each is imported from its own source: the same term is one fact cited by both, and where their dates differ each
 * source's dates are kept as claims (docs/formats.md). Summaries (stats.csv, diff.csv) restate these and are not read.
 */
export async function* wikidataElements(dir: string, label: string): AsyncGenerator<DatasetElement> {
  if (!existsSync(join(dir, 'meta.json')) || !existsSync(join(dir, 'wikidata'))) throw new DomainError('PARSE_ERROR', 'not a Wikidata tables folder (meta.json and wikidata/ are needed)', { file: label });
  // Each table is read with the columns this reader counts on: a file without one is refused at its header.
  const read = async (...p: string[]): Promise<Read> => {
    const out: Read = { rows: [], places: [] };
    const file = p.join('/');
    if (!existsSync(join(dir, file))) return out;
    const name = p[p.length - 1]!;
    for await (const r of readCsvFile(join(dir, file), join(label, file), COLUMNS[p[0] === 'sources' ? `${p[1]}:${name}` : name] ?? [])) {
      out.rows.push(r.fields as Row);
      out.places.push({ file: join(label, ...p), line: r.line });
    }
    return out;
  };
  const json = (...p: string[]) => jsonObject(readJsonFile(join(dir, ...p), join(label, ...p)), join(label, ...p), 'the file');
  const meta = metaOf(json('meta.json'), join(label, 'meta.json'));
  const state = `wd:${meta.jurisdiction.id}`;
  const cabinet = `wd:${meta.cabinet.parent}`;
  const here = (f: string): Place => ({ file: join(label, f) });

  // Sources: Wikidata, and each page or reference a table was checked against.
  const sources = new Map<string, Record<string, unknown>>();
  sources.set(WIKIDATA, { id: WIKIDATA, title: 'Wikidata', url: 'https://www.wikidata.org/', kind: 'dataset', license: 'CC0', note: `as drawn into ${label}` });
  const pageSource = (url: string, title?: string): string => {
    const id = `web:${slugify(url.replace(/^https?:\/\//, ''))}`;
    if (!sources.has(id)) sources.set(id, { id, title: title ?? decodeURIComponent(url.split('/').pop() ?? url).replace(/_/g, ' '), url, kind: 'web-page' });
    return id;
  };

  // Posts: every position named anywhere, by QID where there is one, else by its label.
  const posts = new Map<string, { id: string; name: string; organization: string; start?: string; end?: string; place: Place }>();
  const byTitle = new Map<string, string>();
  const post = (q: string | undefined, title: string, place: Place, organization = state): string => {
    const id = q ? `wd:${q}` : byTitle.get(normal(title)) ?? `nk:post:${slugify(title)}`;
    if (!posts.has(id)) posts.set(id, { id, name: title, organization, place });
    if (!byTitle.has(normal(title))) byTitle.set(normal(title), id);
    return id;
  };
  const orgs = new Map<string, Record<string, unknown> & { place: Place }>();
  orgs.set(state, { id: state, name: meta.jurisdiction.name, kind: 'state', source: WIKIDATA, identifiers: [{ scheme: 'wikidata', value: meta.jurisdiction.id }], place: here('meta.json') });
  orgs.set(cabinet, { id: cabinet, name: `Cabinet of ${meta.jurisdiction.name}`, kind: 'cabinet', source: WIKIDATA, identifiers: [{ scheme: 'wikidata', value: meta.cabinet.parent }], place: here('meta.json') });
  const relations: DatasetElement[] = [{ section: 'relations', value: { from: cabinet, to: state, type: 'agency-of', start: null, end: 'unknown', source: WIKIDATA }, place: here('meta.json') }];
  const successions: DatasetElement[] = [];
  const claims: DatasetElement[] = [];

  const cabinets = await read('wikidata', 'results', 'all-cabinets.csv');
  cabinets.rows.forEach((r, i) => {
    const id = `wd:${r['item']}`;
    orgs.set(id, {
      id, name: r['itemLabel'], kind: 'cabinet', source: WIKIDATA, identifiers: [{ scheme: 'wikidata', value: r['item'] }],
      ...(wikidataDate(r['inception'], r['inceptionPrecision']) ? { formed: wikidataDate(r['inception'], r['inceptionPrecision']) } : {}),
      ...(wikidataDate(r['abolished'], r['abolishedPrecision']) ? { dissolved: wikidataDate(r['abolished'], r['abolishedPrecision']) } : {}), place: cabinets.places[i]!,
    });
    if (qid(r['replacedBy'])) successions.push({ section: 'successions', value: { type: 'organization', from: id, to: `wd:${r['replacedBy']}`, kind: 'continues-as', date: wikidataDate(r['abolished'], r['abolishedPrecision']) ?? null, source: WIKIDATA }, place: cabinets.places[i]! });
  });
  const ministries = await read('wikidata', 'results', 'ministries.csv');
  ministries.rows.forEach((r, i) => {
    if (!qid(r['item'])) return;
    orgs.set(`wd:${r['item']}`, { id: `wd:${r['item']}`, name: r['itemLabel'], kind: 'ministry', source: WIKIDATA, identifiers: [{ scheme: 'wikidata', value: r['item'] }], place: ministries.places[i]! });
    relations.push({ section: 'relations', value: { from: `wd:${r['item']}`, to: cabinet, type: 'unit-of', start: wikidataDate(r['began']) ?? null, end: wikidataDate(r['ended']) ?? 'unknown', source: WIKIDATA }, place: ministries.places[i]! });
    if (qid(r['minister'])) post(r['minister'], r['ministerLabel'] ?? r['minister']!, ministries.places[i]!, `wd:${r['item']}`);
  });
  const cabinetPositions = await read('wikidata', 'results', 'cabinet-positions.csv');
  cabinetPositions.rows.forEach((r, i) => {
    const ministry = qid(r['ministry']);
    if (ministry && !orgs.has(`wd:${ministry}`)) {
      orgs.set(`wd:${ministry}`, { id: `wd:${ministry}`, name: r['ministryLabel'] || ministry, kind: 'ministry', source: WIKIDATA, identifiers: [{ scheme: 'wikidata', value: ministry }], place: cabinetPositions.places[i]! });
      relations.push({ section: 'relations', value: { from: `wd:${ministry}`, to: cabinet, type: 'unit-of', start: null, end: 'unknown', source: WIKIDATA }, place: cabinetPositions.places[i]! });
    }
    if (qid(r['item'])) post(r['item'], r['itemLabel']!, cabinetPositions.places[i]!, ministry ? `wd:${ministry}` : cabinet);
  });
  for (const f of ['wanted-positions.csv', 'xtra-positions.csv', 'legislative-positions.csv']) {
    const t = await read('wikidata', f);
    t.rows.forEach((r, i) => qid(r['position']) && post(r['position'], r['title']!, t.places[i]!));
  }
  const info = await read('wikidata', 'results', 'position-info.csv');
  info.rows.forEach((r, i) => {
    if (!qid(r['position'])) return;
    const id = post(r['position'], r['positionLabel']!, info.places[i]!);
    const p = posts.get(id)!;
    if (wikidataDate(r['inception'])) p.start = wikidataDate(r['inception'])!;
    if (wikidataDate(r['abolished'])) p.end = wikidataDate(r['abolished'])!;
    if (qid(r['successor'])) successions.push({ section: 'successions', value: { type: 'post', from: id, to: post(r['successor'], r['successorLabel'] || r['successor']!, info.places[i]!), kind: 'continues-as', source: WIKIDATA }, place: info.places[i]! });
    if (qid(r['deputy'])) claims.push({ section: 'claims', value: { entity: `post:${id}`, field: 'deputy', value: r['deputyLabel'] || r['deputy']!, source: WIKIDATA }, place: info.places[i]! });
  });
  for (const f of ['other-positions.csv', 'missing-ambassadors.csv']) {
    const t = await read('wikidata', 'results', f);
    t.rows.forEach((r, i) => {
      // A kind of office held with no jurisdiction at all (Wikidata's "no value": "foreign minister", Q7330070) is
      // not a post of this state: the state's own post has its own item (Q113470538).
      if (r['jurisdictionLabel'] === '<noval>' && r['ofLabel'] !== meta.jurisdiction.name) return;
      const q = qid(r['position']) ?? qid(r['item']);
      if (q) post(q, r['positionLabel'] || r['itemLabel'] || q, t.places[i]!);
    });
  }

  // People: bio.csv, then anyone a table names that it lacks (by QID, or by name for a page's unlinked name).
  const people = new Map<string, Record<string, unknown> & { place: Place }>();
  const bio = await read('html', 'bio.csv');
  bio.rows.forEach((r, i) => {
    if (!qid(r['id'])) return;
    const born = wikidataDate(r['dob'], r['dobp']);
    const died = wikidataDate(r['dod'], r['dodp']);
    people.set(`wd:${r['id']}`, { id: `wd:${r['id']}`, name: r['name'], ...(born ? { born } : {}), ...(died ? { died } : {}), source: WIKIDATA, identifiers: [{ scheme: 'wikidata', value: r['id'] }], place: bio.places[i]! });
    if (r['gender']) claims.push({ section: 'claims', value: { entity: `person:wd:${r['id']}`, field: 'gender', value: r['gender'], source: WIKIDATA }, place: bio.places[i]! });
  });
  const person = (q: string | undefined, name: string, place: Place, source: string): string => {
    const id = q ? `wd:${q}` : `nk:person:${slugify(name)}`;
    if (!people.has(id)) people.set(id, { id, name, source, ...(q ? { identifiers: [{ scheme: 'wikidata', value: q }] } : {}), place });
    return id;
  };

  // Terms, each from the file (and so the source) that states it.
  const terms: DatasetElement[] = [];
  const term = (postId: string, personId: string, start: string | undefined, end: string | undefined, source: string, place: Place, id?: string, note?: string) => {
    terms.push({ section: 'appointments', value: { ...(id ? { id: `wd:${id}` } : {}), post: postId, person: personId, start: start ?? null, end: end ?? (start ? 'open' : 'unknown'), source, ...(note ? { note } : {}) }, place });
  };
  for (const f of ['holders21.csv', 'current.csv', 'legislators.csv']) {
    const t = await read('html', f);
    t.rows.forEach((r, i) => term(post(undefined, r['position']!, t.places[i]!), person(qid(r['personID']), r['person']!, t.places[i]!, WIKIDATA), wikidataDate(r['start']), wikidataDate(r['end']), WIKIDATA, t.places[i]!));
  }
  const holders = await read('html', 'officeholders.csv');
  holders.rows.forEach((r, i) => qid(r['position']) && qid(r['officeholder']) && term(post(r['position'], r['position']!, holders.places[i]!), person(r['officeholder'], r['officeholder']!, holders.places[i]!, WIKIDATA), wikidataDate(r['start']), wikidataDate(r['end']), WIKIDATA, holders.places[i]!));
  const current = await read('wikidata', 'results', 'current-cabinet.csv');
  current.rows.forEach((r, i) => term(post(qid(r['position']), r['positionLabel']!, current.places[i]!), person(qid(r['item']), r['itemLabel']!, current.places[i]!, WIKIDATA), wikidataDate(r['start']), undefined, WIKIDATA, current.places[i]!, r['psid']));
  for (const office of ['foreign-minister', 'premier', 'spa-chairman', 'vice-premier']) {
    if (!existsSync(join(dir, 'sources', 'wpoffice', office, 'meta.json'))) continue;
    const metaLabel = join(label, 'sources', 'wpoffice', office, 'meta.json');
    const raw = json('sources', 'wpoffice', office, 'meta.json');
    const m = { position: text(raw, 'position', metaLabel), source: text(raw, 'source', metaLabel) };
    const page = pageSource(m.source);
    const postId = post(m.position, office.replace(/-/g, ' '), here(join('sources', 'wpoffice', office, 'meta.json')));
    const wd = await read('sources', 'wpoffice', office, 'wikidata.csv');
    wd.rows.forEach((r, i) => term(postId, person(qid(r['item']), r['itemLabel']!, wd.places[i]!, WIKIDATA), wikidataDate(r['startDate']), wikidataDate(r['endDate']), WIKIDATA, wd.places[i]!, r['psid']));
    const wp = await read('sources', 'wpoffice', office, 'scraped.csv');
    wp.rows.forEach((r, i) => term(postId, person(qid(r['item']), r['itemLabel']!, wp.places[i]!, page), wikidataDate(r['startDate']), wikidataDate(r['endDate']), page, wp.places[i]!));
  }
  for (const list of ['2021-14-4-enwiki', '2022-06-idg']) {
    if (!existsSync(join(dir, 'sources', 'cabinet', list, 'meta.json'))) continue;
    const metaLabel = join(label, 'sources', 'cabinet', list, 'meta.json');
    const raw = json('sources', 'cabinet', list, 'meta.json');
    const cab = jsonObject(raw['cabinet'], metaLabel, '"cabinet"');
    const ref = raw['reference'] && typeof raw['reference'] === 'object' ? (raw['reference'] as Record<string, unknown>) : {};
    const m = {
      cabinet: { id: text(cab, 'id', metaLabel), ...(typeof cab['start'] === 'string' ? { start: cab['start'] } : {}) },
      reference: Object.fromEntries(Object.entries(ref).filter(([, v]) => typeof v === 'string')) as Record<string, string>,
    };
    const wd = await read('sources', 'cabinet', list, 'wikidata.csv');
    const url = wd.rows.find((r) => /^https?:/.test(r['source'] ?? ''))?.['source'];
    const page = url ? pageSource(url) : pageSource(`https://www.wikidata.org/wiki/${m.reference?.['P248'] ?? m.cabinet.id}`, `Reference ${m.reference?.['P248'] ?? ''} p. ${m.reference?.['P304'] ?? ''} (as cited by Wikidata for the ${list} cabinet list)`);
    const positions = await read('sources', 'cabinet', list, 'positions.csv');
    positions.rows.forEach((r, i) => qid(r['position']) && post(r['position'], r['positionlabel']!, positions.places[i]!, cabinet));
    wd.rows.forEach((r, i) => term(post(qid(r['position']), r['positionLabel']!, wd.places[i]!, cabinet), person(qid(r['item']), r['itemLabel']!, wd.places[i]!, WIKIDATA), wikidataDate(r['startDate']), wikidataDate(r['endDate']), WIKIDATA, wd.places[i]!, r['psid']));
    const scraped = await read('sources', 'cabinet', list, 'scraped.csv');
    // A list of who sat in a cabinet on its date: where it gives no dates of a term, it says the term ran on that date,
    // not that it started then. The term is undated (its bounds unknown: it disputes no other source's dates, and is
    // the same term as a dated one of the same person and post), its note saying on what date the list has it.
    const listed = wikidataDate((m.cabinet as { start?: string }).start);
    scraped.rows.forEach((r, i) => {
      const start = wikidataDate(r['startDate']);
      term(
        post(qid(r['position']), r['positionLabel']!, scraped.places[i]!, cabinet), person(qid(r['item']), r['itemLabel']!, scraped.places[i]!, page), start,
        wikidataDate(r['endDate']) ?? (start ? undefined : 'unknown'), page, scraped.places[i]!, undefined,
        start || !listed ? undefined : `in office on ${listed} by this list (its date); the list gives no dates of the term`,
      );
    });
  }
  const family = await read('html', 'family.csv');
  family.rows.forEach((r, i) => qid(r['id']) && claims.push({ section: 'claims', value: { entity: `person:${person(r['id'], r['name']!, family.places[i]!, WIKIDATA)}`, field: r['relationship'] || 'relative', value: r['relativename'] || r['relative']!, source: WIKIDATA }, place: family.places[i]! }));
  for (const f of ['predecessors.csv', 'successors.csv']) {
    const t = await read('html', f);
    t.rows.forEach((r, i) => qid(r['positionid']) && claims.push({ section: 'claims', value: { entity: `post:${post(r['positionid'], r['position']!, t.places[i]!)}`, field: f.startsWith('pre') ? 'predecessor-term' : 'successor-term', value: `${r['from']}: ${r['start'] || '?'}..${r['end'] || ''}`, source: WIKIDATA }, place: t.places[i]! }));
  }
  const index = await read('enwiki-index.csv');
  const identifiers: DatasetElement[] = index.rows.flatMap((r, i) => (qid(r['wikidata']) ? [{ section: 'identifiers' as const, value: { entity: `person:${person(r['wikidata'], r['label'] || r['title']!, index.places[i]!, WIKIDATA)}`, scheme: 'enwiki', value: r['title']!, source: WIKIDATA }, place: index.places[i]! }] : []));

  for (const s of sources.values()) yield { section: 'sources', value: s, place: { file: label, path: `sources.${s['id'] as string}` } };
  for (const { place, ...o } of orgs.values()) yield { section: 'organizations', value: o, place };
  // Seats: as many as the most terms any one source gives at once in the post (vice premiers sit together).
  const dated = terms.map((t) => t.value as { post: string; source: string; start: string | null; end: string }).filter((v) => v.start);
  const seats = new Map<string, number>();
  for (const list of groupBy(dated, (v) => `${v.post}@${v.source}`).values()) {
    seats.set(list[0]!.post, Math.max(seats.get(list[0]!.post) ?? 1, maxOverlap(list.map((v) => [v.start!, v.end === 'unknown' ? undefined : v.end]))));
  }
  for (const p of posts.values()) {
    yield { section: 'posts', value: { id: p.id, organization: p.organization, name: p.name, seats: seats.get(p.id) ?? 1, ...(p.start ? { start: p.start } : {}), ...(p.end ? { end: p.end } : {}), source: WIKIDATA, ...(p.id.startsWith('wd:') ? { identifiers: [{ scheme: 'wikidata', value: p.id.slice(3) }] } : {}) }, place: p.place };
  }
  for (const { place, ...p } of people.values()) yield { section: 'people', value: p, place };
  yield* relations;
  yield* identifiers;
  yield* terms;
  yield* successions;
  yield* claims;
}
