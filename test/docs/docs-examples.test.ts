import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { useCliAndApi } from '../support/cli-and-api.js';
import { databaseTargets } from '../support/databases.js';

/** The fenced blocks of a Markdown file, with their language. */
const blocks = (file: string): { lang: string; body: string }[] =>
  [...readFileSync(file, 'utf8').matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, body: m[2]! }));

/** Splits a command line as a shell would: words, "double" and 'single' quoted strings. */
const shellWords = (line: string): string[] => {
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (const c of line) {
    if (quote) {
      if (c === quote) quote = undefined;
      else word = (word ?? '') + c;
    } else if (c === '"' || c === "'") {
      quote = c;
      word ??= '';
    } else if (c === ' ') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
};

/** `expected` is found in `actual`: objects by their keys, lists by each element being somewhere in the list. */
const contains = (actual: unknown, expected: unknown): boolean => {
  if (Array.isArray(expected)) return Array.isArray(actual) && expected.every((e) => actual.some((a) => contains(a, e)));
  if (expected !== null && typeof expected === 'object') {
    return actual !== null && typeof actual === 'object' && Object.entries(expected).every(([k, v]) => contains((actual as Record<string, unknown>)[k], v));
  }
  return actual === expected;
};

describe.each(databaseTargets)('the documented examples, on $name', (target) => {
  const registry = useCliAndApi(target);
  let db = '';
  let app: FastifyInstance;
  beforeAll(() => ({ db, app } = registry()));

  it('docs/cli.md: every console example prints what it shows', async () => {
    const examples = blocks('docs/cli.md').filter((b) => b.lang === 'console');
    expect(examples.length).toBeGreaterThan(10);
    for (const { body } of examples) {
      const [command, ...shown] = body.trimEnd().split('\n');
      const args = shellWords(command!.replace(/^\$ chancery /, ''));
      const r = await runCli([...args, '--db', db]);
      const printed = (r.stdout + r.stderr).trimEnd().split('\n').map((l) => l.trimEnd());
      const excerpt = shown[shown.length - 1] === '…';
      const expected = excerpt ? shown.slice(0, -1) : shown;
      expect(excerpt ? printed.slice(0, expected.length) : printed, command).toEqual(expected.map((l) => l.trimEnd()));
    }
  });

  it('docs/api.md: every request answers with what is shown', async () => {
    const all = blocks('docs/api.md');
    const requests = all.map((b, i) => ({ b, next: all[i + 1] })).filter(({ b }) => b.lang === 'http');
    expect(requests.length).toBeGreaterThan(5);
    for (const { b, next } of requests) {
      const [requestLine, statusLine] = b.body.trim().split('\n');
      const [method, url] = requestLine!.split(' ') as ['GET', string];
      const res = await app.inject({ method, url });
      expect(res.statusCode, requestLine).toBe(statusLine ? Number(statusLine.split(' ')[1]) : 200);
      expect(next?.lang, `${requestLine} is followed by its answer`).toBe('json');
      const expected = JSON.parse(next!.body) as unknown;
      expect(contains(res.json(), expected), `${requestLine}:\n${JSON.stringify(res.json()).slice(0, 1500)}`).toBe(true);
    }
  });
});
