import { COVERAGE_RULE_TEXT } from '../../domain/sources.js';
import { listPeople, listSources, showSource } from '../../services/listing.service.js';
import { setSourceCoverage } from '../../services/source-coverage.service.js';
import { type GlobalOptions, withStore } from '../context.js';
import type { Io } from '../io.js';
import { json, PLAIN } from '../present.js';

interface PageOptions extends GlobalOptions {
  limit?: string;
  offset?: string;
}

const page = (opts: PageOptions) => ({ limit: opts.limit === undefined ? 100 : Number(opts.limit), offset: opts.offset === undefined ? 0 : Number(opts.offset) });
const more = (next: number | null): string => (next === null ? '' : `\n… more: --offset ${next}`);

export const sourcesListCommand = async (opts: PageOptions, io: Io): Promise<number> => {
  const { limit, offset } = page(opts);
  const answer = await withStore(opts, io, (store) => listSources(store, limit, offset));
  io.out(opts.json ? json(answer) : (answer.items.map((s) => `${s.id}  ${(io.style ?? PLAIN).dim(`(${s.kind})`)}  ${s.title}`).join('\n') || 'no sources') + more(answer.next));
  return 0;
};

export const sourcesShowCommand = async (id: string, opts: GlobalOptions, io: Io): Promise<number> => {
  const s = await withStore(opts, io, (store) => showSource(store, id));
  const fields: [string, string | null][] = [['kind', s.kind], ['url', s.url], ['publisher', s.publisher], ['published', s.published], ['accessed', s.accessed], ['as of', s.asOf], ['license', s.license], ['note', s.note],
    ['covers up to', s.coverage ? `${s.coverage} (${COVERAGE_RULE_TEXT[s.coverageRule!]})` : null]];
  io.out(opts.json ? json(s) : [`${s.title}  [${s.id}]`, ...fields.filter(([, v]) => v).map(([k, v]) => `  ${k}: ${v}`)].join('\n'));
  return 0;
};

/** Sets or corrects the last day a source speaks for (`none` removes a correction); answers follow at once. */
export const sourcesSetCoverageCommand = async (id: string, date: string, opts: GlobalOptions, io: Io): Promise<number> => {
  const c = await withStore(opts, io, (store) => setSourceCoverage(store, id, date === 'none' ? null : date));
  io.out(opts.json ? json(c) : c.coverage
    ? `${c.sourceId} covers up to ${c.coverage} (${COVERAGE_RULE_TEXT[c.rule!]}); ${c.factsUpdated} open fact(s) now certain up to that day, possible after`
    : `${c.sourceId} has no coverage end: none is set, and it has no date of its own nor any dated fact`);
  return 0;
};

export const peopleListCommand = async (opts: PageOptions, io: Io): Promise<number> => {
  const { limit, offset } = page(opts);
  const answer = await withStore(opts, io, (store) => listPeople(store, limit, offset));
  const line = (p: (typeof answer.items)[number]) => `${p.id}  ${p.name}${p.nativeName ? ` ${p.nativeName}` : ''}${p.born || p.died ? ` (${p.born ?? '?'}–${p.died ?? ''})` : ''}`;
  io.out(opts.json ? json(answer) : (answer.items.map(line).join('\n') || 'no people') + more(answer.next));
  return 0;
};
