import { useState } from 'preact/hooks';
import type { HoldersAnswer } from '../api.js';
import { dayOf, FIRST_YEAR, todayText, yearFraction } from '../dates.js';
import { dateText, nameOf, spanText, t } from '../i18n.js';
import { OPEN_END } from '../messages.js';
import { orgPath, type OrganizationSummary } from '../organization.js';
import { Failure } from '../parts/failure.js';
import { Ordinal } from '../parts/ordinal.js';
import { Sources } from '../parts/sources.js';
import { href, navigate } from '../router.js';
import { useRead } from '../use-read.js';

type Term = HoldersAnswer['terms'][number];
const WIDTH = 1000;
const LANE = 50;
const LEFT = 8;
/** About how wide a label's letter is at the timeline's font size, to tell whether a name fits. */
const LETTER = 6.2;

interface Bar {
  term: Term;
  x: number;
  w: number;
  row: number;
  openStart: boolean;
  openEnd: boolean;
  /** Where its name goes: inside the bar, beside it (there is room before the next bar), or only on focus. */
  label: 'inside' | 'beside' | 'focus';
}

/** Terms as bars on a shared axis from 1948 to today; a term whose end is open runs to today, an unknown start is faded. */
const bars = (terms: readonly Term[], x: (year: number) => number): Bar[] => {
  const today = dayOf(todayText(), 'earliest')!;
  const placed = terms.flatMap((term) => {
    const s = dayOf(term.start, 'earliest');
    const e = term.end === OPEN_END ? today : dayOf(term.end, 'latest');
    if (s === null && e === null) return [];
    const from = s ?? (e! - 365);
    const to = e ?? today;
    const x0 = x(yearFraction(from));
    return [{ term, x: x0, w: Math.max(3, x(yearFraction(to)) - x0), openStart: s === null, openEnd: e === null }];
  });
  return placed.map((b, i) => {
    const row = i % 2;
    const next = placed.slice(i + 1).find((_, j) => (i + 1 + j) % 2 === row);
    const need = nameOf(b.term.person).length * LETTER + 6;
    const label = b.w >= need ? 'inside' : (next ? next.x : WIDTH) - (b.x + b.w) >= need ? 'beside' : 'focus';
    return { ...b, row, label };
  });
};

const termLabel = (term: Term, title: string): string =>
  `${nameOf(term.person)}, ${title}${term.acting || term.kind === 'acting' ? ` ${t('actingParen')}` : ''}: ${spanText(term.start, term.end)}`;

const Lane = ({ post, y, x, selected, onSelect }: { post: string; y: number; x: (year: number) => number; selected: string | null; onSelect: (t: Term) => void }) => {
  const { data } = useRead('/api/holders', { post });
  const title = data ? data.post.currentName ?? data.post.name : '…';
  return (
    <g class="lane" aria-label={title} role="group">
      <text x={LEFT} y={y - 8} class="lane-title">{title}</text>
      {data ? bars(data.terms, x).map((b) => {
        const acting = b.term.acting || b.term.kind === 'acting';
        const label = termLabel(b.term, title);
        const top = y + b.row * 14;
        return (
          <g
            key={b.term.appointmentId} class={`bar${acting ? ' acting' : ''}${selected === b.term.appointmentId ? ' selected' : ''}${b.openStart || b.openEnd ? ' open' : ''} label-${b.label}`}
            // An attribute, not the tabIndex property: SVG elements take focus only from the attribute.
            tabindex={0} role="button" aria-label={label} data-person={b.term.person.id}
            onClick={() => onSelect(b.term)} onKeyDown={(k) => (k.key === 'Enter' || k.key === ' ') && (k.preventDefault(), onSelect(b.term))}
          >
            <title>{label}</title>
            <rect x={b.x} y={top} width={b.w} height={18} rx={2} />
            {b.label === 'inside' ? <text x={b.x + 3} y={top + 13} class="bar-label">{nameOf(b.term.person)}</text> : null}
            {b.label === 'beside' ? <text x={b.x + b.w + 3} y={top + 13} class="bar-label beside">{nameOf(b.term.person)}</text> : null}
            {b.label === 'focus' ? <text x={Math.min(b.x, WIDTH - 160)} y={top - 2} class="bar-label on-focus">{nameOf(b.term.person)}</text> : null}
          </g>
        );
      }) : null}
    </g>
  );
};

/** The same terms as a list, for a narrow screen: readable names and dates, newest first. */
const LaneList = ({ post }: { post: string }) => {
  const { data } = useRead('/api/holders', { post });
  if (!data) return null;
  return (
    <section class="lane-list">
      <h3><a href={href(`/post/${encodeURIComponent(post)}`)}>{data.post.currentName ?? data.post.name}</a></h3>
      <ol reversed>{[...data.terms].reverse().map((term) => (
        <li key={term.appointmentId} class={term.acting ? 'acting' : ''}>
          <a href={href(`/person/${encodeURIComponent(term.person.id)}`)}>{nameOf(term.person)}</a> <span class="dates">{spanText(term.start, term.end)}</span>
          {term.acting ? <span class="tag acting">{t('acting')}</span> : null}
        </li>
      ))}</ol>
    </section>
  );
};

/** The timeline's answer: how many have held the post, since when, and who holds it now. */
const answerOf = (data: HoldersAnswer | undefined): string | null => {
  if (!data || !data.terms.length) return null;
  const name = data.post.currentName ?? data.post.name;
  const current = data.terms.filter((term) => term.end === OPEN_END);
  const first = data.terms[0]!.start;
  const base = t('timelineAnswer', { post: name, count: new Set(data.terms.map((term) => term.person.id)).size, since: first ? dateText(first, 'year') : '?' });
  return current.length ? `${base} ${t('timelineNow', { names: current.map((c) => nameOf(c.person)).join(', '), since: dateText(current[0]!.start, 'month') })}` : base;
};

/** A post's holders as bars over the years, with lanes for the posts the registry relates to it; acting terms drawn differently. */
export const TimelineView = ({ org, summary, post }: { org: string; summary: OrganizationSummary | undefined; post: string | null }) => {
  const chart = useRead('/api/chart', { org, at: todayText() });
  const chosen = post ?? summary?.headPost?.id ?? chart.data?.root.posts[0]?.post.id ?? null;
  const main = useRead('/api/holders', chosen ? { post: chosen } : null);
  const [selected, setSelected] = useState<Term | null>(null);
  if (chart.error && !chosen) return <Failure error={chart.error} kind="organization" />;
  if (main.error) return <Failure error={main.error} kind="post" />;
  const related = main.data ? Object.values(main.data.relatedPosts).map((p) => p.id).filter((id) => id !== chosen) : [];
  const lanes = chosen ? [chosen, ...new Set(related)] : [];
  const last = Number(todayText().slice(0, 4)) + 1;
  const first = Math.min(FIRST_YEAR, ...(main.data?.terms ?? []).map((term) => Number(term.start?.slice(0, 4))).filter((n) => n > 1700));
  const x = (year: number) => LEFT + ((year - first) / (last - first)) * (WIDTH - 2 * LEFT);
  const step = last - first > 120 ? 20 : 10;
  const decades = Array.from({ length: Math.floor((last - Math.ceil(first / step) * step) / step) + 1 }, (_, i) => Math.ceil(first / step) * step + i * step);
  const height = LANE * lanes.length + 60;
  const todayX = x(yearFraction(dayOf(todayText(), 'earliest')!));
  const posts = chart.data?.root.posts ?? [];
  const answer = answerOf(main.data);
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timelineTitle', { post: main.data ? main.data.post.currentName ?? main.data.post.name : '…' })}</h2>
      {answer ? <p class="answer" data-answer="timeline">{answer}</p> : null}
      {posts.length > 1 ? (
        <p class="post-picker">
          <label for="timeline-post">{t('timelinePost')}</label>{' '}
          <select id="timeline-post" value={chosen ?? ''} onChange={(e) => navigate(orgPath(org, 'timeline'), { post: (e.target as HTMLSelectElement).value })}>
            {posts.map((p) => <option key={p.post.id} value={p.post.id}>{p.post.currentName ?? p.post.name}</option>)}
          </select>
        </p>
      ) : null}
      <p class="legend"><span class="swatch bar-solid" /> {t('inOfficeLegend')} <span class="swatch bar-acting" /> {t('acting')} <span class="swatch bar-open" /> {t('openDate')} <span class="swatch today-line" /> {t('today')}</p>
      <div class="timeline-wrap">
        <svg viewBox={`0 0 ${WIDTH} ${height}`} class="timeline" role="group" aria-label={t('timelineLabel')}>
          {decades.map((d) => (
            <g key={d} class="tick"><line x1={x(d)} x2={x(d)} y1={10} y2={height - 20} /><text x={x(d) + 2} y={height - 6}>{d}</text></g>
          ))}
          <g class="today"><line x1={todayX} x2={todayX} y1={4} y2={height - 20} /><text x={todayX - 4} y={12} text-anchor="end">{t('today')}</text></g>
          {lanes.map((p, i) => <Lane key={p} post={p} y={34 + LANE * i} x={x} selected={selected?.appointmentId ?? null} onSelect={setSelected} />)}
        </svg>
      </div>
      <div class="timeline-lists">{lanes.map((p) => <LaneList key={p} post={p} />)}</div>
      {selected ? (
        <div class="term-detail" aria-live="polite">
          <h3><a href={href(`/person/${encodeURIComponent(selected.person.id)}`)}>{nameOf(selected.person)}</a></h3>
          <p>
            <a href={href(`/post/${encodeURIComponent(selected.post.id)}`)}>{selected.post.name}</a>{selected.ordinal ? <> (<Ordinal ordinal={selected.ordinal} source={selected.ordinalSource} />)</> : ''}: {spanText(selected.start, selected.end)}
            {selected.acting ? ` — ${t('acting')}` : ''}
            {selected.timeInOffice ? ` — ${t(selected.timeInOffice.approximate ? 'timeInOfficeAtLeast' : 'timeInOffice', { years: selected.timeInOffice.years, days: selected.timeInOffice.days })}` : ''}
          </p>
          <Sources sources={selected.sources} />
        </div>
      ) : <p class="muted">{t('chooseBar')}</p>}
    </section>
  );
};
