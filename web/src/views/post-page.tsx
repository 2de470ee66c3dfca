import { useState } from 'preact/hooks';
import { dateText, lang, nameOf, spanText, t } from '../i18n.js';
import { OPEN_END } from '../messages.js';
import { Failure } from '../parts/failure.js';
import { EndAppointmentForm, StartAppointmentForm } from '../parts/edit-forms.js';
import { reconciliationText } from '../../../src/domain/messages/reconciliation.text.js';
import { DerivedOrdinalNote, Ordinal } from '../parts/ordinal.js';
import { Sources } from '../parts/sources.js';
import { href } from '../router.js';
import { useRead } from '../use-read.js';
import type { Session } from '../session.js';

/**
 * A post: its holders as the article's table, with time in office and the holders of the posts the registry relates
 * to it meanwhile (the columns its source's table drew: head of state and premier for the bundled minister).
 */
export const PostPage = ({ id, session }: { id: string; session: Session | null }) => {
  const [refresh, setRefresh] = useState(0);
  const { data, error } = useRead('/api/holders', { post: id }, refresh);
  if (error) return <Failure error={error} kind="post" />;
  if (!data) return <p aria-busy="true">{t('loading')}</p>;
  const columns = Object.keys(data.relatedPosts);
  const current = data.terms.filter((term) => term.end === OPEN_END);
  const name = data.post.currentName ?? data.post.name;
  const answer = current.length
    ? t('postNow', { post: name, names: current.map((c) => nameOf(c.person)).join(', '), since: dateText(current[0]!.start, 'month') || '?' })
    : data.terms.length ? t('postLast', { post: name, name: nameOf(data.terms.at(-1)!.person), to: dateText(data.terms.at(-1)!.end, 'month') || '?' }) : null;
  const editor = session?.role === 'editor' || session?.role === 'admin';
  return (
    <article aria-labelledby="post-title">
      <h2 id="post-title">{name}</h2>
      {answer ? <p class="answer" data-answer="post">{answer}</p> : null}
      <table class="holders-table">
        <thead>
          <tr>
            <th scope="col">{t('number')}</th><th scope="col">{t('name')}</th><th scope="col">{t('tookOffice')}</th><th scope="col">{t('leftOffice')}</th><th scope="col">{t('timeInOfficeHeading')}</th>
            {columns.map((c) => <th scope="col" key={c}>{data.relatedPosts[c]!.name}</th>)}
            <th scope="col">{t('sourcesHeading')}</th>{editor ? <th scope="col">{t('edit')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {data.terms.map((term) => (
            <tr key={term.appointmentId} class={term.acting ? 'acting' : ''} data-appointment={term.appointmentId}>
              <td data-label={t('number')}>{term.ordinal === null ? (term.acting ? t('acting') : '–') : <Ordinal ordinal={term.ordinal} source={term.ordinalSource} />}</td>
              <td data-label={t('name')}><a href={href(`/person/${encodeURIComponent(term.person.id)}`)}>{nameOf(term.person)}</a>{lang() === 'en' && term.person.nativeName ? <span lang="ko" class="native"> {term.person.nativeName}</span> : null}{term.acting ? <span class="tag acting">{t('acting')}</span> : null}{term.party ? <span class="party"> ({term.party})</span> : null}</td>
              <td data-label={t('tookOffice')}>{term.start ? dateText(term.start) : t('unknown')}</td>
              <td data-label={t('leftOffice')}>{term.end === OPEN_END ? t('inOffice') : term.end ? dateText(term.end) : t('unknown')}</td>
              <td data-label={t('timeInOfficeHeading')}>{term.timeInOffice ? t(term.timeInOffice.approximate ? 'timeInOfficeAtLeast' : 'timeInOffice', { years: term.timeInOffice.years, days: term.timeInOffice.days }) : '–'}</td>
              {/* Each related column cites the records its names come from, as `holders --json` gives them. */}
              {columns.map((c) => (
                <td key={c} data-label={data.relatedPosts[c]!.name}>{(term.concurrent[c] ?? []).join(', ')}<Sources sources={term.concurrentSources[c] ?? []} /></td>
              ))}
              <td data-label={t('sourcesHeading')}>
                <Sources sources={term.sources} />
                {/* Where the source's table and the dated records differ (a row's "Office vacant"), as `holders` warns. */}
                {term.reconciliation.filter((r) => r.status !== 'match').map((r, i) => (
                  <p key={i} class="warning reconciliation" role="note"><strong>{t('reconciliationDiffers')}</strong> <span lang="en">{reconciliationText(r)}</span></p>
                ))}
              </td>
              {editor ? <td>{term.end === OPEN_END || term.end === null ? <EndAppointmentForm appointmentId={term.appointmentId} who={term.person.name} onDone={() => setRefresh((n) => n + 1)} /> : null}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      {data.terms.length === 0 ? <p>{t('noData')}</p> : null}
      <DerivedOrdinalNote terms={data.terms} />
      {editor ? <StartAppointmentForm post={data.post.id} onDone={() => setRefresh((n) => n + 1)} /> : null}
      <p class="muted">{t('termsCount', { count: data.terms.length })} {spanText(data.terms[0]?.start ?? null, data.terms.at(-1)?.end ?? null)}</p>
    </article>
  );
};
