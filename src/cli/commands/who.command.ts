import { who } from '../../services/who.service.js';
import { type GlobalOptions, parseAt, withStore } from '../context.js';
import type { Io } from '../io.js';
import { json, presentWho } from '../present.js';

export const whoCommand = async (post: string, opts: GlobalOptions & { at?: string }, io: Io): Promise<number> => {
  const at = parseAt(opts.at, io.today);
  const answer = await withStore(opts, io, (store) => who(store, post, at));
  io.out(opts.json ? json(answer) : presentWho(answer));
  return 0;
};
