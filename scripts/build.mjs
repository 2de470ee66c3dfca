// Builds the CLI and server into dist/: one ES module bundle with a chunk per command, so that a command loads
// only what it uses. Packages that are large, native or load files at run time stay in node_modules.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

/** Packages compiled into the bundle: many small modules each, whose loading dominated start-up. */
const BUNDLED = new Set(['kysely', 'commander', 'zod']);
const packageOf = (spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: ['src/cli/index.ts'],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: true,
  legalComments: 'none',
  // commander is CommonJS: its require() calls of node's modules need a require in an ES module.
  banner: { js: "import { createRequire as __chanceryRequire } from 'node:module'; const require = __chanceryRequire(import.meta.url);" },
  logLevel: 'warning',
  plugins: [{
    name: 'external-packages',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('node:') || !BUNDLED.has(packageOf(args.path)) ? { external: true } : undefined));
    },
  }],
});

// The web app, into dist/web: served by `chancery serve` at /. Vite is a build tool only; nothing of it runs in the server.
const { build: viteBuild } = await import('vite');
await viteBuild({ configFile: 'web/vite.config.ts' });
