import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DomainError } from '../../domain/errors.js';
import { readCsvFile } from '../csv/csv-reader.js';
import type { Place } from '../../dataset/import-report.js';
import { jsonObject, readJsonFile } from '../json-file.js';
import { slugify } from '../../domain/names.js';
import type { DatasetElement } from '../../dataset/dataset-records.js';
import { wikidataDate } from './nk-wikidata.reader.js';
import { maxOverlap } from './overlap.js';
import { popoloElements } from './popolo.reader.js';

/** A footnote mark a rendered page left in a name ("Kim Jong-un[14]"): not part of the name. */
const cleanName = (name: string): string => {
  let n = name.trim();
  while (n.endsWith(']') && n.lastIndexOf('[') > 0 && /^\[\d+\]$/.test(n.slice(n.lastIndexOf('[')))) n = n.slice(0, n.lastIndexOf('[')).trim();
  return n;
};

/**
 * An EveryPolitician folder: each Popolo file in it (a parliament), and each country folder of position files —
 * `positions.csv` (people and the positions they held, with dates), `cabinet.csv` (Wikidata position statements) and
 * `positions.json` (Wikidata position claims by person QID, with start P580, end P582). A country's positions are
 * posts of the country; each file is its own source.
 */
/** The files of a country folder: a folder holding any of them is read as one country. */
const COUNTRY_FILES = ['positions.csv', 'cabinet.csv', 'positions.json'];

interface Claim {
  id: string;
  label: string;
  qualifiers: Record<string, string>;
}

/** positions.json: Wikidata position claims by person QID, each checked for the fields read (refused with its place). */
const claimsOf = (path: string, file: string): Record<string, Claim[]> => {
  const out: Record<string, Claim[]> = {};
  for (const [person, list] of Object.entries(jsonObject(readJsonFile(path, file), file, 'positions.json'))) {
    if (!Array.isArray(list)) throw new DomainError('PARSE_ERROR', 'a person\'s positions must be a list', { file, field: person });
    out[person] = list.map((c: unknown, i) => {
      const o = c && typeof c === 'object' && !Array.isArray(c) ? (c as Record<string, unknown>) : undefined;
      if (!o || typeof o['id'] !== 'string' || !o['id'].trim()) throw new DomainError('PARSE_ERROR', 'a position claim needs an "id" (its Wikidata QID)', { file, field: `${person}[${i}].id` });
      const q = o['qualifiers'] && typeof o['qualifiers'] === 'object' ? (o['qualifiers'] as Record<string, unknown>) : {};
      const label = typeof o['label'] === 'string' && o['label'].trim() ? o['label'] : o['id'];
      return { id: o['id'], label, qualifiers: Object.fromEntries(Object.entries(q).filter(([, v]) => typeof v === 'string')) as Record<string, string> };
    });
  }
  return out;
};

/**
 * An EveryPolitician folder: each Popolo file in it (a parliament), and each country folder of position files —
 * `positions.csv` (people and the positions they held, with dates), `cabinet.csv` (Wikidata position statements) and
 * `positions.json` (Wikidata position claims by person QID, with start P580, end P582). A country's positions are
 * posts of the country; each file is its own source. A country folder given on its own is read as that country.
 */
export async function* everypoliticianElements(dir: string, label: string): AsyncGenerator<DatasetElement> {
  if (!statSync(dir).isDirectory()) throw new DomainError('INVALID_ARGUMENT', 'an EveryPolitician folder (Popolo files and country folders)', { file: label });
  const entries = readdirSync(dir).sort();
  if (entries.some((f) => COUNTRY_FILES.includes(f))) {
    yield* countryElements(dir, basename(dir), label);
    return;
  }
  for (const f of entries.filter((x) => x.endsWith('.json'))) {
    yield* popoloElements(join(dir, f), join(label, f), { source: { id: `popolo:${slugify(f.replace(/\.json$/, ''))}`, title: `Popolo file ${f}` } });
  }
  for (const country of entries.filter((x) => statSync(join(dir, x)).isDirectory())) yield* countryElements(join(dir, country), country, join(label, country));
}

/** One country folder's position files, read with the columns each must have. */
async function* countryElements(folder: string, country: string, label: string): AsyncGenerator<DatasetElement> {
  const place = (f: string, line?: number): Place => ({ file: join(label, f), ...(line ? { line } : {}) });
  const state = `ep:${slugify(country)}`;
  const source = (f: string) => `everypolitician:${slugify(country)}:${slugify(f)}`;
  const files = readdirSync(folder);
  const rows = async (f: string, columns: string[]) => {
    const out: { line: number; fields: Record<string, string> }[] = [];
    if (files.includes(f)) for await (const r of readCsvFile(join(folder, f), join(label, f), columns)) out.push(r);
    return out;
  };
  const positions = await rows('positions.csv', ['id', 'name', 'position']);
  const cabinet = await rows('cabinet.csv', ['id', 'name', 'position']);
  const claims = files.includes('positions.json') ? claimsOf(join(folder, 'positions.json'), join(label, 'positions.json')) : {};
  for (const f of files.filter((x) => /\.(csv|json)$/.test(x))) {
    yield { section: 'sources', value: { id: source(f), title: `EveryPolitician ${country.replace(/_/g, ' ')}: ${f}`, kind: 'dataset', license: 'CC0', note: `imported from ${join(label, f)}` }, place: place(f) };
  }
  yield { section: 'organizations', value: { id: state, name: country.replace(/_/g, ' '), kind: 'state', source: source(files.find((x) => x.endsWith('.csv')) ?? 'positions.csv') }, place: place('.') };

  // Posts by position: the label, or the Wikidata QID where the file gives one.
  const terms: { post: string; label: string; person: string; name: string; start?: string; end?: string; source: string; place: Place; id?: string; qid?: string }[] = [];
  for (const r of positions) terms.push({ post: `${state}:${slugify(r.fields['position']!)}`, label: r.fields['position']!, person: `ep:${r.fields['id']}`, name: cleanName(r.fields['name']!), ...(wikidataDate(r.fields['start_date']) ? { start: wikidataDate(r.fields['start_date'])! } : {}), ...(wikidataDate(r.fields['end_date']) ? { end: wikidataDate(r.fields['end_date'])! } : {}), source: source('positions.csv'), place: place('positions.csv', r.line) });
  for (const r of cabinet) terms.push({ post: `wd:${r.fields['position']}`, label: r.fields['label'] || r.fields['position']!, person: `wd:${r.fields['id']}`, name: cleanName(r.fields['name']!), qid: r.fields['id']!, ...(wikidataDate(r.fields['start_date']) ? { start: wikidataDate(r.fields['start_date'])! } : {}), ...(wikidataDate(r.fields['end_date']) ? { end: wikidataDate(r.fields['end_date'])! } : {}), source: source('cabinet.csv'), place: place('cabinet.csv', r.line), ...(r.fields['position_id'] ? { id: r.fields['position_id'] } : {}) });
  const known = new Map(cabinet.map((r) => [r.fields['id']!, cleanName(r.fields['name']!)]));
  for (const [person, list] of Object.entries(claims)) {
    for (const c of list) {
      const q = c.qualifiers;
      terms.push({ post: `wd:${c.id}`, label: c.label, person: `wd:${person}`, name: known.get(person) ?? person, qid: person, ...(wikidataDate(q['P580']) ? { start: wikidataDate(q['P580'])! } : {}), ...(wikidataDate(q['P582']) ? { end: wikidataDate(q['P582'])! } : {}), source: source('positions.json'), place: place('positions.json') });
    }
  }
  const posts = new Map<string, { label: string; spans: [string, string | 'open' | undefined][]; place: Place }>();
  for (const t of terms) {
    const p = posts.get(t.post) ?? { label: t.label, spans: [], place: t.place };
    if (t.start) p.spans.push([t.start, t.end ?? 'open']);
    posts.set(t.post, p);
  }
  for (const [id, p] of posts) yield { section: 'posts', value: { id, organization: state, name: p.label, seats: Math.max(1, maxOverlap(p.spans)), source: source(basename(p.place.file)), ...(id.startsWith('wd:') ? { identifiers: [{ scheme: 'wikidata', value: id.slice(3) }] } : {}) }, place: p.place };
  const people = new Map<string, (typeof terms)[number]>();
  for (const t of terms) if (!people.has(t.person) || people.get(t.person)!.name === t.qid) people.set(t.person, t);
  for (const [id, t] of people) {
    yield { section: 'people', value: { id, name: t.name, source: t.source, ...(t.qid ? { identifiers: [{ scheme: 'wikidata', value: t.qid }] } : {}) }, place: t.place };
    if (t.qid && t.name === t.qid) yield { section: 'claims', value: { entity: `person:${id}`, field: 'name', value: t.qid, source: t.source, note: 'the file names this person only by Wikidata id' }, place: t.place };
  }
  for (const t of terms) {
    yield { section: 'appointments', value: { ...(t.id ? { id: `wd:${t.id}` } : {}), post: t.post, person: t.person, start: t.start ?? null, end: t.end ?? (t.start ? 'open' : 'unknown'), source: t.source }, place: t.place };
  }
}
