import { say } from '../messages.js';
import { Holder } from '../parts/holder.js';
import { Sources } from '../parts/sources.js';
import { href, navigate } from '../router.js';
import { useRead } from '../use-read.js';

/** The routing answer for one country: the unit, its chain of heads, the reasoning and the sources. */
export const RoutePanel = ({ subject, at }: { subject: string; at: string }) => {
  const { data, error } = useRead('/api/route', { subject, at });
  return (
    <aside class="route-panel" aria-labelledby="route-title" aria-live="polite">
      <button type="button" class="close" aria-label="Close the routing answer" onClick={() => navigate('/map', { country: null })}>×</button>
      {error ? <p role="alert" class="error">{error.message}</p> : null}
      {data ? (
        <>
          <h3 id="route-title">Who handles {data.subject.name} on {data.at}</h3>
          <p class={`route-status ${data.status}`}>
            {data.status === 'covered' ? 'Covered' : data.status === 'conflict' ? 'Sources disagree' : data.status === 'uncertain' ? 'Changing hands around this date' : data.status === 'not-existing' ? 'Did not exist then' : 'No unit recorded'}
          </p>
          {data.candidates.map((c) => (
            <div class={`candidate ${c.certainty}`} key={c.unit.id}>
              <p class="candidate-unit"><a href={href(`/unit/${encodeURIComponent(c.unit.id)}`)}>{c.unit.name}</a>{c.certainty === 'possible' ? <span class="muted"> (possibly)</span> : null}</p>
              <ol class="chain" aria-label="Chain of command">
                {c.chain.map((s) => (
                  <li key={s.unit.id}>
                    {s.unit.name}
                    {s.head.post ? <span>: {s.head.post.name} — {s.head.holders.length ? s.head.holders.map((h) => <Holder key={h.appointmentId} h={h} />) : <span class="empty no-data">no holder known</span>}</span> : null}
                  </li>
                ))}
              </ol>
              <Sources sources={c.sources} label="source" />
            </div>
          ))}
          <ul class="reasoning">{data.reasoning.map((r, i) => <li key={i}>{say(r)}</li>)}</ul>
        </>
      ) : null}
    </aside>
  );
};
