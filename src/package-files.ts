import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A file of the installed package (`data/bundle.json`, `dist/web/index.html`), found upward from this module: the same
 * from the sources, the build and its chunks. Undefined when the package lacks it (the web app not built).
 */
export const packageFile = (...parts: string[]): string | undefined => {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++, dir = dirname(dir)) if (existsSync(join(dir, ...parts))) return join(dir, ...parts);
  return undefined;
};
