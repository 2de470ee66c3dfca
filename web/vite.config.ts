import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

// The app is served by `chancery serve` from dist/web; everything it needs (fonts, map) is bundled: no CDN.
export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  build: { assetsInlineLimit: 0, outDir: fileURLToPath(new URL('../dist/web', import.meta.url)), emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1200 },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  logLevel: 'warn',
});
