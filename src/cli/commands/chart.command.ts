import { chart } from '../../services/chart.service.js';
import { type GlobalOptions, parseAt, withStore } from '../context.js';
import type { Io } from '../io.js';
import { json, presentChart } from '../present.js';

export const chartCommand = async (org: string, opts: GlobalOptions & { at?: string }, io: Io): Promise<number> => {
  const at = parseAt(opts.at, io.today);
  const answer = await withStore(opts, io, (store) => chart(store, org, at));
  io.out(opts.json ? json(answer) : presentChart(answer, io.style));
  return 0;
};
