import type { SuccessionKind } from '../model.js';
import { type Named, OPEN_END, type Reason, type SourceNamed, type TermNamed } from '../reasons.js';
import { type Catalogue, renderReason } from './catalogue.js';

const names = (xs: readonly Named[], separator: string): string => xs.map((x) => x.name).join(separator);
const titles = (xs: readonly SourceNamed[]): string => xs.map((s) => s.title).join('; ');
const term = (t: TermNamed): string => `${t.person.name} as ${t.post.name}`;
const span = (start: string | null, end: string | null): string => `${start ?? '?'}–${end ?? '?'}`;

const CONTINUED: Record<SuccessionKind, string> = { 'continues-as': 'continued as', 'merged-into': 'was merged into', 'split-into': 'was split into', 'functions-to': 'passed its functions to' };

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
  // How a question was read.
  'taken-as': ({ asked, taken, by, alias }) =>
    `taking "${asked}" as ${taken.name}${by === 'alias' ? ` (${alias && alias !== taken.name ? `as "${alias}": ` : ''}a name people use for it)` : ' (the clear best match)'}`,
  'post-continued-as': ({ post, successors, kind, date, inferred, rule }) =>
    `${post.name} ${CONTINUED[kind]} ${names(successors, ' and ')}${date ? ` on ${date}` : ''}${inferred ? ` (${rule ?? 'inferred by Chancery'})` : ''}`,
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
  'post-held': ({ post, organization, subject, at, holders, sources }) =>
    `${post.name}${organization ? ` (${organization.name})` : ''} is for ${subject.name}; on ${at} it was held by ${names(holders, ', ')}, per ${titles(sources)}.`,
  'post-possibly-held': ({ post, organization, subject, at, holders, sources }) =>
    `${post.name}${organization ? ` (${organization.name})` : ''} is for ${subject.name}; on ${at} it may have been held (the sources leave the dates open) ` +
    `by ${names(holders, ', ')}, per ${titles(sources)}.`,
  'post-vacant': ({ post, organization, subject, at, after, before }) =>
    `${post.name}${organization ? ` (${organization.name})` : ''} is for ${subject.name}, but was vacant on ${at}` +
    `${after ? `: after ${after.person.name} (to ${after.end ?? '?'})` : ''}${before ? `${after ? ',' : ':'} before ${before.person.name} (from ${before.start ?? '?'})` : ''}.`,
  'sources-disagree': ({ subject, units }) => `Sources disagree: ${units} units are given ${subject.name} at once.`,
  'change-unplaced': ({ subject, at }) =>
    `${at} falls within a partially dated change of responsibility: which unit held ${subject.name} that day is not known.`,
  // Data checks.
  'end-before-start': (r) => `${term(r.term)}: ends ${r.end}, not after its start ${r.start}`,
  'term-after-death': (r) => `${term(r.term)}: the term ends ${r.end === null || r.end === OPEN_END ? 'never (still open)' : r.end}, after ${r.person.name} died on ${r.died}`,
  'term-before-birth': (r) => `${term(r.term)}: the term starts ${r.start}, before ${r.person.name} was born (${r.born})`,
  'seats-exceeded': ({ post, seats, day, holders }) =>
    `${post.name} has ${seats} seat${seats === 1 ? '' : 's'} but ${holders.length} holders on ${day}: ${names(holders, ', ')}`,
  'source-overlap': ({ source, post, terms }) =>
    `${source.title} puts ${terms.map((t) => `${t.person.name} (${span(t.start, t.end)})`).join(' and ')} in ${post.name}, a post of one seat, at once: ` +
    'the source contradicts itself',
  'incompatible-posts': ({ person, posts, organization, overlap }) =>
    `${person.name} is claimed as ${posts.map((p) => p.name).join(' and as ')} of ${organization.name} at ` +
    `${overlap === 'certain' ? 'the same time' : 'possibly the same time (a term is undated)'}, where one person holds one of its posts at a time`,
  'conflicting-claims': ({ facts, values, handover }) => {
    const about = facts.map((f) => `${f.post ? `${f.name} as ${f.post.name}` : f.name} (${f.field})`);
    const sides = values.map((v) => `${v.value} (${titles(v.citing)})`).join(' vs ');
    return handover ? `sources disagree on the date of one handover: ${about.join(' and ')}: ${sides}` : `${about[0]}: sources disagree: ${sides}`;
  },
  'conflicting-responsibility': ({ subject, units, organization, citing }) =>
    `${subject.name} is given to ${names(units, ' and ')} of ${organization.name} at once (${titles(citing)})`,
  'responsibility-outside-unit': ({ unit, subject, when }) =>
    `${unit.name} is given ${subject.name} ${when === 'before-established' ? 'before it was established' : 'after it was abolished'}`,
  'event-before-establishment': ({ event, unit, established }) => `${event.kind} of ${event.date} concerns ${unit.name}, established only from ${established}`,
  'possible-same-person': ({ people, sharing }) =>
    `${people.map((p) => `${p.name} (${p.id})`).join(' and ')} ${sharing === 'hangul-name' ? 'share the Hangul name' : 'are spellings of one name'}: ` +
    'one person or several? (chancery people merge, if a source says so)',
  'ordinal-mismatch': ({ term: t, claimed, derived }) =>
    `${t.person ? `${t.person.name} as ${t.post.name}` : t.id}: the source numbers this term ${claimed}, the rule gives ${derived ?? 'none'}`,
  'reconciliation-mismatch': (r) => {
    const parts = [
      r.missing.length ? `dated data also has ${r.missing.join(', ')}` : '', r.extra.length ? `the source also has ${r.extra.join(', ')}` : '',
      r.unmatched.length ? `unmatched words: ${r.unmatched.join(', ')}` : '',
    ].filter(Boolean);
    return `${r.post.name}, ${r.person.name} (${span(r.start, r.end)}): the source's "${r.column}" column reads ${r.read.join(', ') || 'nothing'}, ` +
      `but dated records give ${r.derived.join(', ') || 'nobody'}; ${parts.join('; ')}`;
  },
};

/** A reason in English. */
export const sayInEnglish = (reason: Reason): string => renderReason(reason, en);
