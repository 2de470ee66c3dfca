import { check } from '../../services/check.service.js';
import { type GlobalOptions, parseAt, withStore } from '../context.js';
import { EXIT_FINDINGS } from '../exit-codes.js';
import type { Io } from '../io.js';
import { json, presentFindings } from '../present.js';

export const checkCommand = async (opts: GlobalOptions, io: Io): Promise<number> => {
  const today = parseAt(undefined, io.today).earliest;
  const answer = await withStore(opts, io, (store) => check(store, today));
  io.out(opts.json ? json(answer) : presentFindings(answer.findings, io.style));
  return answer.findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : 0;
};
