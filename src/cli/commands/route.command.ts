import { route } from '../../services/routing.service.js';
import { type GlobalOptions, parseAt, withStore } from '../context.js';
import type { Io } from '../io.js';
import { json, presentRoute } from '../present.js';

export const routeCommand = async (subject: string, opts: GlobalOptions & { at?: string; org?: string }, io: Io): Promise<number> => {
  const at = parseAt(opts.at, io.today);
  const answer = await withStore(opts, io, (store) => route(store, subject, at, opts.org));
  io.out(opts.json ? json(answer) : presentRoute(answer));
  return 0;
};
