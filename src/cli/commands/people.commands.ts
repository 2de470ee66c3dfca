import { DomainError } from '../../domain/errors.js';
import { career } from '../../services/career.service.js';
import { mergePeople, splitPeople } from '../../services/person.service.js';
import { search, SEARCH_KINDS, type SearchKind } from '../../services/search.service.js';
import { type GlobalOptions, parseAt, requireArgument, withStore } from '../context.js';
import type { Io } from '../io.js';
import { json, presentCareer } from '../present.js';


export const searchCommand = async (text: string, opts: GlobalOptions & { kind?: string; limit?: string }, io: Io): Promise<number> => {
  if (opts.kind && !SEARCH_KINDS.includes(opts.kind as SearchKind)) throw new DomainError('INVALID_ARGUMENT', `unknown kind; use one of ${SEARCH_KINDS.join(', ')}`, { field: '--kind', value: opts.kind });
  const limit = opts.limit === undefined ? 20 : Number(opts.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new DomainError('INVALID_ARGUMENT', 'a whole number from 1 to 500', { field: '--limit', value: opts.limit });
  const answer = await withStore(opts, io, (store) => search(store, text, opts.kind ? [opts.kind as SearchKind] : undefined, limit));
  io.out(opts.json ? json(answer) : answer.results.length === 0 ? `nothing found for "${answer.query}"` : answer.results.map((r) => `${r.score.toFixed(2)}  ${r.kind.padEnd(7)} ${r.name}${r.matched !== r.name ? `  (as "${r.matched}", ${r.match})` : ''}  [${r.id}]`).join('\n'));
  return 0;
};

export const mergeCommand = async (kept: string, merged: string, opts: GlobalOptions & { source?: string }, io: Io): Promise<number> => {
  const source = requireArgument(opts.source, '--source');
  const record = await withStore(opts, io, (store) => mergePeople(store, kept, merged, source, new Date().toISOString()));
  io.out(opts.json ? json(record) : `merged ${record.mergedId} into ${record.keptId} (${record.moved.appointments.length} appointments, ${record.moved.names.length} names, ${record.moved.claims.length} claims); undo with: chancery people split ${record.mergedId}`);
  return 0;
};

export const splitCommand = async (merged: string, opts: GlobalOptions, io: Io): Promise<number> => {
  const record = await withStore(opts, io, (store) => splitPeople(store, merged, new Date().toISOString()));
  io.out(opts.json ? json(record) : `split ${record.mergedId} from ${record.keptId} again`);
  return 0;
};

/** Everything a person held (with --at, on that date): posts, accreditations, names, with sources. */
export const personCommand = async (ref: string, opts: GlobalOptions & { at?: string }, io: Io): Promise<number> => {
  const at = opts.at ? parseAt(opts.at, io.today) : undefined;
  const answer = await withStore(opts, io, (store) => career(store, ref, at));
  io.out(opts.json ? json(answer) : presentCareer(answer));
  return 0;
};
