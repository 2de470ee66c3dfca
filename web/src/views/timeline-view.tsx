import { useState } from 'preact/hooks';
import type { HoldersAnswer } from '../api.js';
import { dayOf, FIRST_YEAR, span, todayText, yearFraction } from '../dates.js';
import { HEAD_OF_STATE, MINISTER, PREMIER } from '../ministry.js';
import { OPEN_END } from '../messages.js';
import { Ordinal } from '../parts/ordinal.js';
import { Sources } from '../parts/sources.js';
import { href } from '../router.js';
import { useRead } from '../use-read.js';

type Term = HoldersAnswer['terms'][number];
const WIDTH = 1000;
const LANE = 46;
const LEFT = 8;

interface Bar {
  term: Term;
  x: number;
  w: number;
  openStart: boolean;
  openEnd: boolean;
}

/** Terms as bars on a shared axis from 1948 to today; a term whose end is open runs to today, an unknown start is faded. */
const bars = (terms: readonly Term[], x: (year: number) => number): Bar[] => {
  const today = dayOf(todayText(), 'earliest')!;
  return terms.flatMap((t) => {
    const s = dayOf(t.start, 'earliest');
    const e = t.end === OPEN_END ? today : dayOf(t.end, 'latest');
    if (s === null && e === null) return [];
    const from = s ?? (e! - 365);
    const to = e ?? today;
    const x0 = x(yearFraction(from));
    return [{ term: t, x: x0, w: Math.max(2, x(yearFraction(to)) - x0), openStart: s === null, openEnd: e === null }];
  });
};

const Lane = ({ title, answer, y, x, selected, onSelect }: { title: string; answer: HoldersAnswer | undefined; y: number; x: (year: number) => number; selected: string | null; onSelect: (t: Term) => void }) => (
  <g class="lane" aria-label={title} role="group">
    <text x={LEFT} y={y - 6} class="lane-title">{title}</text>
    {answer ? bars(answer.terms, x).map((b, i) => {
      const acting = b.term.acting || b.term.kind === 'acting';
      const label = `${b.term.person.name}, ${title}${acting ? ' (acting)' : ''}: ${span(b.term.start, b.term.end)}`;
      return (
        <g
          key={b.term.appointmentId} class={`bar${acting ? ' acting' : ''}${selected === b.term.appointmentId ? ' selected' : ''}${b.openStart || b.openEnd ? ' open' : ''}`}
          tabIndex={0} role="button" aria-label={label} data-person={b.term.person.id}
          onClick={() => onSelect(b.term)} onKeyDown={(k) => (k.key === 'Enter' || k.key === ' ') && (k.preventDefault(), onSelect(b.term))}
        >
          <title>{label}</title>
          <rect x={b.x} y={y + (i % 2 ? 12 : 0)} width={b.w} height={18} rx={2} />
          {b.w > 60 ? <text x={b.x + 3} y={y + (i % 2 ? 12 : 0) + 13} class="bar-label">{b.term.person.name}</text> : null}
        </g>
      );
    }) : null}
  </g>
);

/** Foreign ministers as bars over the years, with lanes for heads of state and premiers; acting terms drawn differently. */
export const TimelineView = () => {
  const minister = useRead('/api/holders', { post: MINISTER });
  const heads = useRead('/api/holders', { post: HEAD_OF_STATE });
  const premiers = useRead('/api/holders', { post: PREMIER });
  const [selected, setSelected] = useState<Term | null>(null);
  const last = Number(todayText().slice(0, 4)) + 1;
  const x = (year: number) => LEFT + ((year - FIRST_YEAR) / (last - FIRST_YEAR)) * (WIDTH - 2 * LEFT);
  const decades = Array.from({ length: Math.floor((last - 1950) / 10) + 1 }, (_, i) => 1950 + i * 10);
  const error = minister.error ?? heads.error ?? premiers.error;
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">Foreign ministers, heads of state and premiers</h2>
      <p class="legend"><span class="swatch bar-solid" /> In office <span class="swatch bar-acting" /> Acting <span class="swatch bar-open" /> A date the sources leave open</p>
      {error ? <p role="alert" class="error">{error.message}</p> : null}
      <div class="timeline-wrap">
        <svg viewBox={`0 0 ${WIDTH} ${LANE * 3 + 60}`} class="timeline" role="group" aria-label="Timeline of office holders">
          {decades.map((d) => (
            <g key={d} class="tick"><line x1={x(d)} x2={x(d)} y1={10} y2={LANE * 3 + 40} /><text x={x(d) + 2} y={LANE * 3 + 54}>{d}</text></g>
          ))}
          <Lane title="Minister of Foreign Affairs" answer={minister.data} y={30} x={x} selected={selected?.appointmentId ?? null} onSelect={setSelected} />
          <Lane title="Head of state" answer={heads.data} y={30 + LANE} x={x} selected={selected?.appointmentId ?? null} onSelect={setSelected} />
          <Lane title="Premier" answer={premiers.data} y={30 + LANE * 2} x={x} selected={selected?.appointmentId ?? null} onSelect={setSelected} />
        </svg>
      </div>
      {selected ? (
        <div class="term-detail" aria-live="polite">
          <h3><a href={href(`/person/${encodeURIComponent(selected.person.id)}`)}>{selected.person.name}</a> {selected.person.nativeName ? <span lang="ko">{selected.person.nativeName}</span> : null}</h3>
          <p>
            <a href={href(`/post/${encodeURIComponent(selected.post.id)}`)}>{selected.post.name}</a>{selected.ordinal ? <> (<Ordinal ordinal={selected.ordinal} source={selected.ordinalSource} />)</> : ''}: {span(selected.start, selected.end)}
            {selected.acting ? ' — acting' : ''}
            {selected.timeInOffice ? ` — ${selected.timeInOffice.approximate ? 'at least ' : ''}${selected.timeInOffice.years} years ${selected.timeInOffice.days} days` : ''}
          </p>
          <Sources sources={selected.sources} />
        </div>
      ) : <p class="muted">Choose a bar for the term.</p>}
    </section>
  );
};
