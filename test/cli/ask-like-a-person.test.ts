import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { MARKED } from '../../src/cli/present.js';
import { VERSION } from '../../src/version.js';
import { runCli, runJson } from '../support/cli.js';
import { databaseTargets } from '../support/databases.js';

interface Search {
  results: { kind: string; id: string; name: string; match: string }[];
}
const found = async (db: string, ...args: string[]) => (await runJson<Search>(['search', ...args, '--db', db])).results;

describe.each(databaseTargets)('asking as a person would, on $name', (target) => {
  let db: string;
  const dir = mkdtempSync(join(tmpdir(), 'chancery-ask-'));
  beforeAll(async () => {
    db = await target.create();
    expect((await runCli(['init', '--db', db])).code).toBe(0);
  });

  it('finds people by surname alone, in any spelling or in Hangul, and by typo', async () => {
    for (const q of ['Choe', 'Choi', '최', 'Choe Son-hu']) expect((await found(db, q)).map((r) => r.id), q).toContain('choe-son-hui');
    expect((await found(db, 'Kang')).map((r) => r.name)).toEqual(expect.arrayContaining(['Kang Sok-ju', 'Kang Song-san']));
    expect((await found(db, 'Kim Young-nam'))[0]).toMatchObject({ id: 'kim-yong-nam', match: 'fuzzy' });
  });

  it('ranks before it cuts: search Kim --limit 3 keeps Kim Il', async () => {
    const three = await found(db, 'Kim', '--limit', '3');
    expect(three).toHaveLength(3);
    expect(three.map((r) => r.name)).toContain('Kim Il');
    const all = await found(db, 'Kim', '--limit', '50');
    expect(three.map((r) => r.id)).toEqual(all.slice(0, 3).map((r) => r.id));
  });

  it('finds units by some of their words, bodies by acronym, countries by typo', async () => {
    expect((await found(db, 'Consular Affairs', '--kind', 'unit'))[0]?.name).toBe('Department of Consular Affairs');
    expect((await found(db, 'Foreign Affairs', '--kind', 'unit')).map((r) => r.name)).toContain('Ministry of Foreign Affairs (North Korea)');
    expect((await found(db, 'ASEAN'))[0]).toMatchObject({ kind: 'body', name: 'Association of Southeast Asian Nations' });
    expect((await found(db, 'Sweeden'))[0]).toMatchObject({ kind: 'country', name: 'Sweden', match: 'fuzzy' });
  });

  it('knows a post by the names people use, and suggests what was meant', async () => {
    for (const post of ['Foreign Minister', '외무상', 'Minister for Foreign Affairs']) {
      const r = await runJson<{ holders: { person: { name: string } }[] }>(['who', post, '--at', '2010-03-01', '--db', db]);
      expect(r.holders.map((h) => h.person.name), post).toEqual(['Pak Ui-chun']);
    }
    expect((await runCli(['who', 'first_vice_minister', '--at', '2010-03-01', '--db', db])).stdout).toContain('Kim Kye-gwan');
    const typo = await runCli(['who', 'Foreign Ministr', '--db', db]);
    expect(typo.code).toBe(3);
    expect(typo.stderr).toContain('did you mean "Minister of Foreign Affairs"');
    const unit = await runCli(['chart', 'Consular Afairs', '--db', db]);
    expect(unit.stderr).toContain('did you mean "Department of Consular Affairs"');
  });

  it('knows countries by their names in other languages, and bodies by their function', async () => {
    const sweden = await runJson<{ subject: { code: string }; candidates: { unit: { name: string } }[] }>(['route', 'Suède', '--at', '2010-03-01', '--db', db]);
    expect(sweden.subject.code).toBe('SE');
    expect(sweden.candidates[0]?.unit.name).toBe('European Affairs Department 2');
    for (const name of ['Corée du Sud', 'Südkorea', 'Южная Корея', '大韩民国', '대한민국', 'Corea del Sur']) {
      expect((await runJson<{ subject: { code: string } }>(['route', name, '--at', '2025-01-01', '--db', db])).subject.code, name).toBe('KR');
    }
    expect((await runJson<{ subject: { code: string } }>(['route', 'États-Unis', '--db', db])).subject.code).toBe('US');
    const un = await runJson<{ status: string; candidates: { unit: { name: string }; via: string | null }[] }>(['route', 'United Nations', '--db', db]);
    expect(un.candidates[0]).toMatchObject({ unit: { name: 'Department of International Organizations' }, via: 'international organizations' });
  });

  it('reads dates as people write them, says how it read them, and answers for today by default', async () => {
    for (const at of ['2010/03/01', '2010-3-1', '1 March 2010', 'March 1, 2010', '2010년 3월 1일', '2010.03.01']) {
      const r = await runCli(['who', 'Minister of Foreign Affairs', '--at', at, '--db', db]);
      expect(r.stdout, at).toContain('on 2010-03-01:');
      expect(r.stdout, at).toContain('Pak Ui-chun');
    }
    for (const [at, read] of [['March 2010', '2010-03'], ['Mar 2010', '2010-03'], ['2010년 3월', '2010-03']] as const) {
      expect((await runCli(['who', 'Minister of Foreign Affairs', '--at', at, '--db', db])).stdout, at).toContain(`on ${read}:`);
    }
    const today = await runCli(['who', 'Minister of Foreign Affairs', '--db', db]);
    expect(today.stdout).toContain('on 2026-11-28:');
    expect((await runCli(['who', 'Minister of Foreign Affairs', '--at', 'today', '--db', db])).stdout).toContain('on 2026-11-28:');
    const bad = await runCli(['who', 'Minister of Foreign Affairs', '--at', 'the other day', '--db', db]);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('write it as 2010-03-01, 2010/3/1, "1 March 2010"')]);
    const impossible = await runCli(['who', 'Minister of Foreign Affairs', '--at', '2010/2/30', '--db', db]);
    expect(impossible.stderr).toContain('day 30 does not exist');
  });

  it('shows what changed during a year with --in, and reads year bounds as their first days, saying so', async () => {
    const during = await runJson<{ responsibilities: { gained: { subject: string }[] } }>(['diff', 'mfa', '--in', '2024', '--db', db]);
    expect(during.responsibilities.gained.map((g) => g.subject)).toContain('South Korea');
    const years = await runCli(['diff', 'mfa', '--from', '2024', '--to', '2025', '--db', db]);
    expect(years.stdout).toContain('read as 2024-01-01 to 2025-01-01');
    expect(years.stdout).toContain('South Korea');
    const both = await runCli(['diff', 'mfa', '--in', '2024', '--from', '2023', '--db', db]);
    expect(both.code).toBe(2);
  });

  it('lists sources and people, prints its version, and shows examples and the global options in help', async () => {
    const sources = await runCli(['sources', '--db', db]);
    expect(sources.stdout).toContain('wikipedia-mfa-dprk');
    expect((await runCli(['sources', 'show', 'wikipedia-pak-ui-chun', '--db', db])).stdout).toContain('url: https://en.wikipedia.org/wiki/Pak_Ui-chun');
    expect((await runCli(['sources', 'show', 'nope', '--db', db])).code).toBe(3);
    const people = await runJson<{ items: { id: string }[]; next: number | null }>(['people', 'list', '--limit', '5', '--db', db]);
    expect(people.items).toHaveLength(5);
    expect(people.next).toBe(5);
    expect((await runCli(['--version'])).stdout.trim()).toBe(VERSION);
    const help = await runCli(['route', '--help']);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('Global Options:');
    expect(help.stdout).toContain('--db <location>');
  });

  it('gives a duplicate user its own exit code, and an import that writes nothing or rejects most records a non-zero one', async () => {
    expect((await runCli(['users', 'add', 'alice', '--db', db])).code).toBe(0);
    const again = await runCli(['users', 'add', 'alice', '--db', db]);
    expect([again.code, again.stderr]).toEqual([8, expect.stringContaining('a user named "alice" exists')]);
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '');
    expect((await runCli(['import', empty, '--db', db])).code).toBe(9);
    const bad = join(dir, 'bad.json');
    const people = Array.from({ length: 160 }, (_x, i) => ({ id: `nobody-${i}`, name: `Nobody ${i}`, source: 'no-such-source' }));
    writeFileSync(bad, JSON.stringify({ people }));
    const r = await runCli(['import', bad, '--db', db]);
    expect(r.code).toBe(9);
    // One line per distinct reason, with a count and the first places, not 160 lines.
    expect(r.stdout.split('\n').length).toBeLessThan(5);
    expect(r.stdout).toMatch(/rejected ×160 \(person\)/);
    const [rejected, read] = r.stderr.split(' records were rejected')[0]!.split('chancery: ')[1]!.split(' of ');
    expect(rejected).toBe(read);
  });
});

describe('output for a person at a terminal', () => {
  it('colours a terminal only, after escaping the data, and shows certainty once with a legend', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'chancery-tty-')), 'r.db');
    await runCli(['init', '--db', db]);
    const plain = await runCli(['chart', 'mfa', '--at', '2010-03-01', '--db', db]);
    expect(plain.stdout).not.toContain('\u001b[');
    const tty = await runCli(['chart', 'mfa', '--at', '2010-03-01', '--db', db], '2026-11-28', { style: MARKED });
    expect(tty.stdout).toContain('\u001b[1mMinistry of Foreign Affairs (North Korea)\u001b[0m');
    // A unit's mark covers its subjects: no subject line is marked again, and the legend says what the mark means.
    expect(plain.stdout).toContain('    handles: China, Japan, Mongolia');
    expect(plain.stdout).toContain('? = possibly so on that day');
    expect(plain.stdout.match(/\?/g)!.length).toBeLessThan(40);
    const check = await runCli(['check', '--db', db], '2026-11-28', { style: MARKED });
    expect(check.stdout).toContain('\u001b[33mWARNING\u001b[0m');
  });

  it('gives dates as text in record --json, as the API does', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'chancery-record-')), 'r.db');
    await runCli(['init', '--db', db]);
    const r = await runCli(['record', 'rename', '--unit', 'Protocol Department', '--name', 'Department of Protocol', '--date', 'January 2026', '--source', 'chancery-curation', '--db', db, '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { event: { date: unknown } }).event.date).toBe('2026-01');
  });

  it('logs one readable line a request for serve on a terminal', async () => {
    const { readableLog } = await import('../../src/cli/commands/serve.command.js');
    const lines: string[] = [];
    const log = readableLog((l) => lines.push(l));
    log.write(JSON.stringify({ level: 30, time: Date.UTC(2026, 10, 28, 10, 42, 7), reqId: 'r1', msg: 'incoming request', req: { method: 'GET', url: '/api/who?post=Premier' } }));
    log.write(JSON.stringify({ level: 30, time: Date.UTC(2026, 10, 28, 10, 42, 7), reqId: 'r1', msg: 'request completed', res: { statusCode: 200 }, responseTime: 3.14 }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d GET \/api\/who\?post=Premier 200 3\.1 ms$/);
  });
});

describe('databases named wrongly or not yet there', () => {
  it('says which schemes it knows, and creates a missing PostgreSQL database with init --create-db', async () => {
    const mysql = await runCli(['who', 'Premier', '--db', 'mysql://localhost/x']);
    expect([mysql.code, mysql.stderr]).toEqual([2, expect.stringContaining('unsupported database "mysql://": use a SQLite file path or a postgres:// URL')]);
    const pg = process.env['CHANCERY_TEST_PG'];
    if (!pg) return;
    const url = new URL(pg);
    url.pathname = `/chancery_created_${process.pid}_${Date.now()}`;
    const missing = await runCli(['who', 'Premier', '--db', url.toString()]);
    expect(missing.stderr).toContain('run: chancery init --create-db');
    const created = await runCli(['init', '--create-db', '--db', url.toString()]);
    expect([created.code, created.stderr]).toEqual([0, expect.stringContaining('created the database')]);
    expect((await runCli(['who', 'Premier', '--at', '2010-01-01', '--db', url.toString()])).stdout).toContain('Kim Yong-il');
  }, 60_000);
});

describe('the command line as a pipe sees it', () => {
  it('ends quietly when the reader stops early: chart --json | head -1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chancery-pipe-'));
    const cli = resolve('bin/chancery.js');
    const { stdout, stderr } = await promisify(execFile)('sh', ['-c', `node ${cli} chart mfa --json | head -1; echo "status $?"`], { cwd: dir, env: { ...process.env, CHANCERY_DB: '' } });
    expect(stdout.split('\n')[0]).toBe('{');
    for (const trace of ['EPIPE', 'Error:', '    at ']) expect(stderr).not.toContain(trace);
  }, 60_000);
});
