import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Routes parse, call a service, and present: a repository read in a route is a rule living outside its service.
const REPOSITORIES = ['organizations', 'posts', 'people', 'appointments', 'responsibilities', 'relations', 'events', 'sources', 'claims', 'history', 'users', 'names', 'subjects'];

describe('the API layer', () => {
  it('calls services only: no route reads a repository', () => {
    const dir = 'src/api/routes';
    const found: string[] = [];
    for (const file of readdirSync(dir)) {
      readFileSync(join(dir, file), 'utf8').split('\n').forEach((line, i) => {
        if (new RegExp(`\\.(${REPOSITORIES.join('|')})\\.[a-zA-Z]+\\(`).test(line)) found.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
        if (/\.repository\(/.test(line)) found.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(found).toEqual([]);
  });
});
