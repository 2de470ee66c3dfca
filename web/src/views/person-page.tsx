import { span } from '../dates.js';
import { Sources } from '../parts/sources.js';
import { href } from '../router.js';
import { useRead } from '../use-read.js';

const KIND: Record<string, string> = { native: 'Native script', primary: 'Primary', 'mccune-reischauer': 'McCune–Reischauer', 'revised-romanization': 'Revised Romanization', press: 'Press spelling', alias: 'Also written' };

/** A person: every name (Hangul and romanizations, dated), every post held or nominated to, with sources. */
export const PersonPage = ({ id, at }: { id: string; at: string }) => {
  const { data, error } = useRead('/api/career', { person: id });
  if (error) return <p role="alert" class="error">{error.message}</p>;
  if (!data) return <p aria-busy="true">Loading…</p>;
  const p = data.person;
  return (
    <article aria-labelledby="person-title">
      <h2 id="person-title">{p.currentName ?? p.name} {p.nativeName ? <span lang="ko" class="native">{p.nativeName}</span> : null}</h2>
      {p.born || p.died ? <p>{p.born ? `Born ${p.born}` : ''}{p.born && p.died ? '; ' : ''}{p.died ? `died ${p.died}` : ''}</p> : null}
      <h3>Names</h3>
      <table class="names">
        <thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">In use</th><th scope="col">Source</th></tr></thead>
        <tbody>
          {data.names.map((n, i) => (
            <tr key={i}>
              <td lang={n.lang ?? undefined}>{n.name}</td><td>{KIND[n.kind] ?? n.kind}</td>
              <td>{n.from || n.to ? span(n.from, n.to) : 'always, as far as sources tell'}</td>
              <td><Sources sources={[n.source]} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Posts</h3>
      <table class="terms">
        <thead><tr><th scope="col">Post</th><th scope="col">Organization</th><th scope="col">Term</th><th scope="col">Kind</th><th scope="col">Sources</th></tr></thead>
        <tbody>
          {data.terms.map((t) => (
            <tr key={t.appointmentId} class={t.kind}>
              <td><a href={href(`/post/${encodeURIComponent(t.post.id)}`)}>{t.post.currentName ?? t.post.name}</a>{t.ordinal ? ` (${t.ordinal})` : ''}</td>
              <td>{t.organization ? <a href={href(`/unit/${encodeURIComponent(t.organization.id)}`)}>{t.organization.name}</a> : ''}{t.party ? <span class="party"> for {t.party}</span> : null}</td>
              <td>{span(t.start, t.end)}</td>
              <td>{t.kind === 'nominated' ? 'nominated, never served' : t.kind}{t.endReason ? ` (${t.endReason})` : ''}</td>
              <td><Sources sources={t.sources} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.accreditations.length ? (
        <>
          <h3>Accreditations</h3>
          <ul>{data.accreditations.map((a, i) => <li key={i}>{a.subject.name}: {a.post.name}, {span(a.start, a.end)}</li>)}</ul>
        </>
      ) : null}
      <p class="muted">Shown for the whole career; the date above ({at}) applies to the chart and map.</p>
    </article>
  );
};
