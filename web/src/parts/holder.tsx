import type { ChartAnswer } from '../api.js';
import { dateText, lang, nameOf, say, spanText, t } from '../i18n.js';
import { href } from '../router.js';
import { Sources } from './sources.js';

type ChartPost = ChartAnswer['root']['posts'][number];
export type HolderView = ChartPost['holders'][number];

/** A holder as one line: name (and Hangul), dates, acting; "possible" is a lighter style, never a "?" on each line. */
export const Holder = ({ h }: { h: HolderView }) => (
  <span class={`holder ${h.certainty}${h.disputed ? ' disputed' : ''}`} data-certainty={h.certainty}>
    <a href={href(`/person/${encodeURIComponent(h.person.id)}`)}>{nameOf(h.person)}</a>
    {lang() === 'en' && h.person.nativeName ? <span lang="ko" class="native"> {h.person.nativeName}</span> : null}
    {h.acting || h.kind === 'acting' ? <span class="tag acting">{t('acting')}</span> : null}
    {h.kind === 'cover' ? <span class="tag acting">{t('cover')}</span> : null}
    {h.disputed ? <span class="tag conflict" title={t('disputedTitle')}>{t('disputed')}</span> : null}
    <span class="dates"> {spanText(h.start, h.end)}</span>
    {h.certainty === 'possible' ? <span class="sr-only"> {t('possiblySr')}</span> : null}
    <Sources sources={h.sources} />
  </span>
);

const STATUS_KEY = { held: 'noData', 'possibly-held': 'noData', vacant: 'vacant', 'no-data': 'noData', 'not-existing': 'postNotExisting' } as const;

/** A post on the date: its holders, or what is known of its emptiness (vacant, unknown and not existing look different). */
export const PostLine = ({ p }: { p: ChartPost }) => (
  <li class={`post status-${p.status}`} data-post={p.post.id}>
    <a class="post-name" href={href(`/post/${encodeURIComponent(p.post.id)}`)}>{p.post.currentName ?? p.post.name}</a>
    {p.seats > 1 ? <span class="muted"> {t('seats', { count: p.seats })}</span> : null}
    {': '}
    {p.holders.length ? (
      <span class="holders">
        {p.holders.map((h) => <Holder key={h.appointmentId} h={h} />)}
        {p.seats > p.holders.length && p.status !== 'not-existing' ? (
          <span class="empty no-data seats-unknown">{t('seatsUnknown', { count: p.seats - p.holders.length, seats: p.seats })}</span>
        ) : null}
      </span>
    ) : (
      <span class={`empty ${p.status}`}>{t(STATUS_KEY[p.status])}{p.reason ? <span class="muted"> — {say(p.reason)}</span> : null}</span>
    )}
    {p.recordedLater.length ? (
      // Terms whose start is unknown, first attested after this date: named apart, never as possible holders (docs/dates.md).
      <span class="muted recorded-later">
        {' '}{t('notYetRecorded')} {p.recordedLater.map((r) => t('firstRecorded', { name: nameOf(r.person), date: dateText(r.firstRecorded) })).join(', ')}
      </span>
    ) : null}
  </li>
);

/** The one place certainty and status are explained, instead of a mark on every line. */
export const Legend = () => (
  <p class="legend" aria-label={t('legendLabel')}>
    <span class="holder certain">{t('legendCertain')}</span>
    <span class="holder possible">{t('legendPossible')}</span>
    <span class="empty vacant">{t('vacant')}</span>
    <span class="empty no-data">{t('noData')}</span>
    <span class="tag conflict">{t('disputed')}</span>
    <span class="tag acting">{t('acting')}</span>
  </p>
);
