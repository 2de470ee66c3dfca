import type { Named, Reason, SourceNamed } from '../reasons.js';
import { type Catalogue, renderReason } from './catalogue.js';

const names = (xs: readonly Named[], separator: string): string => xs.map((x) => x.name).join(separator);
const titles = (xs: readonly SourceNamed[]): string => xs.map((s) => s.title).join('; ');

/** The reasons in English: the words the CLI prints, the web app shows and JSON answers carry as `text`. */
export const en: Catalogue = {
  // A post on a date.
  'post-not-existing': ({ post, at, from, to }) =>
    `${post.name} did not exist on ${at}${from ? ` (from ${from}${to ? ` to ${to}` : ''})` : to ? ` (until ${to})` : ''}`,
  'seats-all-held': () => 'others whose dates are open are left out: the post\'s seats were all held',
  'no-certain-holder': ({ at, doubts }, say) =>
    doubts.length ? `no holder is certain on ${at}: ${doubts.map(say).join('; ')}` : `no holder is certain on every day of ${at}`,
  'vacant-between': ({ after, before }) =>
    `vacant between ${after.person.name}'s term (ended ${after.end ?? '?'}) and ${before.person.name}'s (started ${before.start ?? '?'})`,
  'no-record': () => 'no holder is recorded for this period',
  // Why a holder is not certain.
  'dates-disputed': ({ person }) => `sources disagree on ${person.name}'s dates`,
  'known-until': ({ person, asOf }) => `${person.name}'s term is known only up to ${asOf}, the date of its newest source`,
  'start-unrecorded': ({ person }) => `${person.name}'s start is not recorded`,
  'dates-partial': ({ person }) => `${person.name}'s dates are partial`,
  // Routing.
  'subject-ended': ({ subject, at, ended, successors }) =>
    `${subject.name} did not exist on ${at}: it ended on ${ended}${successors.length ? `; its successors: ${names(successors, ', ')}` : ''}. ` +
    'A responsibility for it is not one for any other state.',
  'subject-not-begun': ({ subject, at, began }) =>
    `${subject.name} did not exist on ${at}: it began only on ${began ?? '?'}. A responsibility for it is not one for any other state.`,
  'unit-not-existing': ({ unit, subject, at, from }) =>
    `${unit.name} is recorded for ${subject.name}, but did not exist on ${at}${from ? ` (it existed from ${from})` : ''}: ` +
    'its organization had not been formed, or it had been abolished.',
  'not-covered': ({ subject, at, within }) => `No unit${within ? ` within ${within.name}` : ''} is recorded as responsible for ${subject.name} on ${at}.`,
  responsible: ({ unit, subject, via, at, sources, chain }) =>
    `${unit.name} is responsible for ${via ? `${via.name}, which covers ${subject.name},` : subject.name} on ${at}, per ${titles(sources)}; ` +
    `chain: ${names(chain, ' → ')}.`,
  'possibly-responsible': ({ unit, subject, via, at, sources, chain }) =>
    `${unit.name} may be responsible (the sources leave the dates open) for ${via ? `${via.name}, which covers ${subject.name},` : subject.name} ` +
    `on ${at}, per ${titles(sources)}; chain: ${names(chain, ' → ')}.`,
  'sources-disagree': ({ subject, units }) => `Sources disagree: ${units} units are given ${subject.name} at once.`,
  'change-unplaced': ({ subject, at }) =>
    `${at} falls within a partially dated change of responsibility: which unit held ${subject.name} that day is not known.`,
};

/** A reason in English. */
export const sayInEnglish = (reason: Reason): string => renderReason(reason, en);
