import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../domain/errors.js';
import { groupBy } from '../../domain/group-by.js';
import { subjectCatalog } from '../../domain/subjects/subject-catalog.js';
import { formatDay } from '../../domain/time/day.js';
import { tryParsePartialDate } from '../../domain/time/partial-date.js';
import type { Place, ReportEntry } from '../../dataset/import-report.js';
import { maxOverlap, standsInFor } from './overlap.js';
import type { DatasetElement } from '../../dataset/dataset-records.js';
import { attribute, child, children, childText, parseXml, unread, type Unread, useAll, type XmlElement } from './xml-document.js';

const SOURCE = 'pocom';
const STATE = 'us-department-of-state';
/** Principal positions whose holders act in another's place: "Secretary of State ad interim" acts as Secretary. */
const AD_INTERIM = /^(.+)-ad-interim$/;

interface Term {
  id: string;
  person: string;
  role: string;
  post: string;
  source: string;
  territory?: string;
  appointed?: string;
  started?: string;
  ended?: string;
  endedNote?: string;
  note?: string;
  /** POCOM counts this term with the one before it (`treatAsConsecutive`). */
  consecutive?: boolean;
  /** Listed among the post's other nominees or appointees: served only if a start is given. */
  other?: 'nominee' | 'appointee';
  acting: boolean;
  place: Place;
}

const date = (el: XmlElement, tag: string): string | undefined => {
  const d = childText(child(el, tag), 'date');
  return d && tryParsePartialDate(d) ? d : undefined;
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
 * The start of a term the source gives an end but no start for: it served (the end says so), from some day between
 * its appointment and its end. Unknown when no appointment date comes before the end.
 */
const startBetween = (after: string | undefined, ended: string): string | null => {
  const a = after ? tryParsePartialDate(after) : undefined;
  const e = tryParsePartialDate(ended);
  if (!a || !e || a.earliest >= e.earliest) return null;
  return a.earliest === e.earliest - 1 ? formatDay(a.earliest) : `${formatDay(a.earliest)}..${formatDay(e.earliest - 1)}`;
};

/**
 * POCOM (the U.S. Department of State's Principal Officers and Chiefs of Mission, CC0), read with a real XML parser:
 * people; principal positions (the Secretary of State and others) and chiefs of mission per country and international
 * organization, each a post of the Department of State; their terms with appointed, started and ended dates, role
 * titles and notes. Each post's file is a source of its own, dated by the file (its newest record's modification, or
 * its newest date if later): what it says of a term still running holds up to that day. A term with an end but no
 * start served, from a day between its appointment and its end; one with neither is a nomination. Principal officers
 * "ad interim" act in the principal's post. An acting envoy in a post while its substantive holder is in office
 * stands in for him (a cover: one seat). An envoy accredited to several countries at once holds each country's post,
 * and the mission he resided at is recorded as handling the others. The name a country had then is a claim on the
 * term. Every element and attribute read is accounted for in the report (`notes`).
 */
export async function* pocomElements(dir: string, label: string, notes: (e: ReportEntry) => void = () => {}): AsyncGenerator<DatasetElement> {
  if (!existsSync(join(dir, 'positions-principals'))) throw new DomainError('PARSE_ERROR', 'not a POCOM folder (no positions-principals/)', { file: label });
  const catalog = subjectCatalog();
  const at = (f: string, line: number, path?: string): Place => ({ file: join(label, f), line, ...(path ? { path } : {}) });
  const missed = new Map<string, Unread & { file: string }>();
  let elements = 0;
  let used = 0;
  let files = 0;
  const count = (el: XmlElement) => {
    elements++;
    if (el.used) used++;
    el.children.forEach(count);
  };
  /** Reads a file; `done` accounts for what the reader did not use once it has finished with the document. */
  const open = (...p: string[]) => {
    const f = join(...p);
    const root = parseXml(readFileSync(join(dir, f), 'utf8'), join(label, f));
    root.used = true;
    const done = () => {
      files++;
      count(root);
      for (const u of unread(root).values()) {
        const m = missed.get(u.path);
        if (m) m.count += u.count;
        else missed.set(u.path, { ...u, file: join(label, f) });
      }
    };
    return { f, root, done };
  };
  /** The file's own date: its newest record's last change, or the newest date it states when that is later. */
  const fileDate = (root: XmlElement): string | undefined => {
    let best: string | undefined;
    const walk = (el: XmlElement) => {
      if ((el.name === 'last-modified-date' || el.name === 'created-date' || el.name === 'date') && el.text && tryParsePartialDate(el.text)) {
        if (el.name !== 'date') el.used = true;
        const d = tryParsePartialDate(el.text)!;
        if (!best || d.earliest > tryParsePartialDate(best)!.earliest) best = formatDay(d.earliest);
      }
      el.children.forEach(walk);
    };
    walk(root);
    return best;
  };
  const base = { url: 'https://history.state.gov/departmenthistory/people/principals-chiefs', kind: 'dataset', publisher: 'Office of the Historian, U.S. Department of State', license: 'CC0' };
  yield { section: 'sources', place: { file: label, path: 'source' }, value: { id: SOURCE, title: 'Principal Officers and Chiefs of Mission', ...base, note: `imported from ${label}` } };
  const fileSources: DatasetElement[] = [];
  const fileSource = (f: string, root: XmlElement, title: string): string => {
    const id = `${SOURCE}:${f.replace(/\.xml$/, '')}`;
    const asOf = fileDate(root);
    fileSources.push({
      section: 'sources', place: at(f, 1),
      value: { id, title: `Principal Officers and Chiefs of Mission: ${title}`, ...base, ...(asOf ? { asOf } : {}), note: `the file ${f} of ${label}; dated by its newest record` },
    });
    return id;
  };

  /** A section's XML files; a section the folder lacks is read as empty, with a line in the report saying so. */
  const xmlFiles = (...p: string[]): string[] => {
    const d = join(dir, ...p);
    if (!existsSync(d) || !statSync(d).isDirectory()) {
      notes({ status: 'note', kind: 'xml', file: join(label, ...p), message: `${join(...p)}/ is not in the folder: nothing read from it` });
      return [];
    }
    return readdirSync(d).filter((x) => x.endsWith('.xml')).sort();
  };

  const roles = new Map<string, string>();
  for (const name of xmlFiles('roles-country-chiefs')) {
    const { root, done } = open('roles-country-chiefs', name);
    ['class', 'category'].forEach((t) => child(root, t));
    const id = childText(root, 'id');
    const names = child(root, 'names');
    const singular = childText(names, 'singular');
    childText(names, 'plural');
    if (id && singular) roles.set(id, singular);
    done();
  }

  // Posts and their terms, read once (POCOM is a few thousand terms).
  const posts: { id: string; name: string; source: string; subject?: string; start?: string; end?: string; place: Place }[] = [];
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
  const readTerms = (list: XmlElement[], f: string, post: string, source: string, territory?: string, acting = false, other?: 'nominee' | 'appointee') => {
    for (const el of list) {
      const id = childText(el, 'id');
      const person = childText(el, 'person-id');
      if (!id || !person) continue;
      const contemporary = childText(el, 'contemporary-territory-id');
      const ended = child(el, 'ended');
      const endedNote = childText(ended, 'note');
      const consecutive = attribute(el, 'treatAsConsecutive');
      const note = childText(el, 'note');
      for (const t of ['appointed', 'started']) childText(child(el, t), 'note');
      terms.push({
        id, person, role: childText(el, 'role-title-id') ?? '', post, source, acting, ...(contemporary ?? territory ? { territory: contemporary ?? territory } : {}),
        ...(date(el, 'appointed') ? { appointed: date(el, 'appointed')! } : {}), ...(date(el, 'started') ? { started: date(el, 'started')! } : {}),
        ...(date(el, 'ended') ? { ended: date(el, 'ended')! } : {}), ...(endedNote ? { endedNote } : {}), ...(note ? { note } : {}),
        ...(consecutive === 'yes' ? { consecutive: true } : {}), ...(other ? { other } : {}), place: at(f, el.line, id),
      });
    }
  };

  const principalNames = new Map<string, string>();
  const principalFiles = xmlFiles('positions-principals');
  for (const name of principalFiles) {
    const { f, root, done } = open('positions-principals', name);
    const id = childText(root, 'id') ?? name.replace(/\.xml$/, '');
    const names = child(root, 'names');
    principalNames.set(id, childText(names, 'singular') ?? words(id));
    ['plural', 'alternate'].forEach((t) => childText(names, t));
    ['class', 'category', 'ongoing', 'is-dirty'].forEach((t) => child(root, t));
    const description = child(root, 'description');
    if (description) useAll(description);
    // "Secretary of State ad interim": acting holders of the Secretary's post, not a post of their own.
    const interim = AD_INTERIM.exec(id);
    const post = `pocom:principal:${interim ? interim[1]! : id}`;
    roles.set(id, principalNames.get(id)!);
    const source = fileSource(f, root, principalNames.get(id)!);
    const start = childText(root, 'start');
    const end = childText(root, 'end');
    if (!interim) posts.push({ id: post, name: principalNames.get(id)!, source, ...(start && tryParsePartialDate(start) ? { start } : {}), ...(end && tryParsePartialDate(end) ? { end } : {}), place: at(f, 1) });
    readTerms(children(child(root, 'principals'), 'principal'), f, post, source, undefined, interim !== null);
    readTerms(children(child(root, 'other-appointees'), 'principal'), f, post, source, undefined, interim !== null, 'appointee');
    done();
  }
  for (const name of xmlFiles('missions-countries')) {
    const { f, root, done } = open('missions-countries', name);
    const territory = childText(root, 'territory-id') ?? name.replace(/\.xml$/, '');
    const post = `pocom:chief-of-mission:${territory}`;
    const title = `Chief of Mission to ${words(territory)}`;
    posts.push({ id: post, name: title, source: fileSource(f, root, title), subject: subjectOf(territory, at(f, 1)), place: at(f, 1) });
    readTerms(children(child(root, 'chiefs'), 'chief'), f, post, posts.at(-1)!.source, territory);
    readTerms(children(child(root, 'other-nominees'), 'chief'), f, post, posts.at(-1)!.source, territory, false, 'nominee');
    done();
  }
  for (const name of xmlFiles('missions-orgs')) {
    const { f, root, done } = open('missions-orgs', name);
    const id = childText(root, 'id') ?? name.replace(/\.xml$/, '');
    const post = `pocom:chief-of-mission:${id}`;
    const names = child(root, 'names');
    const title = childText(names, 'singular') ?? words(id);
    childText(names, 'plural');
    child(root, 'category');
    const description = child(root, 'description');
    if (description) useAll(description);
    roles.set(id, title);
    // "Representative of the U.S.A. to the Association of Southeast Asian Nations (Jakarta)" → the body's name.
    const to = title.lastIndexOf(' to the ');
    const paren = title.indexOf('(');
    const body = catalog.resolve(title.slice(to >= 0 ? to + 8 : 0, paren > to ? paren : undefined).trim());
    posts.push({ id: post, name: title, source: fileSource(f, root, title), ...(body ? { subject: body.id } : {}), place: at(f, 1) });
    readTerms(children(child(root, 'chiefs'), 'chief'), f, post, posts.at(-1)!.source);
    readTerms(children(child(root, 'other-appointees'), 'chief'), f, post, posts.at(-1)!.source, undefined, false, 'appointee');
    done();
  }

  // Concurrent accreditations: the envoy resided at one mission and was accredited from it to the others.
  const byId = new Map(terms.map((t) => [t.id, t]));
  const missions = new Map<string, { id: string; name: string; place: Place }>();
  const accreditations: { unit: string; term: Term; resident: boolean; place: Place }[] = [];
  for (const name of xmlFiles('concurrent-appointments')) {
    const { f, root, done } = open('concurrent-appointments', name);
    ['id', 'person-id'].forEach((t) => child(root, t));
    const residentAt = child(root, 'resident-at');
    childText(residentAt, 'locale-id');
    const resident = childText(residentAt, 'contemporary-territory-id');
    const chiefs = children(root, 'chief-id').map((c) => useAll(c).text).filter(Boolean);
    done();
    if (!resident) continue;
    const unit = `pocom:mission:${resident}`;
    if (!missions.has(unit)) missions.set(unit, { id: unit, name: `United States mission in ${words(resident)}`, place: at(f, 1) });
    for (const chief of chiefs) {
      const term = byId.get(chief);
      if (term?.territory) accreditations.push({ unit, term, resident: term.territory === resident, place: at(f, 1, chief) });
    }
  }

  yield* fileSources;
  const accreditedTo = new Map(accreditations.map((a) => [a, subjectOf(a.term.territory!, a.place)]));
  for (const s of subjects.values()) yield { section: 'subjects', value: { id: s.id, kind: 'territory', name: s.name, source: SOURCE }, place: s.place };
  yield { section: 'organizations', value: { id: STATE, name: 'United States Department of State', kind: 'ministry', jurisdiction: 'United States', source: SOURCE }, place: { file: label, path: 'organization' } };
  for (const m of missions.values()) yield { section: 'organizations', value: { id: m.id, name: m.name, kind: 'mission', source: SOURCE }, place: m.place };
  for (const m of missions.values()) yield { section: 'relations', value: { from: m.id, to: STATE, type: 'unit-of', start: null, end: 'unknown', source: SOURCE }, place: m.place };

  // An acting envoy while the post's substantive holder is in office stands in for him: one seat, not two.
  const byPost = groupBy(terms, (t) => t.post);
  const covers = new Map<string, string>();
  for (const list of byPost.values()) {
    for (const [acting, held] of standsInFor(list.map((t) => ({ id: t.id, start: t.started, end: t.ended, acting: t.acting || /ad-interim|pro-tem|acting/.test(t.role) })))) covers.set(acting, held);
  }
  // Seats: as many as the most terms that run at once in the post (two deputies…), covers aside.
  const seatsOf = new Map<string, number>();
  for (const p of posts) {
    const list = (byPost.get(p.id) ?? []).filter((t) => !covers.has(t.id));
    const latest = list.reduce<string | undefined>((m, t) => (t.started && (!m || t.started > m) ? t.started : m), undefined);
    const seats = maxOverlap(list.filter((t) => t.started).map((t) => [t.started!, t.ended ?? (t.started === latest ? 'open' : undefined)]));
    seatsOf.set(p.id, Math.max(1, seats));
    yield { section: 'posts', value: { id: p.id, organization: STATE, name: p.name, seats: Math.max(1, seats), ...(p.subject ? { subject: p.subject } : {}), ...(p.start ? { start: p.start } : {}), ...(p.end ? { end: p.end } : {}), source: p.source }, place: p.place };
  }

  const people = new Set(terms.map((t) => t.person));
  const letters = existsSync(join(dir, 'people')) ? readdirSync(join(dir, 'people'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : [];
  if (!letters.length) xmlFiles('people');
  for (const letter of letters) {
    for (const name of xmlFiles('people', letter)) {
      const { f, root, done } = open('people', letter, name);
      const id = childText(root, 'id') ?? name.replace(/\.xml$/, '');
      const pers = child(root, 'persName');
      const full = [childText(pers, 'forename'), childText(pers, 'surname')].filter(Boolean).join(' ') + (childText(pers, 'genName') ? ` ${childText(pers, 'genName')}` : '');
      const born = childText(root, 'birth');
      const died = childText(root, 'death');
      done();
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

  yield* termElements(terms, roles, covers, seatsOf);
  yield* accreditationElements(accreditations, accreditedTo);
  for (const t of terms) {
    const post = t.post.replace('pocom:chief-of-mission:', '');
    if (t.territory && t.territory !== post && t.post.startsWith('pocom:chief-of-mission:')) {
      yield { section: 'claims', place: t.place, value: { entity: `appointment:pocom:${t.id}`, field: 'country-name-then', value: words(t.territory), source: t.source } };
    }
  }
  const unused = [...missed.values()].sort((a, b) => b.count - a.count);
  notes({
    status: 'note', kind: 'xml', file: label,
    message: `${elements} XML elements read in ${files} files: ${used} read into records; the others are empty (they say nothing) or not stored: `
      + (unused.map((u) => `${u.path} ×${u.count}`).join(', ') || 'none'),
  });
  for (const u of unused.filter((x) => x.count <= 2)) {
    notes({ status: 'note', kind: 'xml', file: u.file, line: u.line, field: u.path, message: `${u.path} is not a field Chancery reads: not stored (${u.count} in the files)` });
  }
}

/**
 * In a post of one seat, what the terms around a term say of its unknown bounds (POCOM lists a post's terms in
 * order): a term with no end ended at the latest when the next began (the seat was needed); a term with an end and
 * no start began at the earliest when the one before it ended (or its appointment, if later).
 */
const seatBounds = (all: readonly Term[], covers: Map<string, string>, seatsOf: Map<string, number>) => {
  const nextStart = new Map<string, string>();
  const previousEnd = new Map<string, string>();
  for (const list of groupBy(all.filter((t) => !covers.has(t.id) && !t.other && seatsOf.get(t.post) === 1), (t) => t.post).values()) {
    let before: string | undefined;
    list.forEach((t, i) => {
      if (!t.started && t.ended && before) previousEnd.set(t.id, before);
      const last = t.ended ?? t.started;
      if (last && (!before || last > before)) before = last;
      if (t.started && !t.ended) {
        const next = list.slice(i + 1).find((n) => n.started && n.started > t.started!);
        if (next) nextStart.set(t.id, next.started!);
      }
    });
  }
  return { nextStart, previousEnd };
};

/** An end between the day after `start` and `next` (the next term's start), both partial dates as given. */
const endBefore = (start: string, next: string): string | undefined => {
  const s = tryParsePartialDate(start);
  const n = tryParsePartialDate(next);
  if (!s || !n || n.latest <= s.earliest) return undefined;
  return n.latest === s.earliest + 1 ? formatDay(n.latest) : `${formatDay(s.earliest + 1)}..${formatDay(n.latest)}`;
};

function* termElements(all: readonly Term[], roles: Map<string, string>, covers: Map<string, string>, seatsOf: Map<string, number>): Generator<DatasetElement> {
  const lastStart = new Map<string, string>();
  for (const t of all) if (t.started && (!lastStart.has(t.post) || lastStart.get(t.post)! < t.started)) lastStart.set(t.post, t.started);
  const { nextStart, previousEnd } = seatBounds(all, covers, seatsOf);
  // Covers after the terms they cover, which must be stored first.
  const terms = [...all.filter((t) => !covers.has(t.id)), ...all.filter((t) => covers.has(t.id))];
  for (const t of terms) {
    const acting = t.acting || /ad-interim|pro-tem|acting/.test(t.role);
    // With an end, the term was served, whatever its start; with neither, the person was named but never served.
    const served = t.started !== undefined || (t.ended !== undefined && !t.other);
    const after = [t.appointed, previousEnd.get(t.id)].filter((d): d is string => d !== undefined).sort().at(-1);
    const startGiven = t.started ?? (t.ended ? startBetween(after, t.ended) : null);
    // A term without an end is running only if it is the post's latest; an older one's end is unknown, or, in a
    // post of one seat, came at the latest when the next term began.
    const bounded = !t.ended && t.started && nextStart.has(t.id) ? endBefore(t.started, nextStart.get(t.id)!) : undefined;
    let end = t.ended ?? (!served ? 'unknown' : lastStart.get(t.post) === t.started ? 'open' : (bounded ?? 'unknown'));
    let note = noteOf(t, roles);
    if (served && !t.started) note = [note, `start not recorded${startGiven ? `: after ${after} and before its end` : ''}`].filter(Boolean).join('; ');
    if (bounded && end === bounded) note = [note, `end not recorded: by ${nextStart.get(t.id)}, when the next term began (one seat)`].filter(Boolean).join('; ');
    const from = tryParsePartialDate((served ? t.started : t.appointed) ?? '');
    const to = t.ended ? tryParsePartialDate(t.ended) : undefined;
    const extra: DatasetElement[] = [];
    if (from && to && to.latest <= from.earliest) {
      // Started and ended the same day (a secretary ad interim for a day): that day. Ended before it started (a
      // slip in the source): the end is unknown, and the source's end is kept as a claim.
      const oneDay = t.ended === t.started && to.earliest === to.latest;
      end = oneDay ? formatDay(to.latest + 1) : 'unknown';
      note = [note, oneDay ? 'started and ended the same day' : `the source ends it on ${t.ended}, before it starts`].filter(Boolean).join('; ');
      if (!oneDay) extra.push({ section: 'claims', place: t.place, value: { entity: `appointment:pocom:${t.id}`, field: 'ended-as-given', value: t.ended!, source: t.source, note: 'before the start the source gives' } });
    }
    const kind = !served ? 'nominated' : covers.has(t.id) ? 'cover' : acting ? 'acting' : 'substantive';
    yield {
      section: 'appointments', place: t.place,
      value: {
        id: `pocom:${t.id}`, post: t.post, person: `pocom:${t.person}`, start: served ? startGiven : (t.appointed ?? null), end, kind,
        ...(covers.has(t.id) ? { covers: `pocom:${covers.get(t.id)!}` } : {}), ...(t.appointed && served ? { appointed: t.appointed } : {}), source: t.source,
        ...(note ? { note } : {}),
      },
    };
    yield* extra;
  }
}

/**
 * An accreditation the source gives no end for ended, at the latest, when the mission's next one to the same
 * country began (one envoy at a time): bounded so, and said so, rather than left running into the next.
 */
function* accreditationElements(accreditations: readonly { unit: string; term: Term; resident: boolean; place: Place }[], accreditedTo: Map<unknown, string>): Generator<DatasetElement> {
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
}

const noteOf = (t: Term, roles: Map<string, string>): string | undefined =>
  [roles.get(t.role) ?? (t.role || undefined), t.other ? `listed among the other ${t.other}s` : undefined, t.endedNote ? `ended: ${t.endedNote}` : undefined, t.note, t.consecutive ? 'POCOM counts it with the term before (treatAsConsecutive)' : undefined]
    .filter(Boolean).join('; ') || undefined;
