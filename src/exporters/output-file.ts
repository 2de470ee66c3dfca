import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { DomainError } from '../domain/errors.js';

const refused = (path: string, e: unknown): DomainError =>
  new DomainError('INVALID_ARGUMENT', `cannot write there (${(e as NodeJS.ErrnoException).code ?? String(e)})`, { field: '--out', value: path });

/** A file opened for writing, or a clear error naming it (a missing folder, no permission) before anything is read. */
export const openOutput = async (path: string): Promise<WriteStream> => {
  const out = createWriteStream(path);
  await new Promise<void>((ok, fail) => {
    out.once('open', () => ok());
    out.once('error', (e) => fail(refused(path, e)));
  });
  return out;
};

/** A folder to write files into, made if missing, or a clear error naming it. */
export const makeOutputFolder = (path: string): void => {
  try {
    mkdirSync(path, { recursive: true });
  } catch (e) {
    throw refused(path, e);
  }
};
