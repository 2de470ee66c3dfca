import { useState } from 'preact/hooks';
import { span } from '../dates.js';
import { OPEN_END } from '../messages.js';
import { TransferForm } from '../parts/edit-forms.js';
import { Sources } from '../parts/sources.js';
import { href } from '../router.js';
import type { Session } from '../session.js';
import { useRead } from '../use-read.js';

/** A unit: its dates and names, its posts, and the countries and functions it handled over time (those of the date first). */
export const UnitPage = ({ id, at, session }: { id: string; at: string; session: Session | null }) => {
  const [refresh, setRefresh] = useState(0);
  const { data, error } = useRead('/api/unit', { unit: id, at }, refresh);
  if (error) return <p role="alert" class="error">{error.message}</p>;
  if (!data) return <p aria-busy="true">Loading…</p>;
  const editor = session?.role === 'editor' || session?.role === 'admin';
  const u = data.unit;
  return (
    <article aria-labelledby="unit-title">
      <h2 id="unit-title">{u.name}</h2>
      <p>{u.formed ? `Formed ${u.formed}` : 'Formation date not recorded'}{u.dissolved ? `; abolished ${u.dissolved}` : ''}. <Sources sources={[data.source]} /></p>
      {data.names.length > 1 ? <><h3>Names</h3><ul>{data.names.map((n, i) => <li key={i}>{n.name} ({span(n.from, n.to)})</li>)}</ul></> : null}
      {data.posts.length ? <><h3>Posts</h3><ul>{data.posts.map((p) => <li key={p.id}><a href={href(`/post/${encodeURIComponent(p.id)}`)}>{p.name}</a></li>)}</ul></> : null}
      <h3>Responsibilities over time</h3>
      <p class="muted">Rows in force on {at} are highlighted.</p>
      <table class="responsibilities">
        <thead><tr><th scope="col">Subject</th><th scope="col">Role</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Sources</th></tr></thead>
        <tbody>
          {data.responsibilities.map((r, i) => (
            <tr key={i} class={r.certainty ? `on-date ${r.certainty}` : ''}>
              <td>{r.subject.code && (r.subject.kind === 'country' || r.subject.kind === 'territory') ? <a href={href('/map', { country: r.subject.code })}>{r.subject.name}</a> : r.subject.name}</td>
              <td>{r.role}</td><td>{r.start ?? 'not stated'}</td><td>{r.end === OPEN_END ? 'to date' : r.end ?? 'not stated'}</td>
              <td><Sources sources={r.sources} />{r.note ? <span class="muted"> {r.note}</span> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {editor ? <TransferForm from={u.id} onDone={() => setRefresh((n) => n + 1)} /> : null}
    </article>
  );
};
