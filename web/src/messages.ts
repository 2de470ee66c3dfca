import { renderReason } from '../../src/domain/messages/catalogue.js';
import { en } from '../../src/domain/messages/en.messages.js';
import type { Reason } from '../../src/domain/reasons.js';

export { OPEN_END } from '../../src/domain/reasons.js';

/**
 * The reasons of answers in the app's language, from the same message catalogue the CLI and the API's `text` use
 * (src/domain/messages): the app renders each reason's code and parameters itself, never the API's English `text`,
 * so that another language is another catalogue here.
 */
export const say = (reason: Reason): string => renderReason(reason, en);
