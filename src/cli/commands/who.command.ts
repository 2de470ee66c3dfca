import { DomainError } from '../../domain/errors.js';
import { whoForArea } from '../../services/area.service.js';
import { who } from '../../services/who.service.js';
import { type GlobalOptions, parseAt, withStore } from '../context.js';
import type { Io } from '../io.js';
import { json, presentAreaWho, presentWho } from '../present.js';

export const whoCommand = async (post: string | undefined, opts: GlobalOptions & { at?: string; area?: string }, io: Io): Promise<number> => {
  const at = parseAt(opts.at, io.today);
  if (opts.area !== undefined) {
    if (post !== undefined) throw new DomainError('INVALID_ARGUMENT', 'give a post or --area, not both', { field: '--area', value: opts.area });
    const answer = await withStore(opts, io, (store) => whoForArea(store, opts.area!, at));
    io.out(opts.json ? json(answer) : presentAreaWho(answer));
    return 0;
  }
  if (post === undefined) throw new DomainError('INVALID_ARGUMENT', 'which post? (or --area <area>)', { field: 'post' });
  const answer = await withStore(opts, io, (store) => who(store, post, at));
  io.out(opts.json ? json(answer) : presentWho(answer));
  return 0;
};
