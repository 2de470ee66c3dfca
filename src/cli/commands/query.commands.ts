import { check } from '../../services/check.service.js';
import { chart } from '../../services/chart.service.js';
import { holders } from '../../services/holders.service.js';
import { who } from '../../services/who.service.js';
import { type GlobalOptions, parseAt, requireArgument, withStore } from '../context.js';
import { EXIT_FINDINGS } from '../exit-codes.js';
import type { Io } from '../io.js';
import { json, presentChart, presentFindings, presentHolders, presentWho } from '../present.js';

export const whoCommand = async (post: string, opts: GlobalOptions & { at?: string }, io: Io): Promise<number> => {
  const at = parseAt(requireArgument(opts.at, '--at'), io.today);
  const answer = await withStore(opts, io, (store) => who(store, post, at));
  io.out(opts.json ? json(answer) : presentWho(answer));
  return 0;
};

export const holdersCommand = async (post: string, opts: GlobalOptions & { with?: string[] }, io: Io): Promise<number> => {
  const today = parseAt(undefined, io.today).earliest;
  const answer = await withStore(opts, io, (store) => holders(store, post, today, opts.with ?? []));
  io.out(opts.json ? json(answer) : presentHolders(answer));
  return 0;
};

export const chartCommand = async (org: string, opts: GlobalOptions & { at?: string }, io: Io): Promise<number> => {
  const at = parseAt(opts.at, io.today);
  const answer = await withStore(opts, io, (store) => chart(store, org, at));
  io.out(opts.json ? json(answer) : presentChart(answer));
  return 0;
};

export const checkCommand = async (opts: GlobalOptions, io: Io): Promise<number> => {
  const today = parseAt(undefined, io.today).earliest;
  const answer = await withStore(opts, io, (store) => check(store, today));
  io.out(opts.json ? json(answer) : presentFindings(answer.findings));
  return answer.findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : 0;
};
