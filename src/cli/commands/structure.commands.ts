import { DomainError } from '../../domain/errors.js';
import { EVENT_KINDS, type EventKind } from '../../domain/model.js';
import { diff, periodBounds } from '../../services/diff.service.js';
import { type EventInput, eventResultView, recordEvent } from '../../services/event.service.js';
import { type GlobalOptions, parseAt, requireArgument, withStore } from '../context.js';
import type { Io } from '../io.js';
import { json, presentDiff } from '../present.js';

export const diffCommand = async (org: string, opts: GlobalOptions & { from?: string; to?: string; in?: string }, io: Io): Promise<number> => {
  if (opts.in !== undefined && (opts.from !== undefined || opts.to !== undefined)) {
    throw new DomainError('INVALID_ARGUMENT', 'give either --in (a period) or --from and --to', { field: '--in', value: opts.in });
  }
  const { from, to } = opts.in !== undefined
    ? periodBounds(parseAt(opts.in, io.today, '--in'))
    : { from: parseAt(requireArgument(opts.from, '--from'), io.today, '--from'), to: parseAt(requireArgument(opts.to, '--to'), io.today, '--to') };
  const answer = await withStore(opts, io, (store) => diff(store, org, from, to));
  io.out(opts.json ? json(answer) : presentDiff(answer));
  return 0;
};

const KINDS: readonly EventKind[] = EVENT_KINDS;

interface RecordOptions extends GlobalOptions {
  date?: string;
  source?: string;
  description?: string;
  subject?: string;
  unit?: string[];
  from?: string;
  to?: string;
  name?: string;
  parent?: string;
  part?: string[];
}

/** `--part "Name=Subject A,Subject B"`: a new unit of a split and the subjects it takes. */
const parsePart = (text: string): { name: string; subjects: string[] } => {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new DomainError('INVALID_ARGUMENT', 'a part is "New unit name=Subject, Subject"', { field: '--part', value: text });
  return { name: text.slice(0, eq).trim(), subjects: text.slice(eq + 1).split(',').map((s) => s.trim()).filter(Boolean) };
};

export const recordCommand = async (kind: string, opts: RecordOptions, io: Io): Promise<number> => {
  if (!KINDS.includes(kind as EventKind)) throw new DomainError('INVALID_ARGUMENT', `unknown event kind; use one of ${KINDS.join(', ')}`, { field: 'kind', value: kind });
  const input: EventInput = {
    kind: kind as EventKind,
    date: parseAt(requireArgument(opts.date, '--date'), io.today, '--date'),
    sourceId: requireArgument(opts.source, '--source'),
    ...(opts.description ? { description: opts.description } : {}),
    ...(opts.subject ? { subject: opts.subject } : {}),
    ...(opts.unit?.length === 1 ? { unit: opts.unit[0]! } : {}),
    ...(opts.unit && opts.unit.length > 0 ? { units: opts.unit } : {}),
    ...(opts.from ? { from: opts.from } : {}),
    ...(opts.to ? { to: opts.to } : {}),
    ...(opts.name ? { name: opts.name } : {}),
    ...(opts.parent ? { parent: opts.parent } : {}),
    ...(opts.part ? { parts: opts.part.map(parsePart) } : {}),
  };
  const result = await withStore(opts, io, (store) => recordEvent(store, input));
  io.out(opts.json ? json(eventResultView(result)) : `recorded ${result.event.kind} ${result.event.date.text} (${result.event.id}): closed ${result.closed.responsibilities} responsibilities and ${result.closed.relations} links; created ${result.created.organizations.length} units, ${result.created.responsibilities} responsibilities, ${result.created.relations} links`);
  return 0;
};
