import { MINISTRY } from '../ministry.js';
import { Sources } from '../parts/sources.js';
import { href, navigate } from '../router.js';
import { useRead } from '../use-read.js';

/** What changed between two dates: units, responsibilities, holders and events, each with sources. */
export const DiffPage = ({ from, to }: { from: string; to: string }) => {
  const { data, error, loading } = useRead('/api/diff', { org: MINISTRY, from, to });
  return (
    <article aria-labelledby="diff-title" aria-busy={loading}>
      <h2 id="diff-title">What changed</h2>
      <form class="diff-form" onSubmit={(e) => {
        e.preventDefault();
        const f = e.currentTarget;
        navigate('/diff', { from: (f.elements.namedItem('from') as HTMLInputElement).value, to: (f.elements.namedItem('to') as HTMLInputElement).value });
      }}>
        <label for="diff-from">From</label> <input id="diff-from" name="from" defaultValue={from} maxLength={24} />
        <label for="diff-to">to</label> <input id="diff-to" name="to" defaultValue={to} maxLength={24} />
        <button type="submit">Compare</button>
      </form>
      {error ? <p role="alert" class="error">{error.message}</p> : null}
      {data ? (
        <>
          <p class="muted">Read as {data.interpretedAs.from} to {data.interpretedAs.to}.</p>
          <h3>Holders</h3>
          {data.holders.length ? (
            <ul>{data.holders.map((h) => (
              <li key={h.post.id}>
                <a href={href(`/post/${encodeURIComponent(h.post.id)}`)}>{h.post.name}</a>: {h.from.join(', ') || 'nobody known'} → {h.to.join(', ') || 'nobody known'}
                <ul>{h.changes.map((c, i) => (
                  <li key={i}>{c.date}: <a href={href(`/person/${encodeURIComponent(c.person.id)}`)}>{c.person.name}</a> {c.change}{c.acting ? ' (acting)' : ''} <Sources sources={[c.source]} /></li>
                ))}</ul>
              </li>
            ))}</ul>
          ) : <p>No change of holders.</p>}
          <h3>Responsibilities</h3>
          {[...data.responsibilities.gained.map((g) => ({ key: `g${g.subject}`, text: `${g.subject}: now ${g.units.map((u) => u.name).join(', ')}${g.previously.length ? ` (before: ${g.previously.map((u) => u.name).join(', ')})` : ''}`, sources: g.sources })),
            ...data.responsibilities.lost.map((g) => ({ key: `l${g.subject}`, text: `${g.subject}: no longer ${g.units.map((u) => u.name).join(', ')}${g.now.length ? ` (now: ${g.now.map((u) => u.name).join(', ')})` : ''}`, sources: g.sources })),
            ...data.responsibilities.moved.map((g) => ({ key: `m${g.subject}`, text: `${g.subject}: ${g.from.map((u) => u.name).join(', ')} → ${g.to.map((u) => u.name).join(', ')}`, sources: g.sources }))]
            .map((x) => <p key={x.key}>{x.text} <Sources sources={x.sources} /></p>)}
          {data.responsibilities.gained.length + data.responsibilities.lost.length + data.responsibilities.moved.length === 0 ? <p>No change of responsibilities.</p> : null}
          <h3>Units</h3>
          {data.units.established.map((u) => <p key={`e${u.unit.id}`}>Established: {u.unit.name}</p>)}
          {data.units.abolished.map((u) => <p key={`a${u.unit.id}`}>Abolished: {u.unit.name}</p>)}
          {data.units.renamed.map((u) => <p key={`r${u.unit.id}`}>Renamed: {u.from} → {u.to}</p>)}
          {data.units.moved.map((u) => <p key={`m${u.unit.id}`}>Moved: {u.unit.name} ({u.from ?? '—'} → {u.to ?? '—'})</p>)}
          {data.units.established.length + data.units.abolished.length + data.units.renamed.length + data.units.moved.length === 0 ? <p>No change of units.</p> : null}
          <h3>Events</h3>
          {data.events.length ? <ul>{data.events.map((ev) => <li key={ev.id}>{ev.date}: {ev.description || ev.kind} <Sources sources={[ev.source]} /></li>)}</ul> : <p>No events.</p>}
        </>
      ) : null}
    </article>
  );
};
