import { useEffect, useRef } from 'preact/hooks';
import type { RouteAnswer } from '../api.js';
import { countryName, dateText, nameOf, say, t } from '../i18n.js';
import { Holder } from '../parts/holder.js';
import { Sources } from '../parts/sources.js';
import { href, navigate } from '../router.js';
import { useRead } from '../use-read.js';

/** The routing answer in one sentence: which unit handles the country on the date, and who heads it. */
export const routeSentence = (data: RouteAnswer): string => {
  const country = countryName(data.subject.code, data.subject.name);
  const date = dateText(data.at);
  const first = data.candidates[0];
  if (data.status === 'not-existing') return t('routeNotExisting', { country, date });
  if (!first) {
    // A registry of envoys rather than units (POCOM): the post for the country and who held it.
    const post = data.posts[0];
    if (!post) return t('routeNone', { country, date });
    const names = post.holders.map((h) => nameOf(h.person)).join(t('and'));
    const key = post.status === 'vacant' ? 'routePostVacant' : post.status === 'possibly-held' ? 'routePostPossibly' : 'routePostHeld';
    return t(key, { post: post.post.name, date, names });
  }
  const units = data.candidates.map((c) => c.unit.name).join(t('and'));
  const head = first.head.holders[0];
  const key = data.status === 'conflict' ? 'routeConflict' : data.status === 'uncertain' ? 'routeUncertain' : first.certainty === 'possible' ? 'routePossibly' : 'routeCovered';
  const sentence = t(key, { country, date, units });
  return head && first.head.post ? `${sentence} ${t('routeHead', { post: first.head.post.name, name: nameOf(head.person) })}` : sentence;
};

/** The routing answer for one country: the answer, the unit's chain of heads, the reasoning and the sources. */
export const RoutePanel = ({ subject, at, org, mapPath }: { subject: string; at: string; org: string | undefined; mapPath: string }) => {
  const { data, error } = useRead('/api/route', org ? { subject, at, org } : { subject, at });
  const panel = useRef<HTMLElement>(null);
  // The answer comes into view and takes focus when a country is chosen, wherever the reader chose it.
  useEffect(() => {
    if (!data || !panel.current) return;
    panel.current.scrollIntoView({ block: 'nearest' });
    panel.current.focus({ preventScroll: true });
  }, [data?.subject.id, data?.at]);
  return (
    <aside class="route-panel" aria-labelledby="route-title" ref={panel} tabIndex={-1}>
      <button type="button" class="close" aria-label={t('closeRoute')} onClick={() => navigate(mapPath, { country: null })}>×</button>
      {error ? <p role="alert" class="error">{error.message}</p> : null}
      {data ? (
        <>
          <h3 id="route-title">{t('routeTitle', { country: countryName(data.subject.code, data.subject.name), date: dateText(data.at) })}</h3>
          <p class={`answer route-status ${data.status}`} data-answer="route">{routeSentence(data)}</p>
          {data.candidates.map((c) => (
            <div class={`candidate ${c.certainty}`} key={c.unit.id}>
              <p class="candidate-unit"><a href={href(`/unit/${encodeURIComponent(c.unit.id)}`)}>{c.unit.name}</a>{c.certainty === 'possible' ? <span class="muted"> {t('possiblyShort')}</span> : null}</p>
              <ol class="chain" aria-label={t('chain')}>
                {c.chain.map((s) => (
                  <li key={s.unit.id}>
                    {s.unit.name}
                    {s.head.post ? <span>: {s.head.post.name} — {s.head.holders.length ? s.head.holders.map((h) => <Holder key={h.appointmentId} h={h} />) : <span class="empty no-data">{t('noData')}</span>}</span> : null}
                  </li>
                ))}
              </ol>
              <Sources sources={c.sources} />
            </div>
          ))}
          {data.posts.length ? (
            <>
              <h4>{t('postsFor')}</h4>
              <ul class="subject-posts">{data.posts.map((p) => (
                <li key={p.post.id} class={p.status}>
                  <a href={href(`/post/${encodeURIComponent(p.post.id)}`)}>{p.post.name}</a>
                  {p.organization ? ` (${p.organization.name})` : ''}: {p.holders.length ? p.holders.map((h) => <Holder key={h.appointmentId} h={h} />) : <span class="empty">{t('vacant')}</span>}
                  <Sources sources={[p.source]} />
                </li>
              ))}</ul>
            </>
          ) : null}
          {data.missions.length ? (
            <>
              <h4>{t('missions')}</h4>
              <ul class="missions">{data.missions.map((m) => (
                <li key={m.mission.id} class={m.certainty}>{m.mission.name}{m.city ? `, ${m.city}` : ''} <Sources sources={m.sources} /></li>
              ))}</ul>
            </>
          ) : null}
          <details class="reasoning-box">
            <summary>{t('why')}</summary>
            <ul class="reasoning">{data.reasoning.map((r, i) => <li key={i}>{say(r)}</li>)}</ul>
          </details>
        </>
      ) : null}
    </aside>
  );
};
