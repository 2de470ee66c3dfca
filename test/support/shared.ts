import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The read-only shared material (../shared beside the clone, as in CI); CHANCERY_SHARED overrides. */
export const SHARED_DIR = process.env['CHANCERY_SHARED'] ?? resolve('..', 'shared');
if (!existsSync(SHARED_DIR)) throw new Error(`shared material not found at ${SHARED_DIR}; set CHANCERY_SHARED`);

export const sharedPath = (...parts: string[]): string => join(SHARED_DIR, ...parts);
