import type { Appointment, Claim, Dataset, NameVariant, Organization, OrganizationKind, Post, RelationType, Source, Subject } from '../../domain/model.js';
import { emptyDataset } from '../../domain/model.js';
import { acronymOf, collapseSpaces, hasHangul, slugify, stripTrailingParenthesis, trailingParenthesis } from '../../domain/names.js';
import { ORDINAL_FIELD } from '../../domain/ordinal.js';
import type { SubjectCatalog } from '../../domain/subjects/subject-catalog.js';
import type { Interval } from '../../domain/time/interval.js';
import { type PartialDate, parseProseDate } from '../../domain/time/partial-date.js';
import type { ReportEntry } from '../../dataset/import-report.js';
import type { ArticleDocument, ArticleSection, ArticleTable, Located } from './article-document.js';
import { kindOf, SECTION_RELATIONS } from './article-rules.js';
import { listItems, stripMarkup, splitSentences, singularize, titleCase, wordNumber } from './article-text.js';

export interface ArticleMapping {
  dataset: Dataset;
  /** What could not be placed (with its line and why) and what was cleaned on the way. */
  entries: ReportEntry[];
  organizationId: string;
  /** The line of the article each record was read from. */
  lineOf: (record: object) => number | undefined;
}

const CURRENT_UNDATED: Interval = { start: null, end: { kind: 'open' } };

/** Gives meaning to a parsed article: one organization, its units, posts, holders, events and claims. */
export class ArticleMapper {
  private readonly data = emptyDataset();
  private readonly entries: ReportEntry[] = [];
  private readonly orgId: string;
  private readonly qualifier: string | undefined;
  private readonly posts = new Map<string, Post>();
  private readonly people = new Map<string, { id: string; name: string; nativeName?: string; sourceId: string }>();
  /** Ids already in the dataset, by kind: lookups stay constant-time however long the article. */
  private readonly ids = new Set<string>();
  /** The line each record was read from. */
  private readonly lines = new Map<object, number>();
  private line = 1;

  constructor(
    private readonly doc: ArticleDocument,
    private readonly source: Source,
    private readonly catalog: SubjectCatalog,
  ) {
    this.orgId = slugify(doc.title);
    this.qualifier = trailingParenthesis(doc.title);
  }

  map(): ArticleMapping {
    this.keep(this.data.sources, this.source);
    this.mapInfobox();
    for (const p of this.doc.lead) this.mapProse(p);
    for (const section of this.doc.sections) this.mapSection(section);
    return { dataset: this.data, entries: this.entries.filter((e) => e.status !== 'created'), organizationId: this.orgId, lineOf: (r) => this.lines.get(r) };
  }

  // ---------- helpers ----------

  private report(e: Omit<ReportEntry, 'file'>): void {
    if (e.line) this.line = e.line;
    this.entries.push({ file: this.doc.file, ...e });
  }

  /** Adds records, remembering the line they were read from (for the import report). */
  private keep<T>(list: T[], ...items: T[]): void {
    for (const it of items) {
      list.push(it);
      this.lines.set(it as object, this.line);
    }
  }

  private claim(entityType: string, entityId: string, field: string, value: string, line: number, note?: string): void {
    this.line = line;
    const c: Claim = {
      id: `${entityType}:${entityId}:${field}:${slugify(value) || 'x'}@${this.source.id}`,
      entityType, entityId, field, value, sourceId: this.source.id, quote: `${this.doc.file}:${line}`,
    };
    if (note) c.note = note;
    this.keep(this.data.claims, c);
  }

  private name(entityType: NameVariant['entityType'], entityId: string, name: string, kind: NameVariant['kind'], lang?: string): void {
    const n: NameVariant = { entityType, entityId, name, kind, sourceId: this.source.id };
    if (lang) n.lang = lang;
    this.keep(this.data.names, n);
  }

  /** An organization named by the article but described elsewhere: qualified by the title's jurisdiction. */
  private externalOrganization(name: string, kind: OrganizationKind): string {
    const qualified = this.qualifier && !name.includes(this.qualifier) ? `${name} (${this.qualifier})` : name;
    const id = slugify(qualified);
    if (!this.ids.has(`org:${id}`)) {
      this.ids.add(`org:${id}`);
      this.keep(this.data.organizations, { id, name: qualified, kind, sourceId: this.source.id });
      this.name('organization', id, name, 'primary', 'en');
    }
    return id;
  }

  private relation(fromId: string, toId: string, type: RelationType, interval: Interval = CURRENT_UNDATED): void {
    this.keep(this.data.relations, { id: `${fromId}~${type}~${toId}`, fromId, toId, type, interval, sourceId: this.source.id });
  }

  private post(name: string, seats: number, line: number): Post {
    this.line = line;
    const id = `${this.orgId}:${slugify(name)}`;
    let post = this.posts.get(id);
    if (!post) {
      post = { id, organizationId: this.orgId, name, seats, rank: this.posts.size + 1, sourceId: this.source.id };
      this.posts.set(id, post);
      this.keep(this.data.posts, post);
      this.name('post', id, name, 'primary', 'en');
    } else if (seats > post.seats) {
      post.seats = seats;
    }
    return post;
  }

  private subject(subject: Subject): void {
    if (this.ids.has(`subject:${subject.id}`)) return;
    this.ids.add(`subject:${subject.id}`);
    this.keep(this.data.subjects, subject);
  }

  private headPost(): Post | undefined {
    return [...this.posts.values()].find((p) => p.rank === 1);
  }

  private person(text: string, line: number): string | undefined {
    this.line = line;
    const cleaned = stripMarkup(text);
    const native = cleaned.match(/[\uac00-\ud7a3]+(?:\s+[\uac00-\ud7a3]+)*/)?.[0];
    const latin = cleaned.replace(/[\uac00-\ud7a3]+/g, ' ').replace(/\s+/g, ' ').trim();
    if (!latin) {
      this.report({ status: 'rejected', kind: 'person', line, field: 'name', value: text, message: 'no romanized name' });
      return undefined;
    }
    const id = slugify(latin);
    const known = this.people.get(id);
    if (known && native && !known.nativeName) {
      known.nativeName = native;
      this.name('person', id, native, 'native', 'ko');
    }
    if (!known) {
      const person = { id, name: latin, sourceId: this.source.id } as { id: string; name: string; nativeName?: string; sourceId: string };
      if (native) person.nativeName = native;
      this.people.set(id, person);
      this.keep(this.data.people, person);
      this.name('person', id, latin, 'primary', 'en');
      if (native && hasHangul(native)) this.name('person', id, native, 'native', 'ko');
    }
    return id;
  }

  private appointment(post: Post, personId: string, interval: Interval, line: number, extra: Partial<Appointment> = {}): Appointment {
    this.line = line;
    const a: Appointment = {
      id: `${post.id}:${personId}:${interval.start?.text ?? 'undated'}`,
      postId: post.id, personId, interval, kind: 'substantive', sourceId: this.source.id, ...extra,
    };
    this.keep(this.data.appointments, a);

    return a;
  }

  // ---------- infobox ----------

  private mapInfobox(): void {
    const get = (key: string): Located<string> | undefined => {
      const e = this.doc.infobox.find((x) => x.key.toLowerCase() === key.toLowerCase());
      return e ? { value: stripMarkup(e.value), line: e.line } : undefined;
    };
    const agencyType = get('Agency Type');
    const org: Organization = {
      id: this.orgId, name: this.doc.title, kind: kindOf(agencyType?.value ?? this.doc.title, 'other'), sourceId: this.source.id,
    };
    const native = this.doc.infobox.find((e) => /^native name/i.test(e.key));
    if (native) org.nativeName = native.value;
    if (agencyType) org.agencyType = agencyType.value;
    const jurisdiction = get('Jurisdiction');
    if (jurisdiction) org.jurisdiction = jurisdiction.value;
    const hq = get('Headquarters');
    if (hq) org.headquarters = hq.value;
    const logo = get('Logo');
    if (logo) org.logo = logo.value;
    this.line = this.doc.infobox[0]?.line ?? 1;
    const formed = get('Formed');
    if (formed) {
      const date = parseProseDate(formed.value);
      if (date) {
        org.formed = date;
        this.claim('organization', this.orgId, 'formed', date.text, formed.line);
      } else {
        this.report({ status: 'rejected', kind: 'organization', line: formed.line, field: 'Formed', value: formed.value, message: 'not a date' });
      }
    }
    this.keep(this.data.organizations, org);
    const shortName = stripTrailingParenthesis(this.doc.title);
    this.name('organization', org.id, this.doc.title, 'primary', 'en');
    if (shortName !== this.doc.title) this.name('organization', org.id, shortName, 'other', 'en');
    const acronym = acronymOf(shortName);
    if (acronym) this.name('organization', org.id, acronym, 'acronym', 'en');
    if (org.nativeName) this.name('organization', org.id, org.nativeName, 'native', 'ko');
    if (this.doc.formalName) this.name('organization', org.id, this.doc.formalName.value, 'formal', 'en');

    const parent = get('Parent Agency') ?? get('Parent Department');
    if (parent) this.line = parent.line;
    if (parent) this.relation(this.orgId, this.externalOrganization(parent.value, kindOf(parent.value, 'agency')), 'agency-of');

    const groups = new Map<string, Map<string, string>>();
    const groupLines = new Map<string, number>();
    for (const e of this.doc.infobox) {
      if (!e.group) continue;
      const key = `${e.group.name}#${e.group.index}`;
      if (!groups.has(key)) groups.set(key, new Map());
      groups.get(key)!.set(e.group.field.toLowerCase(), stripMarkup(e.value));
      groupLines.set(key, Math.min(groupLines.get(key) ?? e.line, e.line));
    }
    for (const [key, fields] of groups) {
      const line = groupLines.get(key)!;
      this.line = line;
      const [groupName] = key.split('#');
      if (/^(minister|chief|head|director|leader)$/i.test(groupName!)) {
        const postName = fields.get('pfo') ?? fields.get('position') ?? fields.get('title');
        const holder = fields.get('name');
        if (!postName) {
          this.report({ status: 'rejected', kind: 'post', line, field: key, message: 'a head without a post name' });
          continue;
        }
        const post = this.post(postName, 1, line);
        if (holder) this.claim('post', post.id, 'incumbent', holder, line, 'named as the current holder in the infobox');
      } else if (/^child$/i.test(groupName!)) {
        const name = fields.get('agency');
        if (name) this.relation(this.externalOrganization(name, kindOf(name, 'agency')), this.orgId, 'agency-of');
      } else {
        this.report({ status: 'rejected', kind: 'infobox', line, field: key, message: 'infobox group not understood' });
      }
    }
  }

  // ---------- sections ----------

  private mapSection(section: ArticleSection): void {
    if (/^see also$|^references$|^external links$|^notes$/i.test(section.title)) return;
    for (const p of section.paragraphs) this.mapProse(p);
    for (const t of section.tables) this.mapTable(t, section);
    if (section.bullets.length === 0) return;
    const rule = SECTION_RELATIONS.find((r) => r.pattern.test(section.title));
    if (!rule) {
      for (const b of section.bullets) this.report({ status: 'rejected', kind: 'list item', line: b.line, value: b.value, message: `list under "${section.title}" not understood` });
      return;
    }
    for (const b of section.bullets) this.mapUnitBullet(b, rule.type, rule.kind);
  }

  private mapUnitBullet(bullet: Located<string>, type: RelationType, kind: OrganizationKind): void {
    this.line = bullet.line;
    const cleaned = stripMarkup(bullet.value);
    if (cleaned !== bullet.value) this.report({ status: 'cleaned', kind: 'list item', line: bullet.line, value: bullet.value, message: `stray markup removed: "${cleaned}"` });
    const colon = cleaned.indexOf(': ');
    const unitName = (colon >= 0 ? cleaned.slice(0, colon) : cleaned).trim();
    const body = colon >= 0 ? cleaned.slice(colon + 2) : '';
    const unitId = `${this.orgId}/${slugify(unitName)}`;
    this.keep(this.data.organizations, { id: unitId, name: unitName, kind, sourceId: this.source.id });
    this.name('organization', unitId, unitName, 'primary', 'en');
    this.relation(unitId, this.orgId, type);
    if (type !== 'unit-of') return;
    if (!body) {
      const fn = /^department of (.+)$/i.exec(unitName)?.[1] ?? /^(.+?) department$/i.exec(unitName)?.[1];
      if (fn) this.responsibility(unitId, this.catalog.functionFor(fn), bullet.line);
      else this.report({ status: 'rejected', kind: 'responsibility', line: bullet.line, value: unitName, message: 'no countries listed and no function in the name' });
      return;
    }
    for (const item of listItems(body)) {
      const subject = this.resolveSubject(item);
      if (subject.length === 0) this.report({ status: 'rejected', kind: 'responsibility', line: bullet.line, field: unitName, value: item, message: 'no country, regional body or function of that name' });
      for (const s of subject) this.responsibility(unitId, s, bullet.line);
    }
  }

  /** A list item can hold two names joined by "and" ("Nauru and Vanuatu") that are not one country's name. */
  private resolveSubject(item: string): Subject[] {
    const whole = this.catalog.resolve(item);
    if (whole) return [whole];
    const parts = collapseSpaces(item).split(' and ');
    if (parts.length > 1) {
      const each = parts.map((p) => this.catalog.resolve(p));
      if (each.every((s) => s)) return each as Subject[];
    }
    return [];
  }

  private responsibility(unitId: string, subject: Subject, line: number): void {
    this.line = line;
    this.subject(subject);
    const id = `${unitId}>${subject.id}@${this.source.id}`;
    if (this.ids.has(`resp:${id}`)) return;
    this.ids.add(`resp:${id}`);
    this.keep(this.data.responsibilities, { id, unitId, subjectId: subject.id, interval: CURRENT_UNDATED, sourceId: this.source.id, note: 'described as current by the source; no start date given' });
  }

  // ---------- prose ----------

  private mapProse(p: Located<string>): void {
    for (const sentence of splitSentences(p.value)) {
      if (!this.mapSentence(sentence, p.line)) {
        this.report({ status: 'rejected', kind: 'sentence', line: p.line, value: sentence, message: 'no fact recognized' });
      }
    }
  }

  private mapSentence(s: string, line: number): boolean {
    this.line = line;
    let m = /\bwas established in ([^.,]+)\.?$/i.exec(s);
    if (m) {
      const date = parseProseDate(m[1]!);
      if (!date) return false;
      this.keep(this.data.events, {
        id: `${this.orgId}:establish:${date.text}`, kind: 'establish', date, organizationId: this.orgId,
        description: s, details: {}, sourceId: this.source.id,
      });
      this.claim('organization', this.orgId, 'established', date.text, line);
      return true;
    }
    m = /^In ([A-Z][a-z]+ \d{4}|\d{4}),.*?(?:(\b[A-Z][\w ]+?) reported that )?the (?:Ministry|organization|agency) was given responsibilit(?:y|ies) for (?:handling )?(.+?), taking (?:those|these|the) responsibilities from the (.+?)\.?$/.exec(s);
    if (m) return this.mapTransfer(m[1]!, m[2], m[3]!, m[4]!, s, line);
    m = /\bthe (.+?) is in charge of the (?:ministry|agency|organization)\.?$/i.exec(s);
    if (m) {
      this.post(titleCase(m[1]!), 1, line);
      return true;
    }
    m = /\bhas (.+?)\.?$/.exec(s);
    if (m && /minister|director|chief|secretary|head/i.test(m[1]!)) {
      const parts = collapseSpaces(m[1]!).split(/, ?| and /).map((x) => x.trim()).filter(Boolean);
      let placed = false;
      for (const part of parts) {
        const pm = /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:other )?(.+)$/i.exec(part);
        const count = pm ? wordNumber(pm[1]!) : undefined;
        if (!pm || count === undefined) continue;
        this.post(titleCase(singularize(pm[2]!)), count, line);
        placed = true;
      }
      return placed;
    }
    m = /^The current (.+?) is (.+?)\.?$/.exec(s);
    if (m) return this.mapHolders(m[1]!, [m[2]!], line);
    m = /^The (?:other )?(.+?) include (.+?)\.?$/.exec(s);
    if (m) return this.mapHolders(singularize(m[1]!), listItems(m[2]!), line);
    return false;
  }

  private mapHolders(postName: string, names: string[], line: number): boolean {
    this.line = line;
    const post = this.posts.get(`${this.orgId}:${slugify(titleCase(postName))}`);
    if (!post) return false;
    for (const n of names) {
      const personId = this.person(n, line);
      if (personId) this.appointment(post, personId, CURRENT_UNDATED, line, { note: 'named as a current holder by the source, which gives no dates' });
    }
    return true;
  }

  private mapTransfer(when: string, reporter: string | undefined, what: string, fromName: string, sentence: string, line: number): boolean {
    this.line = line;
    const date = parseProseDate(when);
    const subjectName = what.replace(/^(?:relations|dealings|affairs) with\s+/i, '');
    const subject = this.catalog.resolve(subjectName);
    if (!date || !subject) return false;
    const fromId = this.externalOrganization(fromName, 'other');
    this.subject(subject);
    const note = reporter ? `as reported by ${reporter}` : undefined;
    this.keep(this.data.events, {
      id: `${this.orgId}:transfer:${subject.id}:${date.text}`, kind: 'transfer', date, organizationId: this.orgId, description: sentence,
      details: { subject: subject.id, from: fromId, to: this.orgId, ...(reporter ? { reportedBy: reporter } : {}) }, sourceId: this.source.id,
    });
    const base = { subjectId: subject.id, sourceId: this.source.id };
    this.keep(this.data.responsibilities, {
      id: `${fromId}>${subject.id}@${this.source.id}`, unitId: fromId, ...base, interval: { start: null, end: { kind: 'date', date } },
      note: `held until the transfer of ${date.text}; the source gives no start${note ? `; ${note}` : ''}`,
    });
    this.keep(this.data.responsibilities, {
      id: `${this.orgId}>${subject.id}@${this.source.id}`, unitId: this.orgId, ...base, interval: { start: date, end: { kind: 'open' } },
      note: `from the transfer of ${date.text}; the source does not name the department${note ? `; ${note}` : ''}`,
    });
    return true;
  }

  // ---------- office holders table ----------

  private mapTable(table: ArticleTable, section: ArticleSection): void {
    const col = (pattern: RegExp): number => table.columns.findIndex((c) => pattern.test(c));
    const nameCol = col(/^name\b/i);
    const startCol = col(/took office|\bstart|(^|\/ )from$|since|\bbegin/i);
    const endCol = col(/left office|\bend\b|until|(^|\/ )to$/i);
    const head = this.headPost();
    if (nameCol < 0 || startCol < 0 || !head) {
      this.report({ status: 'rejected', kind: 'table', line: table.line, value: section.title, message: 'not a table of office holders (no name or start column, or no head post)' });
      return;
    }
    const ordinalCol = table.columns.findIndex((c, i) => i < nameCol && (c === '' || /^(no\.?|#|number)$/i.test(c)));
    const ignored = new Set([nameCol, startCol, endCol, ordinalCol]);
    const concurrentCols = table.columns
      .map((c, i) => ({ c, i }))
      .filter(({ c, i }) => !ignored.has(i) && c !== '' && !/portrait|image|time in office|party|ref/i.test(c));
    if (concurrentCols.length) this.claim('post', head.id, 'table-columns', JSON.stringify(concurrentCols.map((c) => c.c)), table.line, 'related-post columns of the office-holder table, in order');
    const numbered = table.rows.some((r) => /^\d+$/.test(r.value[ordinalCol] ?? ''));
    for (const row of table.rows) {
      this.line = row.line;
      const cells = row.value;
      const personId = this.person(cells[nameCol] ?? '', row.line);
      if (!personId) continue;
      const start = parseProseDate(cells[startCol] ?? '');
      if (!start) {
        this.report({ status: 'rejected', kind: 'appointment', line: row.line, field: table.columns[startCol], value: cells[startCol], message: 'start is not a date' });
        continue;
      }
      const endText = endCol >= 0 ? (cells[endCol] ?? '').trim() : '';
      let interval: Interval;
      if (/^(incumbent|present|current)$/i.test(endText)) interval = { start, end: { kind: 'open' } };
      else {
        const end: PartialDate | undefined = parseProseDate(endText);
        if (!end) {
          this.report({ status: 'rejected', kind: 'appointment', line: row.line, field: table.columns[endCol], value: endText, message: 'end is not a date nor "Incumbent"' });
          continue;
        }
        interval = { start, end: { kind: 'date', date: end } };
      }
      const ordinal = ordinalCol >= 0 ? (cells[ordinalCol] ?? '').trim() : '';
      // An unnumbered row in a numbered list is how these lists mark an acting holder.
      const acting = numbered && !/^\d+$/.test(ordinal);
      const a = this.appointment(head, personId, interval, row.line, acting ? { kind: 'acting', note: 'unnumbered in the source list (acting)' } : {});
      if (ordinal) this.claim('appointment', a.id, ORDINAL_FIELD, ordinal, row.line);
      if (acting) this.claim('appointment', a.id, 'acting', 'true', row.line, 'unnumbered row in a numbered list of office holders');
      this.claim('appointment', a.id, 'start', start.text, row.line);
      this.claim('appointment', a.id, 'end', interval.end.kind === 'date' ? interval.end.date.text : 'open', row.line);
      for (const { c, i } of concurrentCols) this.claim('appointment', a.id, `concurrent:${c}`, (cells[i] ?? '').trim(), row.line, 'cell as rendered; may be shifted or lost to a row span');
    }
  }
}

export const mapArticle = (doc: ArticleDocument, source: Source, catalog: SubjectCatalog): ArticleMapping => new ArticleMapper(doc, source, catalog).map();
