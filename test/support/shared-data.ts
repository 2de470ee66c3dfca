import { readdirSync, readFileSync } from 'node:fs';
import { parseCsv } from '../../src/importers/csv/csv-reader.js';
import { sharedPath } from './shared.js';

/** A CSV file of ../shared/data as rows of named fields (the project's own RFC 4180 reader; the files are small). */
export const csvRows = (...path: string[]): Record<string, string>[] => {
  const [header, ...body] = parseCsv(readFileSync(sharedPath('data', ...path), 'utf8'));
  return body.filter((r) => r.length === header!.length).map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
};

const tag = (xml: string, name: string): string | undefined => xml.match(new RegExp(`<${name}>([^<]*)</${name}>`))?.[1]?.trim() || undefined;
const dated = (xml: string, name: string): string | undefined => xml.match(new RegExp(`<${name}>\\s*<date>([^<]*)</date>`))?.[1]?.trim() || undefined;

/** One chief of mission of POCOM, by its id, from the country file it is in. */
export const pocomChief = (id: string) => {
  for (const f of readdirSync(sharedPath('data', 'pocom', 'missions-countries'))) {
    const text = readFileSync(sharedPath('data', 'pocom', 'missions-countries', f), 'utf8');
    const at = text.indexOf(`<id>${id}</id>`);
    if (at < 0) continue;
    const xml = text.slice(text.lastIndexOf('<chief>', at), text.indexOf('</chief>', at));
    return {
      id, file: f, person: tag(xml, 'person-id')!, role: tag(xml, 'role-title-id')!, territory: tag(xml, 'contemporary-territory-id')!,
      appointed: dated(xml, 'appointed'), started: dated(xml, 'started'), ended: dated(xml, 'ended'), note: tag(xml, 'note'),
    };
  }
  throw new Error(`no POCOM chief ${id}`);
};

export const pocomPerson = (id: string) => {
  const xml = readFileSync(sharedPath('data', 'pocom', 'people', id[0]!, `${id}.xml`), 'utf8');
  return { id, name: `${tag(xml, 'forename')} ${tag(xml, 'surname')}`, birth: tag(xml, 'birth'), death: tag(xml, 'death') };
};

export const pocomFile = (...path: string[]): string => readFileSync(sharedPath('data', 'pocom', ...path), 'utf8');
export const xmlTag = tag;
export const xmlDate = dated;
