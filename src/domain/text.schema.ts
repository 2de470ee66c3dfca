import { z } from 'zod';
import { CONTROL_CHARACTERS } from './text.js';

/** A text field of any input (a dataset file, an API body or query): bounded, and without control characters. */
export const textField = (max: number) =>
  z.string().max(max, `at most ${max} characters`).refine((s) => !CONTROL_CHARACTERS.test(s), 'control characters are not allowed');
