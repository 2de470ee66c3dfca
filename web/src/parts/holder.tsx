import type { ChartAnswer } from '../api.js';
import { span } from '../dates.js';
import { say } from '../messages.js';
import { href } from '../router.js';
import { Sources } from './sources.js';

type ChartPost = ChartAnswer['root']['posts'][number];
export type HolderView = ChartPost['holders'][number];

/** A holder as one line: name (and Hangul), dates, acting; "possible" is a lighter style, never a "?" on each line. */
export const Holder = ({ h }: { h: HolderView }) => (
  <span class={`holder ${h.certainty}${h.disputed ? ' disputed' : ''}`} data-certainty={h.certainty}>
    <a href={href(`/person/${encodeURIComponent(h.person.id)}`)}>{h.person.currentName ?? h.person.name}</a>
    {h.person.nativeName ? <span lang="ko" class="native"> {h.person.nativeName}</span> : null}
    {h.acting || h.kind === 'acting' ? <span class="tag acting">acting</span> : null}
    {h.kind === 'cover' ? <span class="tag acting">cover</span> : null}
    {h.disputed ? <span class="tag conflict" title="sources disagree on this term">sources disagree</span> : null}
    <span class="dates"> {span(h.start, h.end)}</span>
    {h.certainty === 'possible' ? <span class="sr-only"> (possibly in office on this date)</span> : null}
    <Sources sources={h.sources} />
  </span>
);

const STATUS_TEXT: Record<ChartPost['status'], string> = {
  held: '', 'possibly-held': '', vacant: 'Vacant', 'no-data': 'No holder known', 'not-existing': 'Post did not exist',
};

/** A post on the date: its holders, or what is known of its emptiness (vacant, unknown and not existing look different). */
export const PostLine = ({ p }: { p: ChartPost }) => (
  <li class={`post status-${p.status}`} data-post={p.post.id}>
    <a class="post-name" href={href(`/post/${encodeURIComponent(p.post.id)}`)}>{p.post.currentName ?? p.post.name}</a>
    {p.seats > 1 ? <span class="muted"> ({p.seats} seats)</span> : null}
    {': '}
    {p.holders.length ? (
      <span class="holders">
        {p.holders.map((h) => <Holder key={h.appointmentId} h={h} />)}
        {p.seats > p.holders.length && p.status !== 'not-existing' ? (
          <span class="empty no-data seats-unknown">{p.seats - p.holders.length} of {p.seats} seats: holders unknown</span>
        ) : null}
      </span>
    ) : (
      <span class={`empty ${p.status}`}>{STATUS_TEXT[p.status] || 'No holder known'}{p.reason ? <span class="muted"> — {say(p.reason)}</span> : null}</span>
    )}
    {p.recordedLater.length ? (
      // Terms whose start is unknown, first attested after this date: named apart, never as possible holders (docs/dates.md).
      <span class="muted recorded-later">
        {' '}Not yet recorded: {p.recordedLater.map((r) => `${r.person.name} (first recorded on ${r.firstRecorded})`).join(', ')}
      </span>
    ) : null}
  </li>
);

/** The one place certainty and status are explained, instead of a mark on every line. */
export const Legend = () => (
  <p class="legend" aria-label="How to read this page">
    <span class="holder certain">Certain on this date</span>
    <span class="holder possible">Possibly (the source's dates leave it open)</span>
    <span class="empty vacant">Vacant</span>
    <span class="empty no-data">No holder known</span>
    <span class="tag conflict">sources disagree</span>
    <span class="tag acting">acting</span>
  </p>
);
