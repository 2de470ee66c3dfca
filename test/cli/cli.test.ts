import { servedAddress } from '../support/served.js';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { runCli, runJson } from '../support/cli.js';
import { databaseTargets } from '../support/databases.js';

const MINISTER = 'Minister of Foreign Affairs';

/** Row counts of every table: "unchanged" means these are equal before and after. */
const snapshot = async (location: string): Promise<Record<string, number>> => {
  const db = await openDatabase(location);
  try {
    const out: Record<string, number> = {};
    for (const table of ['sources', 'organizations', 'relations', 'posts', 'people', 'names', 'appointments', 'subjects', 'responsibilities', 'events', 'claims'] as const) {
      const r = await db.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      out[table] = Number(r.n);
    }
    return out;
  } finally {
    await db.close();
  }
};

describe.each(databaseTargets)('the CLI on $name', (target) => {
  let db: string;
  beforeAll(async () => {
    db = await target.create();
    const init = await runCli(['init', '--db', db]);
    expect(init.code).toBe(0);
  });

  it('who --json answers in the documented shape', async () => {
    const a = await runJson<Record<string, unknown>>(['who', MINISTER, '--at', '2007-03-01', '--db', db]);
    expect(Object.keys(a)).toEqual(['at', 'post', 'status', 'holders', 'vacancy', 'existed', 'reason', 'recordedLater', 'countryThen', 'notes']);
    expect(a).toMatchObject({ at: '2007-03-01', post: { id: 'ministry-of-foreign-affairs-north-korea:minister-of-foreign-affairs', name: MINISTER } });
    const holders = a['holders'] as Record<string, unknown>[];
    expect(holders).toHaveLength(1);
    expect(holders[0]).toMatchObject({ person: { id: 'kang-sok-ju', name: 'Kang Sok-ju', nativeName: '강석주' }, start: '2007-01-03', end: '2007-05-18', acting: true, ordinal: null, certainty: 'certain' });
    const later = await runJson<{ holders: { person: { name: string } }[] }>(['who', 'minister of foreign affairs', '--at', '2022-06-10', '--db', db]);
    expect(later.holders.map((h) => h.person.name)).toEqual(['Ri Son-gwon']);
    const now = await runJson<{ holders: { person: { name: string } }[] }>(['who', MINISTER, '--at', '2025-01-01', '--db', db]);
    expect(now.holders.map((h) => h.person.name)).toEqual(['Choe Son-hui']);
  });

  it('holders --json lists twelve terms with time in office and concurrent posts', async () => {
    const a = await runJson<{ post: unknown; terms: { ordinal: number | null; person: { name: string }; timeInOffice: { years: number; days: number }; concurrent: Record<string, string[]> }[] }>(['holders', MINISTER, '--db', db]);
    expect(a.terms).toHaveLength(12);
    expect(a.terms[0]).toMatchObject({ ordinal: 1, person: { name: 'Pak Hon-yong' }, timeInOffice: { years: 4, days: 175 } });
    expect(a.terms.find((t) => t.person.name === 'Pak Ui-chun')!.concurrent['Premier']).toEqual(['Kim Yong-il', 'Choe Yong-rim', 'Pak Pong-ju']);
  });

  it('check --json reports findings with code, severity, parameters, subjects, sources and text', async () => {
    const r = await runCli(['check', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const { findings } = JSON.parse(r.stdout) as { findings: { code: string; text: string; sources: unknown[] }[] };
    for (const f of findings) {
      const keys = Object.keys(f);
      expect([...keys.slice(0, 2), ...keys.slice(-3)]).toEqual(['code', 'severity', 'subjects', 'sources', 'text']);
    }
    expect(findings.some((f) => f.code === 'incompatible-posts' && f.text.includes('Choe Son-hui') && f.sources.length > 0)).toBe(true);
    expect(findings.some((f) => f.code === 'conflicting-claims' && f.text.includes('1948-09-08') && f.text.includes('1948-09-09'))).toBe(true);
  });

  it('chart prints the tree on a date', async () => {
    const r = await runCli(['chart', 'mfa', '--at', '2010-03-01', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Minister of Foreign Affairs: Pak Ui-chun');
    expect(r.stdout).toContain('European Affairs Department 2');
  });

  it('bad input gets a clear message, a non-zero exit, and leaves the database unchanged', async () => {
    const before = await snapshot(db);
    const badDate = await runCli(['who', MINISTER, '--at', '2007-02-30', '--db', db]);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--at "2007-02-30"');
    const badPost = await runCli(['who', 'Minister of Silly Walks', '--at', '2007-03-01', '--db', db]);
    expect(badPost.code).toBe(3);
    expect(badPost.stderr).toContain('no post with id or name "Minister of Silly Walks"');
    const badWith = await runCli(['holders', MINISTER, '--with', 'Minister of Silly Walks', '--db', db]);
    expect([badWith.code, badWith.stdout]).toEqual([3, '']);
    expect(badWith.stderr).toContain('no post with id or name "Minister of Silly Walks"');
    const dir = mkdtempSync(join(tmpdir(), 'chancery-cli-'));
    const badArticle = join(dir, 'broken.txt');
    writeFileSync(badArticle, '= A title =\n== Section ==\n=== unbalanced ==\n');
    const parse = await runCli(['import', badArticle, '--db', db]);
    expect(parse.code).toBe(4);
    expect(parse.stderr).toMatch(/broken\.txt:3: .*unbalanced heading/);
    const badJson = join(dir, 'broken.json');
    writeFileSync(badJson, '{"people": [\n  {"id": "x"\n');
    expect((await runCli(['import', badJson, '--db', db])).code).toBe(4);
    expect(await snapshot(db)).toEqual(before);
  });

  it('an import keeps the good records of a file and reports the bad ones by place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chancery-cli-'));
    const file = join(dir, 'more.json');
    writeFileSync(file, JSON.stringify({
      sources: [{ id: 'test-note', title: 'A test note', kind: 'curation' }],
      people: [{ id: 'han-song-ryol', name: 'Han Song-ryol', nativeName: '한성렬', source: 'test-note' }, { id: 'nobody', name: 'Nobody', source: 'no-such-source' }],
      appointments: [
        { post: 'ministry-of-foreign-affairs-north-korea:vice-minister', person: 'han-song-ryol', start: '2019-13', end: 'unknown', source: 'test-note' },
        { post: 'no-such-post', person: 'han-song-ryol', start: '2019', end: 'unknown', source: 'test-note' },
      ],
    }));
    const r = await runCli(['import', file, '--db', db, '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { totals: Record<string, number>; entries: { status: string; kind: string; field?: string; value?: string; message: string }[] };
    const bad = report.entries.filter((e) => e.status === 'rejected');
    expect(bad.map((e) => [e.kind, e.field, e.value])).toEqual([
      ['appointment', 'appointments[0].start', '2019-13'],
      ['person', 'source', 'no-such-source'],
      ['name', 'source', 'no-such-source'],
      ['appointment', 'post', 'no-such-post'],
    ]);
    expect(report.totals['read']).toBe(report.totals['created']! + report.totals['unchanged']! + report.totals['merged']! + report.totals['rejected']!);
    expect(bad[0]!.message).toContain('month 13');
    // Known only as current in the article (as of 2024-12-29): on 2020-01-01 listed apart, as first recorded later.
    const who = await runJson<{ recordedLater: { person: { nativeName: string | null } }[] }>(['who', 'Vice Minister', '--at', '2020-01-01', '--db', db]);
    expect(who.recordedLater.find((h) => h.person.nativeName === '한성렬')).toBeDefined();
  });

  it('person lists a career, on a date or over time', async () => {
    const r = await runCli(['person', 'Choe Son-hui', '--at', '2023-01-01', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Minister of Foreign Affairs');
    const all = await runJson<{ terms: { post: { name: string } }[] }>(['person', 'Kim Yong-nam', '--db', db]);
    expect(all.terms.map((t) => t.post.name).sort()).toEqual(['Head of state', 'Minister of Foreign Affairs']);
  });

  it('prints untrusted text inert: control characters in a name never reach the terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chancery-cli-'));
    const file = join(dir, 'ansi.json');
    writeFileSync(file, JSON.stringify({ sources: [{ id: 'ansi-note', title: 'A note', kind: 'curation' }], people: [{ id: 'ansi', name: 'Evil \u001b[2J Name', source: 'ansi-note' }] }));
    const r = await runCli(['import', file, '--db', db, '--json']);
    expect(r.stdout).not.toContain('\u001b[2J');
    expect(JSON.parse(r.stdout).totals.rejected).toBe(1);
  });

  it('search --json answers in the documented shape, best first', async () => {
    const a = await runJson<{ query: string; results: Record<string, unknown>[] }>(['search', 'Choi Sun-hee', '--db', db]);
    expect(a.query).toBe('Choi Sun-hee');
    expect(Object.keys(a.results[0]!)).toEqual(['kind', 'id', 'name', 'matched', 'match', 'score']);
    expect(a.results[0]).toMatchObject({ kind: 'person', id: 'choe-son-hui', name: 'Choe Son-hui' });
    const bad = await runCli(['search', 'x', '--kind', 'planet', '--db', db]);
    expect(bad.code).toBe(2);
  });

  it('importing the bundled article again changes nothing', async () => {
    const r = await runJson<{ totals: { created: number; merged: number } }>(['import', 'data/mfa-dprk.article.txt', '--source', 'wikipedia-mfa-dprk', '--db', db]);
    expect([r.totals.created, r.totals.merged]).toEqual([0, 0]);
    const before = await snapshot(db);
    const chartBefore = (await runCli(['chart', 'mfa', '--at', '2010-03-01', '--db', db])).stdout;
    // Without --source, the same file is the same source (its digest), so nothing changes either.
    const plain = await runJson<{ totals: { created: number; merged: number } }>(['import', 'data/mfa-dprk.article.txt', '--db', db]);
    expect([plain.totals.created, plain.totals.merged]).toEqual([0, 0]);
    expect(await snapshot(db)).toEqual(before);
    expect((await runCli(['chart', 'mfa', '--at', '2010-03-01', '--db', db])).stdout).toBe(chartBefore);
  });
});

describe('the installed command', () => {
  it('runs from a fresh folder on the default ./chancery.db, loading the bundled dataset', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'chancery-run-'));
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [resolve('bin/chancery.js'), 'who', MINISTER, '--at', '2007-03-01'], { cwd, env: { ...process.env, CHANCERY_DB: '' } });
    expect(stderr).toContain('loading the bundled dataset');
    expect(stdout).toContain('Kang Sok-ju');
    expect(stdout).toContain('acting');
  });
});

describe('chancery serve', () => {
  it('serves the bundled registry on a fresh folder, and shuts down cleanly on SIGTERM', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'chancery-serve-'));
    const child = spawn(process.execPath, [resolve('bin/chancery.js'), 'serve', '--port', '0'], { cwd, env: { ...process.env, CHANCERY_DB: '', LOG_LEVEL: 'warn' } });
    const { address, stderr } = await servedAddress(child);
    const health = (await (await fetch(`${address}/health`)).json()) as { status: string };
    expect(health.status).toBe('ok');
    const who = (await (await fetch(`${address}/api/who?post=${encodeURIComponent(MINISTER)}&at=2022-06-10`)).json()) as { holders: { person: { name: string } }[] };
    expect(who.holders.map((h) => h.person.name)).toEqual(['Ri Son-gwon']);
    const code = await new Promise<number | null>((ok) => {
      child.removeAllListeners('exit');
      child.on('exit', (c) => ok(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    expect(stderr()).toContain('shutting down');
  });
});

describe('chancery serve started by another program', () => {
  it('stops when the program that started it ends without passing the signal on (as npx does)', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'chancery-npx-'));
    // A parent that starts the server, prints its pid, and on SIGTERM exits without telling the server.
    const parentScript = `const { spawn } = require('node:child_process');
const c = spawn(process.execPath, [${JSON.stringify(resolve('bin/chancery.js'))}, 'serve', '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CHANCERY_DB: '', LOG_LEVEL: 'warn' } });
c.stderr.on('data', (d) => { if (String(d).includes('serving')) console.log(c.pid); });
process.on('SIGTERM', () => process.exit(0));`;
    const parent = spawn(process.execPath, ['-e', parentScript], { cwd });
    const serverPid = await new Promise<number>((ok) => parent.stdout.on('data', (d: Buffer) => ok(Number(String(d).trim()))));
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    expect(alive(serverPid)).toBe(true);
    parent.kill('SIGTERM');
    for (let i = 0; i < 100 && alive(serverPid); i++) await new Promise((r) => setTimeout(r, 100));
    expect(alive(serverPid)).toBe(false);
  }, 60_000);
});
