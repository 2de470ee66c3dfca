import { DomainError } from '../domain/errors.js';
import type { Person, Source } from '../domain/model.js';
import { type CoverageRule, sourceCoverage } from '../domain/sources.js';
import { formatDay } from '../domain/time/day.js';
import type { Store } from '../storage/store.js';
import { personRef, type PersonRef, sourceRef, type SourceRef } from './views.js';

export interface Page<T> {
  items: T[];
  offset: number;
  next: number | null;
}

export interface SourceView extends SourceRef {
  publisher: string | null;
  published: string | null;
  accessed: string | null;
  asOf: string | null;
  license: string | null;
  note: string | null;
  /** The last day the source speaks for (its open facts are certain up to it), and the rule that gave it. */
  coverage: string | null;
  coverageRule: CoverageRule | null;
}

export interface PersonListItem extends PersonRef {
  born: string | null;
  died: string | null;
}

const sourceView = (s: Source): SourceView => ({
  ...sourceRef(s), publisher: s.publisher ?? null, published: s.published ?? null, accessed: s.accessed ?? null, asOf: s.asOf ?? null, license: s.license ?? null, note: s.note ?? null,
  coverage: sourceCoverage(s) ? formatDay(sourceCoverage(s)!.end) : null, coverageRule: sourceCoverage(s)?.rule ?? null,
});
const personItem = (p: Person): PersonListItem => ({ ...personRef(p), born: p.born?.text ?? null, died: p.died?.text ?? null });

const checkPage = (limit: number, offset: number): void => {
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new DomainError('INVALID_ARGUMENT', 'a whole number from 1 to 1000', { field: '--limit', value: limit });
  if (!Number.isInteger(offset) || offset < 0) throw new DomainError('INVALID_ARGUMENT', 'a whole number from 0', { field: '--offset', value: offset });
};

/** The sources, by id, a page at a time: what `record --source` and writes cite. */
export const listSources = async (store: Store, limit = 100, offset = 0): Promise<Page<SourceView>> => {
  checkPage(limit, offset);
  const { items, more } = await store.sources.page(limit, offset);
  return { items: items.map(sourceView), offset, next: more ? offset + limit : null };
};

export const showSource = async (store: Store, id: string): Promise<SourceView> => {
  const s = await store.sources.get(id);
  if (!s) throw new DomainError('NOT_FOUND', `no source with id "${id}"; chancery sources lists them`, { field: 'id', value: id });
  return sourceView(s);
};

/** The people, by id, a page at a time. */
export const listPeople = async (store: Store, limit = 100, offset = 0): Promise<Page<PersonListItem>> => {
  checkPage(limit, offset);
  const { items, more } = await store.people.page(limit, offset);
  return { items: items.map(personItem), offset, next: more ? offset + limit : null };
};
