import { useState } from 'preact/hooks';
import { countryName, dateText, spanText, t } from '../i18n.js';
import { OPEN_END } from '../messages.js';
import { Failure } from '../parts/failure.js';
import { TransferForm } from '../parts/edit-forms.js';
import { Sources } from '../parts/sources.js';
import { href } from '../router.js';
import type { Session } from '../session.js';
import { useRead } from '../use-read.js';

/** A unit: its dates and names, its posts, and the countries and functions it handled over time (those of the date first). */
export const UnitPage = ({ id, at, session }: { id: string; at: string; session: Session | null }) => {
  const [refresh, setRefresh] = useState(0);
  const { data, error } = useRead('/api/unit', { unit: id, at }, refresh);
  if (error) return <Failure error={error} kind="unit" />;
  if (!data) return <p aria-busy="true">{t('loading')}</p>;
  const editor = session?.role === 'editor' || session?.role === 'admin';
  const u = data.unit;
  const onDate = data.responsibilities.filter((r) => r.certainty);
  return (
    <article aria-labelledby="unit-title">
      <h2 id="unit-title">{u.name}</h2>
      <p class="answer" data-answer="unit">{t('unitAnswer', { unit: u.name, count: onDate.length, date: dateText(at) })}</p>
      <p>{u.formed ? t('formed', { date: dateText(u.formed) }) : t('formedUnknown')}{u.dissolved ? `; ${t('abolishedOn', { date: dateText(u.dissolved) })}` : ''}. <Sources sources={[data.source]} /></p>
      {data.names.length > 1 ? <><h3>{t('names')}</h3><ul>{data.names.map((n, i) => <li key={i}>{n.name} ({spanText(n.from, n.to)})</li>)}</ul></> : null}
      {data.posts.length ? <><h3>{t('posts')}</h3><ul>{data.posts.map((p) => <li key={p.id}><a href={href(`/post/${encodeURIComponent(p.id)}`)}>{p.name}</a></li>)}</ul></> : null}
      <h3>{t('responsibilitiesOverTime')}</h3>
      <p class="muted">{t('rowsHighlighted', { date: dateText(at) })}</p>
      <table class="responsibilities">
        <thead><tr><th scope="col">{t('subject')}</th><th scope="col">{t('role')}</th><th scope="col">{t('from')}</th><th scope="col">{t('to')}</th><th scope="col">{t('sourcesHeading')}</th></tr></thead>
        <tbody>
          {data.responsibilities.map((r, i) => (
            <tr key={i} class={r.certainty ? `on-date ${r.certainty}` : ''}>
              <td>{r.subject.code && (r.subject.kind === 'country' || r.subject.kind === 'territory') ? <a href={href('/map', { country: r.subject.code })}>{countryName(r.subject.code, r.subject.name)}</a> : r.subject.name}</td>
              <td>{r.role}</td><td>{r.start ? dateText(r.start) : t('notStated')}</td><td>{r.end === OPEN_END ? t('toDate') : r.end ? dateText(r.end) : t('notStated')}</td>
              <td><Sources sources={r.sources} />{r.note ? <span class="muted"> {r.note}</span> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {editor ? <TransferForm from={u.id} onDone={() => setRefresh((n) => n + 1)} /> : null}
    </article>
  );
};
