#!/usr/bin/env node
// Runs the build (dist/, made by `npm run build`, which `npm ci` runs as its prepare step); without one, the
// TypeScript sources through tsx, as in development.
import { existsSync } from 'node:fs';
import { URL } from 'node:url';

const built = new URL('../dist/index.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/index.ts');
}
