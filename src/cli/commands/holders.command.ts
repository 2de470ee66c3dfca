import { holders } from '../../services/holders.service.js';
import { type GlobalOptions, parseAt, withStore } from '../context.js';
import type { Io } from '../io.js';
import { json, presentHolders } from '../present.js';

export const holdersCommand = async (post: string, opts: GlobalOptions & { with?: string[] }, io: Io): Promise<number> => {
  const today = parseAt(undefined, io.today).earliest;
  const answer = await withStore(opts, io, (store) => holders(store, post, today, opts.with ?? []));
  io.out(opts.json ? json(answer) : presentHolders(answer, io.style));
  return 0;
};
