import { type ChildProcessWithoutNullStreams, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { servedAddress } from './served.js';

/** Debian's Chromium, which `.ci/run` installs; a test tool's own browser download is not allowed here. */
export const CHROMIUM = process.env['CHANCERY_CHROMIUM'] ?? '/usr/bin/chromium';
export const hasBrowser = existsSync(CHROMIUM);
/** CI refuses to skip the browser tests: a missing Chromium is a failure there, a skip on a developer's machine. */
export const requireBrowser = (): void => {
  if (!hasBrowser && process.env['CI']) throw new Error(`CI needs Chromium at ${CHROMIUM} (apt-get install chromium fonts-nanum)`);
};

export interface Served {
  address: string;
  db: string;
  child: ChildProcessWithoutNullStreams;
  /** Runs the CLI against the served database (e.g. to create an editor's account). */
  cli: (...args: string[]) => string;
  stop: () => Promise<void>;
}

/**
 * A real `chancery serve` on loopback, on a fresh SQLite file loaded with the bundled dataset, or with what `load` puts
 * in it (a CLI call such as `import ../shared/data/pocom`).
 */
export const serve = async (load: (cli: (...args: string[]) => string) => void = (cli) => void cli('init')): Promise<Served> => {
  if (!existsSync(resolve('dist/web/index.html'))) throw new Error('the web app is not built: npm run build');
  const dir = mkdtempSync(join(tmpdir(), 'chancery-web-'));
  const db = join(dir, 'chancery.db');
  const env = { ...process.env, CHANCERY_DB: db, LOG_LEVEL: 'warn' };
  const cli = (...args: string[]) => execFileSync(process.execPath, [resolve('bin/chancery.js'), ...args], { env, encoding: 'utf8' });
  load(cli);
  const child = spawn(process.execPath, [resolve('bin/chancery.js'), 'serve', '--port', '0', '--reads-per-minute', '0'], { cwd: dir, env });
  const { address } = await servedAddress(child);
  const stop = () =>
    new Promise<void>((ok) => {
      child.removeAllListeners('exit');
      child.on('exit', () => ok());
      child.kill('SIGTERM');
    });
  return { address, db, child, cli, stop };
};

export const launch = async (): Promise<Browser> => {
  const { chromium } = await import('playwright-core');
  // Without the background-networking flags Chromium keeps dialling Google's hosts, which this machine refuses.
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
};

const axeSource = (): string => readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core run in the page: WCAG 2 A and AA rules; returns the violations of serious or critical impact. */
export const seriousViolations = async (page: Page): Promise<AxeViolation[]> => {
  await page.addScriptTag({ content: axeSource() });
  // A string, evaluated in the page: the test's own TypeScript knows no DOM.
  const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })`)) as { violations: AxeViolation[] };
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target })) }));
};
