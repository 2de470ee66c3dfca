import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { packageFile } from '../package-files.js';
import { errorBody } from './errors.js';

/** The built web app (dist/web), when `npm run build` has made it. */
const webDir = (): string | undefined => {
  const index = packageFile('dist', 'web', 'index.html');
  return index ? dirname(index) : undefined;
};

/** Whether `chancery serve` has a web app to serve (else `/` says how to build it). */
export const webAppBuilt = (): boolean => webDir() !== undefined;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.html': 'text/html; charset=utf-8', '.json': 'application/json',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.map': 'application/json',
};

/** The app's own pages: each is the same document, which reads its view from the address (so any view can be shared). */
export const PAGES = ['/', '/map', '/timeline', '/diff', '/search', '/sign-in', '/o/*', '/person/*', '/post/*', '/unit/*'];
/** Where the API and its documents live: an unknown address there is an API error (JSON), elsewhere the app's own page. */
const NOT_PAGES = /^\/(api|docs|assets|openapi\.json)(\/|$)/;

// The page runs only its own bundled code and talks only to this server: no inline script, no other origin.
const POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The page for an address no route has: the app itself (status 404), which says there is no such page in its words;
 * under /api and the documents, an API error. A not-found handler, not a wildcard route: a wildcard would also take
 * the addresses the router refuses (a path parameter over its length, answered 414).
 */
export const notFoundPage = async (req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
  const root = webDir();
  if (req.method !== 'GET' || !root || NOT_PAGES.test(req.url)) return reply.code(404).send(errorBody('NOT_FOUND', `no route ${req.method} ${req.url.slice(0, 200)}`));
  return reply.code(404).header('content-type', TYPES['.html']).header('content-security-policy', POLICY).header('cache-control', 'no-cache')
    .send(await readFile(join(root, 'index.html')));
};

/** Serves the web app at / when it has been built (npm run build); the API is untouched either way. */
export const webApp = (app: FastifyInstance): void => {
  const root = webDir();
  if (!root) {
    app.get('/', { schema: { hide: true } }, async (_req, reply) =>
      reply.code(503).send(errorBody('UNAVAILABLE', 'the web app is not built: run `npm run build` (the API is at /api and its docs at /docs)')));
    return;
  }
  const index = () => readFile(join(root, 'index.html'));
  for (const page of PAGES) {
    app.get(page, { schema: { hide: true } }, async (_req, reply) =>
      reply.header('content-type', TYPES['.html']).header('content-security-policy', POLICY).header('cache-control', 'no-cache').send(await index()));
  }
  app.get('/assets/*', { schema: { hide: true } }, async (req, reply) => {
    const rel = (req.params as { '*': string })['*'];
    const file = normalize(join(root, 'assets', rel));
    if (!file.startsWith(join(root, 'assets') + sep) || !existsSync(file)) {
      return reply.code(404).send(errorBody('NOT_FOUND', `no asset ${rel.slice(0, 200)}`));
    }
    const ext = file.slice(file.lastIndexOf('.'));
    // Asset names carry a content hash: they never change, so browsers may keep them.
    return reply.header('content-type', TYPES[ext] ?? 'application/octet-stream').header('cache-control', 'public, max-age=31536000, immutable').send(await readFile(file));
  });
};
