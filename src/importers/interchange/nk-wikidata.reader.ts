import type { InputElement } from './elements.js';
// eslint-disable-next-line require-yield
export async function* wikidataElements(_path: string, _label: string): AsyncGenerator<InputElement> {
  throw new Error('TODO');
}
