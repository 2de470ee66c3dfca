import { useState } from 'preact/hooks';
import { span } from '../dates.js';
import { HEAD_OF_STATE, PREMIER } from '../ministry.js';
import { OPEN_END } from '../messages.js';
import { EndAppointmentForm, StartAppointmentForm } from '../parts/edit-forms.js';
import { reconciliationText } from '../../../src/domain/messages/reconciliation.text.js';
import { DERIVED_ORDINAL, Ordinal } from '../parts/ordinal.js';
import { Sources } from '../parts/sources.js';
import { href } from '../router.js';
import { useRead } from '../use-read.js';
import type { Session } from '../session.js';

/** A post: its holders as the article's table, with time in office and who was head of state and premier meanwhile. */
export const PostPage = ({ id, session }: { id: string; session: Session | null }) => {
  const [refresh, setRefresh] = useState(0);
  const related = [HEAD_OF_STATE, PREMIER].filter((p) => p !== id);
  const { data, error } = useRead('/api/holders', { post: id, with: related.join(',') }, refresh);
  if (error) return <p role="alert" class="error">{error.message}</p>;
  if (!data) return <p aria-busy="true">Loading…</p>;
  const columns = related.filter((r) => data.relatedPosts[r]);
  const editor = session?.role === 'editor' || session?.role === 'admin';
  return (
    <article aria-labelledby="post-title">
      <h2 id="post-title">{data.post.currentName ?? data.post.name}</h2>
      <table class="holders-table">
        <thead>
          <tr>
            <th scope="col">No.</th><th scope="col">Name</th><th scope="col">Took office</th><th scope="col">Left office</th><th scope="col">Time in office</th>
            {columns.map((c) => <th scope="col" key={c}>{data.relatedPosts[c]!.name}</th>)}
            <th scope="col">Sources</th>{editor ? <th scope="col">Edit</th> : null}
          </tr>
        </thead>
        <tbody>
          {data.terms.map((t) => (
            <tr key={t.appointmentId} class={t.acting ? 'acting' : ''} data-appointment={t.appointmentId}>
              <td>{t.ordinal === null ? (t.acting ? 'acting' : '–') : <Ordinal ordinal={t.ordinal} source={t.ordinalSource} />}</td>
              <td><a href={href(`/person/${encodeURIComponent(t.person.id)}`)}>{t.person.name}</a>{t.person.nativeName ? <span lang="ko" class="native"> {t.person.nativeName}</span> : null}{t.acting ? <span class="tag acting">acting</span> : null}{t.party ? <span class="party"> ({t.party})</span> : null}</td>
              <td>{t.start ?? 'unknown'}</td>
              <td>{t.end === OPEN_END ? 'in office' : t.end ?? 'unknown'}</td>
              <td>{t.timeInOffice ? `${t.timeInOffice.approximate ? 'at least ' : ''}${t.timeInOffice.years} y ${t.timeInOffice.days} d` : '–'}</td>
              {columns.map((c) => <td key={c}>{(t.concurrent[c] ?? []).join(', ')}<Sources sources={t.concurrentSources[c] ?? []} /></td>)}
              <td>
                <Sources sources={t.sources} />
                {/* Where a source's table and the dated records differ (a row's "Office vacant"), as the CLI warns. */}
                {t.reconciliation.filter((r) => r.status !== 'match').map((r, i) => <p key={i} class="warning reconciliation" role="note">! {reconciliationText(r)}</p>)}
              </td>
              {editor ? <td>{t.end === OPEN_END || t.end === null ? <EndAppointmentForm appointmentId={t.appointmentId} who={t.person.name} onDone={() => setRefresh((n) => n + 1)} /> : null}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      {data.terms.length === 0 ? <p>No holder known.</p> : null}
      {data.terms.some((t) => t.ordinalSource === 'derived') ? <p class="muted note">* {DERIVED_ORDINAL}: no source gives this number.</p> : null}
      {editor ? <StartAppointmentForm post={data.post.id} onDone={() => setRefresh((n) => n + 1)} /> : null}
      <p class="muted">{data.terms.length} terms. {span(data.terms[0]?.start ?? null, data.terms.at(-1)?.end ?? null)}</p>
    </article>
  );
};
