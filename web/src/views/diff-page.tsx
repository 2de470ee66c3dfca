import type { DiffAnswer } from '../api.js';
import { FIRST_YEAR, todayText } from '../dates.js';
import { dateText, nameOf, t } from '../i18n.js';
import { orgPath } from '../organization.js';
import { Failure } from '../parts/failure.js';
import { Sources } from '../parts/sources.js';
import { href, navigate } from '../router.js';
import { useRead } from '../use-read.js';

const CHANGE_KEY = { started: 'changeStarted', ended: 'changeEnded' } as const;

/** What changed in a sentence: how many changes of each kind, in the period asked. */
const answerOf = (data: DiffAnswer, period: string): string => {
  const responsibilities = data.responsibilities.gained.length + data.responsibilities.lost.length + data.responsibilities.moved.length;
  const units = data.units.established.length + data.units.abolished.length + data.units.renamed.length + data.units.moved.length;
  const holders = data.holders.reduce((n, h) => n + h.changes.length, 0);
  if (responsibilities + units + holders + data.events.length === 0) return t('diffNothing', { period });
  return t('diffAnswer', { period, holders, responsibilities, units, events: data.events.length });
};

/** What changed in an organization during a year (the whole year), or between two dates: holders, responsibilities, units, events. */
export const DiffPage = ({ org, year, from, to }: { org: string; year: string | null; from: string | null; to: string | null }) => {
  const thisYear = todayText().slice(0, 4);
  const between = from && to && !year;
  const period = between ? null : year ?? thisYear;
  const { data, error, loading } = useRead('/api/diff', between ? { org, from, to } : { org, in: period! });
  const years = Array.from({ length: Number(thisYear) - FIRST_YEAR + 1 }, (_, i) => String(Number(thisYear) - i));
  const periodText = between ? t('diffBetween', { from: dateText(from), to: dateText(to) }) : t('diffInYear', { year: period });
  const path = orgPath(org, 'diff');
  return (
    <article aria-labelledby="diff-title" aria-busy={loading}>
      <h2 id="diff-title">{t('diffTitle')} <span class="muted">{periodText}</span></h2>
      {data ? <p class="answer" data-answer="diff">{answerOf(data, periodText)}</p> : null}
      <form class="diff-form" onSubmit={(e) => {
        e.preventDefault();
        navigate(path, { in: (e.currentTarget.elements.namedItem('year') as HTMLSelectElement).value, from: null, to: null });
      }}>
        <label for="diff-year">{t('year')}</label>{' '}
        <select id="diff-year" name="year" value={period ?? ''} onChange={(e) => navigate(path, { in: (e.target as HTMLSelectElement).value, from: null, to: null })}>
          {between ? <option value="">—</option> : null}
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>{' '}
        <button type="submit">{t('show')}</button>
      </form>
      <details class="diff-between" open={!!between}>
        <summary>{t('diffCompareTwo')}</summary>
        <form class="diff-form" onSubmit={(e) => {
          e.preventDefault();
          const f = e.currentTarget;
          navigate(path, { in: null, from: (f.elements.namedItem('from') as HTMLInputElement).value, to: (f.elements.namedItem('to') as HTMLInputElement).value });
        }}>
          <label for="diff-from">{t('from')}</label> <input id="diff-from" name="from" defaultValue={from ?? `${Number(thisYear) - 5}-01-01`} maxLength={24} />
          <label for="diff-to">{t('to')}</label> <input id="diff-to" name="to" defaultValue={to ?? todayText()} maxLength={24} />
          <button type="submit">{t('compare')}</button>
        </form>
      </details>
      {error ? <Failure error={error} kind="organization" /> : null}
      {data ? (
        <>
          <p class="muted">{t('readAs', { from: dateText(data.interpretedAs.from), to: dateText(data.interpretedAs.to) })}</p>
          <h3>{t('diffHolders')}</h3>
          {data.holders.length ? (
            <ul>{data.holders.map((h) => (
              <li key={h.post.id}>
                <a href={href(`/post/${encodeURIComponent(h.post.id)}`)}>{h.post.name}</a>: {h.from.join(', ') || t('nobodyKnown')} → {h.to.join(', ') || t('nobodyKnown')}
                <ul>{h.changes.map((c, i) => (
                  <li key={i}>{dateText(c.date)}: <a href={href(`/person/${encodeURIComponent(c.person.id)}`)}>{nameOf(c.person)}</a> {t(CHANGE_KEY[c.change])}{c.acting ? ` ${t('actingParen')}` : ''} <Sources sources={[c.source]} /></li>
                ))}</ul>
              </li>
            ))}</ul>
          ) : <p>{t('diffNoHolders')}</p>}
          <h3>{t('diffResponsibilities')}</h3>
          {[...data.responsibilities.gained.map((g) => ({ key: `g${g.subject}`, text: t('gained', { subject: g.subject, units: g.units.map((u) => u.name).join(', ') }) + (g.previously.length ? ` ${t('before', { units: g.previously.map((u) => u.name).join(', ') })}` : ''), sources: g.sources })),
            ...data.responsibilities.lost.map((g) => ({ key: `l${g.subject}`, text: t('lost', { subject: g.subject, units: g.units.map((u) => u.name).join(', ') }) + (g.now.length ? ` ${t('nowHeld', { units: g.now.map((u) => u.name).join(', ') })}` : ''), sources: g.sources })),
            ...data.responsibilities.moved.map((g) => ({ key: `m${g.subject}`, text: `${g.subject}: ${g.from.map((u) => u.name).join(', ')} → ${g.to.map((u) => u.name).join(', ')}`, sources: g.sources }))]
            .map((x) => <p key={x.key}>{x.text} <Sources sources={x.sources} /></p>)}
          {data.responsibilities.gained.length + data.responsibilities.lost.length + data.responsibilities.moved.length === 0 ? <p>{t('diffNoResponsibilities')}</p> : null}
          <h3>{t('diffUnits')}</h3>
          {data.units.established.map((u) => <p key={`e${u.unit.id}`}>{t('established')}: {u.unit.name}</p>)}
          {data.units.abolished.map((u) => <p key={`a${u.unit.id}`}>{t('abolished')}: {u.unit.name}</p>)}
          {data.units.renamed.map((u) => <p key={`r${u.unit.id}`}>{t('renamed')}: {u.from} → {u.to}</p>)}
          {data.units.moved.map((u) => <p key={`m${u.unit.id}`}>{t('movedUnit')}: {u.unit.name} ({u.from ?? '—'} → {u.to ?? '—'})</p>)}
          {data.units.established.length + data.units.abolished.length + data.units.renamed.length + data.units.moved.length === 0 ? <p>{t('diffNoUnits')}</p> : null}
          <h3>{t('diffEvents')}</h3>
          {data.events.length ? <ul>{data.events.map((ev) => <li key={ev.id}>{dateText(ev.date)}: {ev.description || ev.kind} <Sources sources={[ev.source]} /></li>)}</ul> : <p>{t('diffNoEvents')}</p>}
        </>
      ) : null}
    </article>
  );
};
