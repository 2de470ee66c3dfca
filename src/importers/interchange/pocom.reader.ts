import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../domain/errors.js';
import { groupBy } from '../../domain/group-by.js';
import { subjectCatalog } from '../../domain/subjects/subject-catalog.js';
import { formatDay } from '../../domain/time/day.js';
import { tryParsePartialDate } from '../../domain/time/partial-date.js';
import type { Place } from '../../dataset/import-report.js';
import { maxOverlap } from './overlap.js';
import type { DatasetElement } from '../../dataset/dataset-records.js';
import { lineCounter, xmlElements, xmlText, xmlTexts } from './xml-lite.js';

const SOURCE = 'pocom';
const STATE = 'us-department-of-state';

interface Term {
  id: string;
  person: string;
  role: string;
  post: string;
  territory?: string;
  appointed?: string;
  started?: string;
  ended?: string;
  endedNote?: string;
  note?: string;
  place: Place;
}

const date = (xml: string, tag: string): string | undefined => {
  const el = xmlElements(xml, tag).next();
  if (el.done) return undefined;
  const d = xmlText(el.value.body, 'date');
  return d && tryParsePartialDate(d) ? d : undefined;
};
const dateNote = (xml: string, tag: string): string | undefined => {
  const el = xmlElements(xml, tag).next();
  return el.done ? undefined : xmlText(el.value.body, 'note');
};

/** POCOM's own id read as words: "united-kingdom" → "United Kingdom" (its files name territories only by id). */
const words = (id: string): string => id.replace(/-\d{4}$/, '').split('-').map((w) => (w === 'and' || w === 'of' || w === 'the' ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');

/** Territory ids whose words are not a name the catalog knows. */
const TERRITORY_CODES: Record<string, string> = {
  'congo-democratic-republic': 'CD', 'congo-kinshasa': 'CD', 'congo-republic': 'CG', 'congo-brazzaville': 'CG', korea: 'KR', burma: 'MM',
  'micronesia-federated-states-of': 'FM', 'holy-see': 'VA', 'cote-divoire': 'CI', macedonia: 'MK', swaziland: 'SZ', 'german-democratic-republic': 'DD',
  'czechoslovakia-1993': 'CS', czechoslovakia: 'CS', 'socialist-federal-republic-of-yugoslavia-1992': 'YU', 'yugoslavia-1946': 'YU', yugoslavia: 'YU',
  'albania-1946': 'AL', 'south-vietnam-1975': 'VN', 'state-of-vietnam-1955': 'VN', 'timor-leste': 'TL', 'bosnia-herzegovina': 'BA',
  'antigua-barbuda': 'AG', 'antigua-and-barbuda': 'AG', russia: 'RU', 'soviet-union': 'SU', 'cape-verde': 'CV',
};

/**
 * POCOM (the U.S. Department of State's Principal Officers and Chiefs of Mission, CC0): people; principal positions
 * (the Secretary of State and others) and chiefs of mission per country and international organization, each a post
 * of the Department of State; their terms with appointed, started and ended dates, role titles and notes. A term
 * without a start (never presented credentials, never took office) is a nomination, not a term. An envoy accredited to
 * several countries at once holds each country's post, and the mission he resided at is recorded as handling the
 * others (non-resident accreditation) for the term. The name a country had then is a claim on the term. A post has as
 * many seats as the most terms that overlap in it (docs/formats.md).
 */
export async function* pocomElements(dir: string, label: string): AsyncGenerator<DatasetElement> {
  if (!existsSync(join(dir, 'positions-principals'))) throw new DomainError('PARSE_ERROR', 'not a POCOM folder (no positions-principals/)', { file: label });
  const catalog = subjectCatalog();
  const file = (...p: string[]) => ({ path: join(dir, ...p), label: join(label, ...p) });
  const read = (...p: string[]) => readFileSync(join(dir, ...p), 'utf8');
  const at = (f: { label: string }, line: number, path?: string): Place => ({ file: f.label, line, ...(path ? { path } : {}) });

  yield {
    section: 'sources', place: { file: label, path: 'source' },
    value: {
      id: SOURCE, title: 'Principal Officers and Chiefs of Mission', url: 'https://history.state.gov/departmenthistory/people/principals-chiefs', kind: 'dataset',
      publisher: 'Office of the Historian, U.S. Department of State', license: 'CC0', note: `imported from ${label}`,
    },
  };

  const roles = new Map<string, string>();
  for (const f of readdirSync(join(dir, 'roles-country-chiefs')).filter((x) => x.endsWith('.xml'))) {
    const xml = read('roles-country-chiefs', f);
    const id = xmlText(xml, 'id');
    const name = xmlText(xml, 'singular');
    if (id && name) roles.set(id, name);
  }

  // Posts and their terms, read once (POCOM is a few thousand terms).
  const posts: { id: string; name: string; subject?: string; start?: string; end?: string; place: Place }[] = [];
  const terms: Term[] = [];
  const subjects = new Map<string, { id: string; name: string; place: Place }>();
  const subjectOf = (territory: string, place: Place): string => {
    const code = TERRITORY_CODES[territory];
    const known = (code ? catalog.resolve(code) : undefined) ?? catalog.resolve(words(territory)) ?? catalog.resolve(territory.replace(/-/g, ' '));
    if (known) return known.id;
    const id = `territory:${territory}`;
    if (!subjects.has(id)) subjects.set(id, { id, name: words(territory), place });
    return id;
  };
  const readTerms = (xml: string, f: { label: string }, post: string, tag: string, territory?: string) => {
    const line = lineCounter(xml);
    for (const { body, offset } of xmlElements(xml, tag)) {
      const id = xmlText(body, 'id');
      const person = xmlText(body, 'person-id');
      if (!id || !person) continue;
      const contemporary = xmlText(body, 'contemporary-territory-id');
      terms.push({
        id, person, role: xmlText(body, 'role-title-id') ?? '', post, ...(contemporary ?? territory ? { territory: contemporary ?? territory } : {}),
        ...(date(body, 'appointed') ? { appointed: date(body, 'appointed')! } : {}), ...(date(body, 'started') ? { started: date(body, 'started')! } : {}),
        ...(date(body, 'ended') ? { ended: date(body, 'ended')! } : {}), ...(dateNote(body, 'ended') ? { endedNote: dateNote(body, 'ended')! } : {}),
        ...(lastNote(body) ? { note: lastNote(body)! } : {}), place: at(f, line(offset), id),
      });
    }
  };

  for (const name of readdirSync(join(dir, 'positions-principals')).filter((x) => x.endsWith('.xml')).sort()) {
    const f = file('positions-principals', name);
    const xml = read('positions-principals', name);
    const id = xmlText(xml, 'id') ?? name.replace(/\.xml$/, '');
    const post = `pocom:principal:${id}`;
    roles.set(id, xmlText(xml, 'singular') ?? words(id));
    const start = xmlText(xml.slice(0, xml.indexOf('<principals>') >>> 0), 'start');
    const end = xmlText(xml.slice(0, xml.indexOf('<principals>') >>> 0), 'end');
    posts.push({ id: post, name: roles.get(id)!, ...(start && tryParsePartialDate(start) ? { start } : {}), ...(end && tryParsePartialDate(end) ? { end } : {}), place: at(f, 1) });
    readTerms(xml, f, post, 'principal');
  }
  for (const name of readdirSync(join(dir, 'missions-countries')).filter((x) => x.endsWith('.xml')).sort()) {
    const f = file('missions-countries', name);
    const xml = read('missions-countries', name);
    const territory = xmlText(xml, 'territory-id') ?? name.replace(/\.xml$/, '');
    const post = `pocom:chief-of-mission:${territory}`;
    posts.push({ id: post, name: `Chief of Mission to ${words(territory)}`, subject: subjectOf(territory, at(f, 1)), place: at(f, 1) });
    readTerms(xml, f, post, 'chief', territory);
  }
  for (const name of readdirSync(join(dir, 'missions-orgs')).filter((x) => x.endsWith('.xml')).sort()) {
    const f = file('missions-orgs', name);
    const xml = read('missions-orgs', name);
    const id = xmlText(xml, 'id') ?? name.replace(/\.xml$/, '');
    const post = `pocom:chief-of-mission:${id}`;
    const title = xmlText(xml, 'singular') ?? words(id);
    roles.set(id, title);
    // "Representative of the U.S.A. to the Association of Southeast Asian Nations (Jakarta)" → the body's name.
    const to = title.lastIndexOf(' to the ');
    const paren = title.indexOf('(');
    const body = catalog.resolve(title.slice(to >= 0 ? to + 8 : 0, paren > to ? paren : undefined).trim());
    posts.push({ id: post, name: title, ...(body ? { subject: body.id } : {}), place: at(f, 1) });
    readTerms(xml, f, post, 'chief');
  }

  // Concurrent accreditations: the envoy resided at one mission and was accredited from it to the others.
  const byId = new Map(terms.map((t) => [t.id, t]));
  const missions = new Map<string, { id: string; name: string; place: Place }>();
  const accreditations: { unit: string; term: Term; resident: boolean; place: Place }[] = [];
  for (const name of readdirSync(join(dir, 'concurrent-appointments')).filter((x) => x.endsWith('.xml')).sort()) {
    const f = file('concurrent-appointments', name);
    const xml = read('concurrent-appointments', name);
    const residentBlock = xmlElements(xml, 'resident-at').next();
    const resident = residentBlock.done ? undefined : xmlText(residentBlock.value.body, 'contemporary-territory-id');
    if (!resident) continue;
    const unit = `pocom:mission:${resident}`;
    if (!missions.has(unit)) missions.set(unit, { id: unit, name: `United States mission in ${words(resident)}`, place: at(f, 1) });
    for (const chief of xmlTexts(xml, 'chief-id')) {
      const term = byId.get(chief);
      if (term?.territory) accreditations.push({ unit, term, resident: term.territory === resident, place: at(f, 1, chief) });
    }
  }

  const accreditedTo = new Map(accreditations.map((a) => [a, subjectOf(a.term.territory!, a.place)]));
  for (const s of subjects.values()) yield { section: 'subjects', value: { id: s.id, kind: 'territory', name: s.name, source: SOURCE }, place: s.place };
  yield { section: 'organizations', value: { id: STATE, name: 'United States Department of State', kind: 'ministry', jurisdiction: 'United States', source: SOURCE }, place: { file: label, path: 'organization' } };
  for (const m of missions.values()) yield { section: 'organizations', value: { id: m.id, name: m.name, kind: 'mission', source: SOURCE }, place: m.place };
  for (const m of missions.values()) yield { section: 'relations', value: { from: m.id, to: STATE, type: 'unit-of', start: null, end: 'unknown', source: SOURCE }, place: m.place };

  // Seats: as many as the most terms that run at once in the post (an ambassador and a chargé, two deputies…).
  const byPost = groupBy(terms, (t) => t.post);
  for (const p of posts) {
    const latest = (byPost.get(p.id) ?? []).reduce<string | undefined>((m, t) => (t.started && (!m || t.started > m) ? t.started : m), undefined);
    const seats = maxOverlap((byPost.get(p.id) ?? []).filter((t) => t.started).map((t) => [t.started!, t.ended ?? (t.started === latest ? 'open' : undefined)]));
    yield { section: 'posts', value: { id: p.id, organization: STATE, name: p.name, seats: Math.max(1, seats), ...(p.subject ? { subject: p.subject } : {}), ...(p.start ? { start: p.start } : {}), ...(p.end ? { end: p.end } : {}), source: SOURCE }, place: p.place };
  }

  const people = new Set(terms.map((t) => t.person));
  for (const letter of readdirSync(join(dir, 'people')).sort()) {
    for (const name of readdirSync(join(dir, 'people', letter)).filter((x) => x.endsWith('.xml')).sort()) {
      const f = file('people', letter, name);
      const xml = read('people', letter, name);
      const id = xmlText(xml, 'id') ?? name.replace(/\.xml$/, '');
      const full = [xmlText(xml, 'forename'), xmlText(xml, 'surname')].filter(Boolean).join(' ') + (xmlText(xml, 'genName') ? ` ${xmlText(xml, 'genName')}` : '');
      const born = xmlText(xml, 'birth');
      const died = xmlText(xml, 'death');
      people.delete(id);
      yield {
        section: 'people', place: at(f, 1),
        value: {
          id: `pocom:${id}`, name: full || words(id), ...(born && tryParsePartialDate(born) ? { born } : {}), ...(died && tryParsePartialDate(died) ? { died } : {}),
          source: SOURCE, identifiers: [{ scheme: 'pocom', value: id }],
        },
      };
    }
  }

  // A term whose person has no file: the person is recorded under POCOM's id, read as a name, and says so.
  for (const id of people) {
    const t = terms.find((x) => x.person === id)!;
    yield { section: 'people', place: t.place, value: { id: `pocom:${id}`, name: words(id), source: SOURCE, identifiers: [{ scheme: 'pocom', value: id }] } };
    yield { section: 'claims', place: t.place, value: { entity: `person:pocom:${id}`, field: 'name', value: words(id), source: SOURCE, note: 'POCOM has no file for this person: the name is read from its id' } };
  }

  const lastStart = new Map<string, string>();
  for (const t of terms) if (t.started && (!lastStart.has(t.post) || lastStart.get(t.post)! < t.started)) lastStart.set(t.post, t.started);
  for (const t of terms) {
    const acting = /ad-interim|pro-tem|acting/.test(t.role);
    // Without a start the person was named but never served: a nomination, dated by the appointment.
    const nominated = !t.started;
    // A term without an end is running only if it is the post's latest; an older one's end is unknown.
    let end = t.ended ?? (nominated ? 'unknown' : lastStart.get(t.post) === t.started ? 'open' : 'unknown');
    let note = noteOf(t, roles);
    const from = tryParsePartialDate((nominated ? t.appointed : t.started) ?? '');
    const to = t.ended ? tryParsePartialDate(t.ended) : undefined;
    if (from && to && to.latest <= from.earliest) {
      // Started and ended the same day (a secretary ad interim for a day): that day. Ended before it started (a
      // slip in the source): the end is unknown, and the source's end is kept as a claim.
      const oneDay = t.ended === (nominated ? t.appointed : t.started) && to.earliest === to.latest;
      end = oneDay ? formatDay(to.latest + 1) : 'unknown';
      note = [note, oneDay ? 'started and ended the same day' : `the source ends it on ${t.ended}, before it starts`].filter(Boolean).join('; ');
      if (!oneDay) yield { section: 'claims', place: t.place, value: { entity: `appointment:pocom:${t.id}`, field: 'ended-as-given', value: t.ended!, source: SOURCE, note: 'before the start the source gives' } };
    }
    yield {
      section: 'appointments', place: t.place,
      value: {
        id: `pocom:${t.id}`, post: t.post, person: `pocom:${t.person}`, start: nominated ? (t.appointed ?? null) : t.started, end,
        kind: nominated ? 'nominated' : acting ? 'acting' : 'substantive', ...(t.appointed && !nominated ? { appointed: t.appointed } : {}), source: SOURCE,
        ...(note ? { note } : {}),
      },
    };
  }
  // An accreditation the source gives no end for ended, at the latest, when the mission's next one to the same
  // country began (one envoy at a time): bounded so, and said so, rather than left running into the next.
  const next = new Map<(typeof accreditations)[number], string>();
  const byPair = groupBy(accreditations.filter((a) => a.term.started), (a) => `${a.unit}>${accreditedTo.get(a)}`);
  for (const list of byPair.values()) {
    list.sort((x, y) => x.term.started!.localeCompare(y.term.started!));
    list.forEach((a, i) => list[i + 1] && list[i + 1]!.term.started! > a.term.started! && next.set(a, list[i + 1]!.term.started!));
  }
  for (const a of accreditations) {
    const from = a.term.started ? tryParsePartialDate(a.term.started) : undefined;
    const to = a.term.ended ? tryParsePartialDate(a.term.ended) : undefined;
    const ordered = !from || !to || to.latest > from.earliest;
    const bound = (!a.term.ended || !ordered) && next.has(a) ? `${a.term.started}..${next.get(a)}` : undefined;
    yield {
      section: 'responsibilities', place: a.place,
      value: {
        unit: a.unit, subject: accreditedTo.get(a)!, role: a.resident ? 'resident-mission' : 'non-resident-mission',
        start: a.term.started ?? null, end: (ordered ? a.term.ended : undefined) ?? bound ?? 'unknown', source: SOURCE,
        note: `concurrent accreditation (${a.term.id})${bound ? `; no end in the source: it ended by ${next.get(a)}, when the next began` : ''}`,
      },
    };
  }
  for (const t of terms) {
    const post = t.post.replace('pocom:chief-of-mission:', '');
    if (t.territory && t.territory !== post && t.post.startsWith('pocom:chief-of-mission:')) {
      yield { section: 'claims', place: t.place, value: { entity: `appointment:pocom:${t.id}`, field: 'country-name-then', value: words(t.territory), source: SOURCE } };
    }
  }
}

/** The term's last own note (its `<note>` after the dated elements), not a date's note. */
const lastNote = (body: string): string | undefined => {
  const end = body.lastIndexOf('</ended>');
  return end >= 0 ? xmlText(body.slice(end), 'note') : undefined;
};

const noteOf = (t: Term, roles: Map<string, string>): string | undefined =>
  [roles.get(t.role) ?? (t.role || undefined), t.endedNote ? `ended: ${t.endedNote}` : undefined, t.note].filter(Boolean).join('; ') || undefined;
